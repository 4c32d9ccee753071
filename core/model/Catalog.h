#pragma once

#include "model/Stretch.h"

#include <QList>
#include <QStringView>

namespace limber {

// Every stretch a routine can name: the built-in ones, in the seed's order (warm-up first),
// then the user's own, then placeholders for stretches routines still name but that were
// deleted. Built-in ids are part of the routine file format and never change.
//
// Pointers from find() and references into stretches() stay valid only until the next
// setOwnStretches() or setMissingStretches(): look a stretch up again after a change.
class Catalog
{
public:
    explicit Catalog(QList<Stretch> stretches);

    // The seed's ten stretches plus the warm-up march.
    static const Catalog &builtIn();

    const QList<Stretch> &stretches() const { return m_stretches; }
    const Stretch *find(QStringView id) const;
    bool contains(QStringView id) const { return find(id) != nullptr; }
    bool isBuiltInId(QStringView id) const;

    // Replaces the user's own stretches (origin Own) or the placeholders (origin Missing);
    // built-in stretches stay. An own stretch never takes a built-in id, and a placeholder
    // never shadows a stretch that exists: such entries are left out.
    void setOwnStretches(const QList<Stretch> &own);
    void setMissingStretches(const QList<Stretch> &missing);

    static constexpr QStringView warmUpId = u"warm-up-march";

private:
    void replaceOrigin(StretchOrigin origin, const QList<Stretch> &replacements);

    QList<Stretch> m_stretches;
};

// Defined in CatalogData.cpp: the seed's content.
QList<Stretch> builtInStretches();

} // namespace limber
