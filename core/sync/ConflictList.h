#pragma once

#include "storage/RoutineStore.h"
#include "storage/SyncFileNames.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

namespace limber {

// A file (a routine, a stretch) that two devices changed before either saw the other's change:
// the sync tool kept the losing version beside it as a conflict copy.
template<typename Item> struct ConflictOf
{
    QString copyPath;
    // The id of the routine or stretch it is a version of; that one may be gone since.
    QString id;
    SyncFileNames::ConflictCopy made;
    // When the copy's version was last changed (the file's modification time).
    QDateTime copyChanged;
    // The copy's version, or why it cannot be read.
    std::optional<Item> other;
    QString otherError;

    // The same copy, unchanged since it was read (a changed file has another time).
    bool sameAs(const ConflictOf &other) const
    {
        return copyPath == other.copyPath && copyChanged == other.copyChanged &&
               made == other.made && otherError == other.otherError;
    }
};

// The texts every kind of conflict shares.
namespace conflictText {
inline QString noLongerWaiting(const QString &copyPath)
{
    return QCoreApplication::translate("limber::RoutineConflicts",
                                       "%1: this version is no longer waiting for a choice")
        .arg(copyPath);
}
// Deletes the copy once its version was kept (or dropped); the reason when it stays.
inline QString removeCopy(const QString &copyPath)
{
    QFile copy(copyPath);
    if (copy.remove() || !copy.exists())
        return {};
    return QCoreApplication::translate("limber::RoutineConflicts",
                                       "%1: your choice was saved, but this copy could not be "
                                       "deleted: %2")
        .arg(copyPath, copy.errorString());
}
} // namespace conflictText

// What the person chose for a conflict copy.
enum class ConflictChoice
{
    KeepThis,  // the stored version stays; the copy is deleted
    KeepOther, // the copy's version replaces the stored one (or brings it back)
    KeepBoth   // the copy's version is added beside, its name numbered
};

// The conflict copies of one store's folder, read the same way for routines and stretches.
template<typename Item> class ConflictList
{
public:
    struct Read
    {
        std::optional<Item> item;
        QString error;
    };
    // Reads a copy as a version of the item with that id.
    using Reader = std::function<Read(const QString &copyPath, const QString &id)>;

    // Reads the folder again; true when the list changed. byName gives the name shown for a
    // conflict (the list is sorted by it, then by when the copy was made).
    bool refresh(const QString &directory, const QString &suffix, const Reader &read,
                 const std::function<QString(const ConflictOf<Item> &)> &byName)
    {
        QList<ConflictOf<Item>> found;
        const QDir folder(directory);
        for (const QString &name : SyncFileNames::conflictCopies(folder, suffix)) {
            const auto made = SyncFileNames::conflictCopy(name);
            ConflictOf<Item> conflict{folder.filePath(name),
                                      made->originalFileName.chopped(suffix.size()),
                                      *made,
                                      QFileInfo(folder.filePath(name)).lastModified(),
                                      std::nullopt,
                                      {}};
            Read version = read(conflict.copyPath, conflict.id);
            conflict.other = std::move(version.item);
            conflict.otherError = std::move(version.error);
            found.append(std::move(conflict));
        }
        std::stable_sort(found.begin(), found.end(), [&](const auto &a, const auto &b) {
            const int order = byName(a).compare(byName(b), Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a.made.madeAt < b.made.madeAt;
        });
        if (std::equal(found.cbegin(), found.cend(), m_conflicts.cbegin(), m_conflicts.cend(),
                       [](const auto &a, const auto &b) { return a.sameAs(b); }))
            return false;
        m_conflicts = std::move(found);
        return true;
    }

    const QList<ConflictOf<Item>> &conflicts() const { return m_conflicts; }
    const ConflictOf<Item> *find(const QString &copyPath) const
    {
        const auto it = std::find_if(m_conflicts.cbegin(), m_conflicts.cend(),
                                     [&](const auto &c) { return c.copyPath == copyPath; });
        return it == m_conflicts.cend() ? nullptr : &*it;
    }

    // Carries out the choice in store (a RoutineStore or a StretchStore), then deletes the copy.
    // Nothing is deleted when keeping the chosen version failed.
    template<typename Store>
    StoreResult keep(Store &store, const QString &copyPath, ConflictChoice choice) const
    {
        const ConflictOf<Item> *conflict = find(copyPath);
        if (!conflict)
            return {{}, conflictText::noLongerWaiting(copyPath)};
        StoreResult kept{conflict->id, {}};
        if (choice != ConflictChoice::KeepThis) {
            if (!conflict->other)
                return {{}, conflict->otherError};
            const bool replace = choice == ConflictChoice::KeepOther && store.find(conflict->id);
            kept = replace ? store.save(conflict->id, *conflict->other)
                           : store.create(*conflict->other);
            if (!kept.ok())
                return kept;
        }
        kept.error = conflictText::removeCopy(conflict->copyPath);
        return kept;
    }

private:
    QList<ConflictOf<Item>> m_conflicts;
};

} // namespace limber
