#include "sync/RoutineConflicts.h"

#include "storage/RoutineFile.h"

namespace limber {

RoutineConflicts::RoutineConflicts(RoutineStore &store, QObject *parent)
    : StoreConflicts(
          store,
          [&store](const QString &copyPath, const QString &) {
              RoutineReadResult result = RoutineFile::read(copyPath, store.catalog());
              return ConflictList<Routine>::Read{std::move(result.routine),
                                                 result.ok() ? QString() : result.errorText()};
          },
          [&store](const RoutineConflict &conflict) {
              const StoredRoutine *stored = store.find(conflict.id);
              return stored           ? stored->routine.name
                     : conflict.other ? conflict.other->name
                                      : conflict.id;
          },
          parent)
{
}

} // namespace limber
