#pragma once

#include "storage/RoutineStore.h"

namespace limber {

class StretchStore;

// How an import keeps the stretches a routine file carries, in the user's stretch store: one
// identical to a stretch already there (texts, areas, kind, sides, hold, drawing or image
// bytes; not the id) is reused; any other is added, its name numbered when taken
// ("Hamstring floss (2)"). For RoutineStore::setStretchKeeper; stretches must outlive it.
StretchKeeper keepInto(StretchStore &stretches);

} // namespace limber
