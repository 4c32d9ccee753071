#pragma once

#include "figures/Illustration.h"

#include <QPainterPath>

namespace limber {

// The outlines of the drawn body's parts, built from the same discs that ground it (see
// surfaceOf), so what rests on the floor in the data rests on it in the picture. thickness
// widens every part around its bones: thumbnails draw a sturdier figure instead of a
// shrunken one.
class FigureShapes
{
public:
    // inflate grows every part by that much all round: the same part's outline and the gap
    // around it are the part drawn bigger underneath, which fills far faster than a stroke.
    FigureShapes(const Skeleton &skeleton, PoseView view, double thickness = 1.0,
                 double inflate = 0);

    QPainterPath head() const;
    QPainterPath torso(double from = 0, double to = 1) const;
    QPainterPath thigh(const Skeleton::Limb &leg, double kneeGrowth = 1) const;
    QPainterPath shin(const Skeleton::Limb &leg, double kneeGrowth = 1) const;
    QPainterPath foot(const Skeleton::Limb &leg) const;
    QPainterPath arm(const Skeleton::Limb &arm) const; // upper arm and forearm
    QPainterPath hand(const Skeleton::Limb &arm) const;
    // The part of the body a highlight tints: it follows that part's outline.
    QPainterPath region(BodyPart part) const;

private:
    QPainterPath profileTorso(double from, double to) const;
    QPainterPath hulls(const QList<QList<BodyDisc>> &pieces) const;

    const Skeleton &m_skeleton;
    PoseView m_view;
    double m_thickness;
    double m_inflate;
};

} // namespace limber
