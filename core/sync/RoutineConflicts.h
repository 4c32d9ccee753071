#pragma once

#include "model/Routine.h"
#include "storage/RoutineStore.h"
#include "storage/SyncFileNames.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace limber {

// A routine two devices changed before either saw the other's change: the sync tool kept the
// losing version beside the routine as a conflict copy.
struct RoutineConflict
{
    QString copyPath;
    // The id of the routine it is a version of; that routine may be gone since.
    QString routineId;
    SyncFileNames::ConflictCopy made;
    // When the copy's version was last changed (the file's modification time).
    QDateTime copyChanged;
    // The copy's routine, or why it cannot be read.
    std::optional<Routine> other;
    QString otherError;
};

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
    const QList<RoutineConflict> &conflicts() const { return m_conflicts; }
    const RoutineConflict *find(const QString &copyPath) const;

    // The routine stays as it is; the copy is deleted.
    StoreResult keepThis(const QString &copyPath);
    // The copy's version replaces the routine (or brings it back); then the copy is deleted.
    StoreResult keepOther(const QString &copyPath);
    // The copy's version is kept as a routine of its own, its name numbered; then the copy is
    // deleted.
    StoreResult keepBoth(const QString &copyPath);

Q_SIGNALS:
    void conflictsChanged();

private:
    // Removes the copy once its version is kept (or dropped) and reads the folder again.
    StoreResult settle(const RoutineConflict &conflict, StoreResult kept);

    RoutineStore &m_store;
    QList<RoutineConflict> m_conflicts;
};

} // namespace limber
