#include "model/Catalog.h"

#include <algorithm>

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

bool Catalog::isBuiltInId(QStringView id) const
{
    const Stretch *stretch = find(id);
    return stretch != nullptr && stretch->isBuiltIn();
}

void Catalog::setOwnStretches(const QList<Stretch> &own)
{
    replaceOrigin(StretchOrigin::Own, own);
}

void Catalog::setMissingStretches(const QList<Stretch> &missing)
{
    replaceOrigin(StretchOrigin::Missing, missing);
}

void Catalog::replaceOrigin(StretchOrigin origin, const QList<Stretch> &replacements)
{
    m_stretches.removeIf([origin](const Stretch &stretch) { return stretch.origin() == origin; });
    QList<Stretch> kept;
    for (const Stretch &stretch : replacements) {
        if (stretch.origin() == origin && !contains(stretch.id()))
            kept.append(stretch);
    }
    // Own stretches come before placeholders, whichever list changed last.
    if (origin == StretchOrigin::Own) {
        const auto firstMissing = std::find_if(m_stretches.cbegin(), m_stretches.cend(),
                                               [](const Stretch &s) { return s.isMissing(); });
        const qsizetype at = firstMissing - m_stretches.cbegin();
        for (qsizetype index = 0; index < kept.size(); ++index)
            m_stretches.insert(at + index, kept.at(index));
    } else {
        m_stretches.append(kept);
    }
}

} // namespace limber
