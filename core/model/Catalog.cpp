#include "model/Catalog.h"

namespace limber {

Catalog::Catalog(QList<Stretch> stretches)
    : m_stretches(std::move(stretches))
{
}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog(builtInStretches());
    return catalog;
}

const Stretch *Catalog::find(QStringView id) const
{
    for (const Stretch &stretch : m_stretches) {
        if (stretch.id() == id)
            return &stretch;
    }
    return nullptr;
}

} // namespace limber
