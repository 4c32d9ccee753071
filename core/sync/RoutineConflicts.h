#pragma once

#include "model/Routine.h"
#include "storage/RoutineStore.h"
#include "sync/StoreConflicts.h"

namespace limber {

using RoutineConflict = ConflictOf<Routine>;

// The conflict copies in the routines folder, each waiting for the person's choice: nothing is
// deleted until they make it. Keep the other replaces the routine under its id (or brings it
// back); Keep both adds the copy's version, its name numbered.
class RoutineConflicts : public StoreConflicts<RoutineStore, Routine>
{
public:
    explicit RoutineConflicts(RoutineStore &store, QObject *parent = nullptr);
};

} // namespace limber
