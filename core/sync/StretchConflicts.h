#pragma once

#include "model/Stretch.h"
#include "storage/StretchStore.h"
#include "sync/StoreConflicts.h"

namespace limber {

using StretchConflict = ConflictOf<Stretch>;

// The conflict copies of the person's own stretches ("ID.sync-conflict-….json"), each waiting
// for their choice as a routine's do. A copy's image is the one beside the stretch (sync tools
// keep a conflicting image as a copy of its own, which stays for the person to look at).
class StretchConflicts : public StoreConflicts<StretchStore, Stretch>
{
public:
    explicit StretchConflicts(StretchStore &store, QObject *parent = nullptr);
};

} // namespace limber
