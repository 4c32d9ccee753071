#include "storage/MissingStretchTracker.h"

#include "model/Catalog.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"

namespace limber {

MissingStretchTracker::MissingStretchTracker(Catalog &catalog, const StretchStore &stretches,
                                             const RoutineStore &routines, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_routines(routines)
{
    connect(&stretches, &StretchStore::stretchesChanged, this, &MissingStretchTracker::refresh);
    connect(&routines, &RoutineStore::routinesChanged, this, &MissingStretchTracker::refresh);
}

void MissingStretchTracker::refresh()
{
    m_catalog.setMissingStretches(m_routines.missingStretches());
    Q_EMIT catalogChanged();
}

} // namespace limber
