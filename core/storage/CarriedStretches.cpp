#include "storage/CarriedStretches.h"

#include <QSet>

namespace limber {

Catalog withCarriedStretches(const Catalog &catalog, const QList<EmbeddedStretch> &carried)
{
    Catalog combined = catalog;
    if (carried.isEmpty())
        return combined;
    QList<Stretch> own;
    QSet<QString> ids;
    for (const EmbeddedStretch &stretch : carried) {
        own.append(stretch.stretch);
        ids.insert(stretch.stretch.id());
    }
    for (const Stretch &stretch : catalog.stretches()) {
        if (stretch.isOwn() && !ids.contains(stretch.id()))
            own.append(stretch);
    }
    combined.setOwnStretches(own);
    return combined;
}

} // namespace limber
