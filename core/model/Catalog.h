#pragma once

#include "model/Stretch.h"

#include <QList>
#include <QStringView>

namespace limber {

// The built-in stretches, in the seed's order (warm-up first). Ids are part of the routine
// file format and never change.
class Catalog
{
public:
    explicit Catalog(QList<Stretch> stretches);

    // The seed's ten stretches plus the warm-up march.
    static const Catalog &builtIn();

    const QList<Stretch> &stretches() const { return m_stretches; }
    const Stretch *find(QStringView id) const;
    bool contains(QStringView id) const { return find(id) != nullptr; }

    static constexpr QStringView warmUpId = u"warm-up-march";

private:
    QList<Stretch> m_stretches;
};

// Defined in CatalogData.cpp: the seed's content.
QList<Stretch> builtInStretches();

} // namespace limber
