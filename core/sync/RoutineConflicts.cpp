#include "sync/RoutineConflicts.h"

#include "storage/RoutineFile.h"

namespace limber {

RoutineConflicts::RoutineConflicts(RoutineStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void RoutineConflicts::refresh()
{
    const auto read = [this](const QString &copyPath, const QString &) {
        RoutineReadResult result = RoutineFile::read(copyPath, m_store.catalog());
        return ConflictList<Routine>::Read{std::move(result.routine),
                                           result.ok() ? QString() : result.errorText()};
    };
    const auto nameOf = [this](const RoutineConflict &conflict) {
        const StoredRoutine *stored = m_store.find(conflict.id);
        return stored ? stored->routine.name : conflict.other.value_or(Routine{}).name;
    };
    if (m_list.refresh(m_store.directory(), QStringLiteral(".json"), read, nameOf))
        Q_EMIT conflictsChanged();
}

StoreResult RoutineConflicts::keepThis(const QString &copyPath)
{
    return settle(m_list.keep(m_store, copyPath, ConflictChoice::KeepThis));
}

StoreResult RoutineConflicts::keepOther(const QString &copyPath)
{
    return settle(m_list.keep(m_store, copyPath, ConflictChoice::KeepOther));
}

StoreResult RoutineConflicts::keepBoth(const QString &copyPath)
{
    return settle(m_list.keep(m_store, copyPath, ConflictChoice::KeepBoth));
}

StoreResult RoutineConflicts::keep(const QString &copyPath, ConflictChoice choice)
{
    return settle(m_list.keep(m_store, copyPath, choice));
}

StoreResult RoutineConflicts::settle(StoreResult kept)
{
    refresh();
    return kept;
}

} // namespace limber
