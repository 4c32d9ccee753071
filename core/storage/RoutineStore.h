#pragma once

#include "model/Routine.h"
#include "model/Stretch.h"
#include "model/TimingPreferences.h"
#include "storage/RoutineFile.h"

#include <functional>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace limber {

class Catalog;

// A routine the user keeps: one JSON file (routine format version 1, or 2 when it names
// stretches that are not built in) in the store's folder. The user's own stretches live in
// their own folder, so these files keep only the names of such stretches, never the stretches.
struct StoredRoutine
{
    // The file's base name: stable while the routine exists, even across renames.
    QString id;
    QString path;
    Routine routine;
};

// What became of a stretch an imported routine file carried: the id and the name it has among
// the user's own stretches now (an identical one reused, or added, numbered when its name was
// taken), or why it could not be kept.
struct KeptStretch
{
    QString id;
    QString name;
    QString error;
};
using StretchKeeper = std::function<KeptStretch(const EmbeddedStretch &)>;

// A file that no longer validated, moved aside so that it is neither lost nor overwritten.
struct BrokenRoutineFile
{
    QString originalPath;
    QString movedTo; // "<name>.broken-<yyyy-MM-dd>.json" next to it
    QString reason;  // the validator's messages
};

// The outcome of a change: the routine's id, or an error worded for the user (naming the
// file and the reason) with nothing changed on disk.
struct StoreResult
{
    QString id;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The user's own routines. Every write is atomic (QSaveFile): a crash, a kill or a full disk
// during a save leaves the previous file as it was. Names are unique (ignoring case); a clash
// is resolved by numbering, "Evening unwind (2)", never by replacing a routine.
class RoutineStore : public QObject
{
    Q_OBJECT

public:
    enum class BrokenFiles
    {
        MoveAside,   // the app, which reports them once
        LeaveInPlace // the command line, which only reads
    };

    RoutineStore(const Catalog &catalog, QString directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // Keeps the routines in another folder from now on (the data folder moved); load() reads it.
    void setDirectory(const QString &directory) { m_directory = directory; }
    // The stretches its routines are read against (the built-in ones and the user's own).
    const Catalog &catalog() const { return m_catalog; }
    // The date put into the names of files moved aside; today's unless a test fixes it.
    void setDateSource(std::function<QDate()> today) { m_today = std::move(today); }

    // (Re)reads every *.json file, skipping ones already moved aside. Returns the files that
    // failed validation (moved aside or not, as asked).
    QList<BrokenRoutineFile> load(BrokenFiles broken = BrokenFiles::MoveAside);

    // Sorted by name, ignoring case.
    const QList<StoredRoutine> &routines() const { return m_routines; }
    const StoredRoutine *find(const QString &id) const;
    const StoredRoutine *findByName(const QString &name) const; // ignoring case

    // wanted itself when free, else "wanted (2)", "wanted (3)", … (ignoring exceptId's own
    // name, so saving a routine under its current name is no clash).
    QString uniqueName(const QString &wanted, const QString &exceptId = {}) const;

    // A new routine (its name made unique); creates the folder when needed.
    StoreResult create(const Routine &routine);
    // Replaces the routine with that id; a name taken by another routine is made unique.
    StoreResult save(const QString &id, const Routine &routine);
    StoreResult duplicate(const QString &id);
    StoreResult rename(const QString &id, const QString &newName);
    StoreResult remove(const QString &id);
    // Keeps the stretches imported files carry (the app hands these to its StretchStore).
    // Without a keeper, a file that carries stretches is not imported.
    void setStretchKeeper(StretchKeeper keeper) { m_keeper = std::move(keeper); }
    // Validates path and adds its routine (name made unique) and the stretches it carries,
    // its steps pointed at them as they are kept. A bad file stores nothing and the error is
    // the validator's message.
    StoreResult importFile(const QString &path);
    // The same for a file already read (read from path; path names it in errors).
    StoreResult importRead(const RoutineReadResult &read, const QString &path);

    // The routines with a step naming that stretch (for asking before it is deleted), sorted
    // by name.
    QList<StoredRoutine> routinesUsing(const QString &stretchId) const;
    // Placeholders (Stretch::missing) for the stretches steps name that the catalog lacks or
    // only has as placeholders, each once, with the name the steps kept: for
    // Catalog::setMissingStretches. Steps without a kept name give the id as the name.
    QList<Stretch> missingStretches() const;

Q_SIGNALS:
    void routinesChanged();

private:
    QString pathFor(const QString &id) const;
    QString freeId(const QString &name) const;
    QString moveAside(const QString &path) const;
    // Writes routine to path unless a later load() would refuse it, then keeps it under id as
    // the file has it. Copies: id and path may point into the list that store() rearranges.
    StoreResult writeAndStore(QString id, QString path, const Routine &routine);
    void store(StoredRoutine stored);

    const Catalog &m_catalog;
    QString m_directory;
    QList<StoredRoutine> m_routines;
    std::function<QDate()> m_today = &QDate::currentDate;
    StretchKeeper m_keeper;
};

// The routine whose steps keep the current names of the stretches that are not built in, so
// that it still says what they were once they are deleted.
Routine withStretchNames(const Routine &routine, const Catalog &catalog);

// The routine with every timing written out (top-level gaps and warm-up from preferences,
// each step's hold as it would be played), so that a file handed to someone else plays the
// same timeline whatever their own settings are.
Routine withExplicitTimings(const Routine &routine, const TimingPreferences &preferences,
                            const Catalog &catalog);

} // namespace limber
