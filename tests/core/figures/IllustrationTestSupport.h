#pragma once

#include "figures/Illustration.h"
#include "model/Catalog.h"

#include <QtMath>

// Shared by the illustration and pose kinematics suites, which both measure built-in
// drawings.
namespace limber::illustrationtest {

inline const QList<Stretch> &stretches()
{
    return Catalog::builtIn().stretches();
}

inline const Illustration &illustration(const char *id)
{
    return illustrationOf(QString::fromLatin1(id));
}

inline double length(const QPointF &vector)
{
    return std::hypot(vector.x(), vector.y());
}

inline double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace limber::illustrationtest
