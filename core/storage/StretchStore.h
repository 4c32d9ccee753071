#pragma once

#include "model/Stretch.h"
#include "storage/RoutineStore.h"
#include "storage/StretchImage.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace limber {

class Catalog;

// The user's own stretches: one "limber-stretch" JSON file each (docs/stretch-format.md) in
// the store's folder, with the image of a stretch that shows one beside it as "<id>.<ext>".
// The id is the file's base name and never a built-in stretch's id. Names are unique ignoring
// case, among the user's stretches and against the built-in ones' English and current-language
// names; a clash is numbered, "Child's pose (2)". Every write is atomic, and after every load
// or change the catalog holds exactly the stretches listed here.
class StretchStore : public QObject
{
    Q_OBJECT

public:
    using BrokenFiles = RoutineStore::BrokenFiles;

    StretchStore(Catalog &catalog, QString directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // Keeps the stretches in another folder from now on (the data folder moved); load() reads
    // it.
    void setDirectory(const QString &directory) { m_directory = directory; }
    // The date put into the names of files moved aside; today's unless a test fixes it.
    void setDateSource(std::function<QDate()> today) { m_today = std::move(today); }

    // (Re)reads every *.json file, skipping ones already moved aside. Returns the files that
    // failed validation (moved aside or not, as asked) as the routine store does.
    QList<BrokenRoutineFile> load(BrokenFiles broken = BrokenFiles::MoveAside);

    // Sorted by name, ignoring case. Pointers stay valid until the next change.
    const QList<Stretch> &stretches() const { return m_stretches; }
    const Stretch *find(const QString &id) const;
    const Stretch *findByName(const QString &name) const; // the user's own, ignoring case
    // wanted itself when free, else "wanted (2)", "wanted (3)", … (exceptId's own name is
    // free for it).
    QString uniqueName(const QString &wanted, const QString &exceptId = {}) const;
    // The path of the JSON file of the stretch with this id.
    QString pathOf(const QString &id) const;

    // A new stretch (its id chosen from its name, which is made unique). imageSourcePath, or
    // else a picture().imagePath outside the store, is copied in as "<id>.<ext>"; the stored
    // stretch's picture().imagePath is the copy's absolute path. Creates the folder.
    StoreResult create(const Stretch &stretch, const QString &imageSourcePath = {});
    // Replaces the stretch with that id (the id of stretch itself is ignored). A new image
    // replaces the old one; a drawing replaces an image, whose file is then removed.
    StoreResult save(const QString &id, const Stretch &stretch,
                     const QString &imageSourcePath = {});
    // Any stretch (a built-in one included) as a new stretch of the user's: texts as they read
    // in the current language, the drawing or image copied, the name numbered.
    StoreResult duplicateAsOwn(const Stretch &any);
    // Removes the JSON file and its image.
    StoreResult remove(const QString &id);

    // A stretch that came inside a routine file (StretchFile::parseObject, embedded images):
    // stored like create(), with imageBytes of imageType ("png", "jpeg", "svg") as its image
    // when it shows one.
    StoreResult addImported(const Stretch &stretch, const QByteArray &imageBytes = {},
                            const QString &imageType = {});
    // A stored stretch with the same texts, body areas, kind, sides, hold and drawing, or
    // (when imageBytes is given) the same image bytes: an import can name it instead of adding
    // a copy. Ids and the place of files do not count.
    const Stretch *findIdentical(const Stretch &stretch, const QByteArray &imageBytes = {}) const;

Q_SIGNALS:
    void stretchesChanged();

private:
    // Validates, writes the image (if new) and the JSON, then keeps the stretch under id.
    StoreResult put(const QString &id, const Stretch &stretch,
                    const std::optional<StretchImage> &newImage);
    // The image a save or create brings in, if it does not keep the stored one.
    std::optional<StretchImage> incomingImage(const Stretch &stretch, const QString &source,
                                              const QString &keptPath, QString *error) const;
    QString freeId(const QString &name) const;
    QString moveAside(const QString &path) const;
    void publish();

    Catalog &m_catalog;
    QString m_directory;
    QList<Stretch> m_stretches;
    std::function<QDate()> m_today = &QDate::currentDate;
};

} // namespace limber
