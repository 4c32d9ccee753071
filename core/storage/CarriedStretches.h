#pragma once

#include "model/Catalog.h"
#include "storage/RoutineFile.h"

namespace limber {

// The catalog a routine file is played with: catalog plus the stretches the file carries,
// which stand for the user's own of the same id as they did when the file was read. Without
// them the steps that name them would be skipped.
Catalog withCarriedStretches(const Catalog &catalog, const QList<EmbeddedStretch> &carried);

} // namespace limber
