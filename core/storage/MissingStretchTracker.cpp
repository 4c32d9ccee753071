#include "storage/MissingStretchTracker.h"

#include "model/Catalog.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"

namespace limber {

namespace {
// Each placeholder's id and kept name.
QStringList placeholders(const QList<Stretch> &stretches)
{
    QStringList keys;
    for (const Stretch &stretch : stretches) {
        if (stretch.isMissing())
            keys.append(stretch.id() + u'\n' + stretch.name());
    }
    return keys;
}

QStringList placeholders(const Catalog &catalog)
{
    return placeholders(catalog.stretches());
}
} // namespace

MissingStretchTracker::MissingStretchTracker(Catalog &catalog, const StretchStore &stretches,
                                             const RoutineStore &routines, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_routines(routines)
{
    connect(&stretches, &StretchStore::stretchesChanged, this, &MissingStretchTracker::refresh);
    // Saving a routine seldom changes what is missing: the views reload only when it does.
    connect(&routines, &RoutineStore::routinesChanged, this, [this] {
        if (placeholders(m_catalog) != placeholders(m_routines.missingStretches()))
            refresh();
    });
}

void MissingStretchTracker::refresh()
{
    m_catalog.setMissingStretches(m_routines.missingStretches());
    Q_EMIT catalogChanged();
}

} // namespace limber
