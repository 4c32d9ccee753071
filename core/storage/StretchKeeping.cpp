#include "storage/StretchKeeping.h"

#include "storage/StretchStore.h"

namespace limber {

StretchKeeper keepInto(StretchStore &stretches)
{
    return [&stretches](const EmbeddedStretch &carried) -> KeptStretch {
        if (const Stretch *same = stretches.findIdentical(carried.stretch, carried.imageData))
            return {same->id(), same->untranslatedName(), {}};
        const StoreResult added =
            stretches.addImported(carried.stretch, carried.imageData, carried.imageType);
        if (!added.ok())
            return {{}, {}, added.error};
        return {added.id, stretches.find(added.id)->untranslatedName(), {}};
    };
}

} // namespace limber
