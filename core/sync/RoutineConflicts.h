#pragma once

#include "model/Routine.h"
#include "storage/RoutineStore.h"
#include "sync/ConflictList.h"

#include <QObject>
#include <QString>

namespace limber {

using RoutineConflict = ConflictOf<Routine>;

// The conflict copies in the routines folder, each waiting for the person's choice: nothing is
// deleted until they make it.
class RoutineConflicts : public QObject
{
    Q_OBJECT

public:
    explicit RoutineConflicts(RoutineStore &store, QObject *parent = nullptr);

    // Reads the folder again; signals when the list changed.
    void refresh();
    // Sorted by the name of the routine, then by when the copy was made.
    const QList<RoutineConflict> &conflicts() const { return m_list.conflicts(); }
    const RoutineConflict *find(const QString &copyPath) const { return m_list.find(copyPath); }

    // The routine stays as it is; the copy is deleted.
    StoreResult keepThis(const QString &copyPath);
    // The copy's version replaces the routine (or brings it back); then the copy is deleted.
    StoreResult keepOther(const QString &copyPath);
    // The copy's version is kept as a routine of its own, its name numbered; then the copy is
    // deleted.
    StoreResult keepBoth(const QString &copyPath);

    // Any of the three, as chosen.
    StoreResult keep(const QString &copyPath, ConflictChoice choice);

Q_SIGNALS:
    void conflictsChanged();

private:
    // Reads the folder again after a choice.
    StoreResult settle(StoreResult kept);

    RoutineStore &m_store;
    ConflictList<Routine> m_list;
};

} // namespace limber
