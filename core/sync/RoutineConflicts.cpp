#include "sync/RoutineConflicts.h"

#include "storage/RoutineFile.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace limber {

namespace {
const QString routineSuffix = QStringLiteral(".json");

bool sameConflict(const RoutineConflict &a, const RoutineConflict &b)
{
    return a.copyPath == b.copyPath && a.copyChanged == b.copyChanged && a.other == b.other &&
           a.otherError == b.otherError;
}
} // namespace

RoutineConflicts::RoutineConflicts(RoutineStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void RoutineConflicts::refresh()
{
    QList<RoutineConflict> found;
    const QDir folder(m_store.directory());
    const QStringList copies = SyncFileNames::conflictCopies(folder, routineSuffix);
    for (const QString &name : copies) {
        const auto made = SyncFileNames::conflictCopy(name);
        RoutineConflict conflict{folder.filePath(name),
                                 made->originalFileName.chopped(routineSuffix.size()),
                                 *made,
                                 QFileInfo(folder.filePath(name)).lastModified(),
                                 std::nullopt,
                                 {}};
        RoutineReadResult read = RoutineFile::read(conflict.copyPath, m_store.catalog());
        if (read.ok())
            conflict.other = std::move(read.routine);
        else
            conflict.otherError = read.errorText();
        found.append(std::move(conflict));
    }
    const auto nameOf = [this](const RoutineConflict &conflict) {
        const StoredRoutine *stored = m_store.find(conflict.routineId);
        return stored ? stored->routine.name : conflict.other.value_or(Routine{}).name;
    };
    std::stable_sort(found.begin(), found.end(), [&](const auto &a, const auto &b) {
        const int byName = nameOf(a).compare(nameOf(b), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.made.madeAt < b.made.madeAt;
    });
    const bool changed = !std::equal(found.cbegin(), found.cend(), m_conflicts.cbegin(),
                                     m_conflicts.cend(), sameConflict);
    m_conflicts = std::move(found);
    if (changed)
        Q_EMIT conflictsChanged();
}

const RoutineConflict *RoutineConflicts::find(const QString &copyPath) const
{
    const auto it = std::find_if(m_conflicts.cbegin(), m_conflicts.cend(),
                                 [&](const RoutineConflict &c) { return c.copyPath == copyPath; });
    return it == m_conflicts.cend() ? nullptr : &*it;
}

StoreResult RoutineConflicts::keepThis(const QString &copyPath)
{
    const RoutineConflict *conflict = find(copyPath);
    if (!conflict)
        return {{}, tr("%1: this version is no longer waiting for a choice").arg(copyPath)};
    return settle(*conflict, {conflict->routineId, {}});
}

StoreResult RoutineConflicts::keepOther(const QString &copyPath)
{
    const RoutineConflict *conflict = find(copyPath);
    if (!conflict)
        return {{}, tr("%1: this version is no longer waiting for a choice").arg(copyPath)};
    if (!conflict->other)
        return {{}, conflict->otherError};
    const StoreResult kept = m_store.find(conflict->routineId)
                                 ? m_store.save(conflict->routineId, *conflict->other)
                                 : m_store.create(*conflict->other);
    return settle(*conflict, kept);
}

StoreResult RoutineConflicts::keepBoth(const QString &copyPath)
{
    const RoutineConflict *conflict = find(copyPath);
    if (!conflict)
        return {{}, tr("%1: this version is no longer waiting for a choice").arg(copyPath)};
    if (!conflict->other)
        return {{}, conflict->otherError};
    return settle(*conflict, m_store.create(*conflict->other));
}

StoreResult RoutineConflicts::settle(const RoutineConflict &conflict, StoreResult kept)
{
    if (!kept.ok())
        return kept;
    QFile copy(conflict.copyPath);
    if (!copy.remove() && copy.exists()) {
        kept.error = tr("%1: your choice was saved, but this copy could not be deleted: %2")
                         .arg(conflict.copyPath, copy.errorString());
    }
    refresh();
    return kept;
}

} // namespace limber
