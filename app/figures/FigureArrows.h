#pragma once

#include "figures/FigureColors.h"
#include "figures/Illustration.h"

#include <QList>
#include <QPointF>

class QPainter;

namespace limber {

// Length of an arrow head, in body units: the figure's bounds leave this much room around
// every point of an arc so that no head is cut off.
inline constexpr double arrowHeadSize = 0.085;

// The arc of a motion arrow around its joint, in the skeleton's coordinates.
QList<QPointF> arrowArcPoints(const Skeleton &skeleton, const MotionArrow &arrow);

// Draws the arrows over the figure, each outlined by gapWidth of background colour so that
// it stays clear where it crosses a limb.
void paintMotionArrows(QPainter &painter, const Skeleton &skeleton,
                       const QList<MotionArrow> &arrows, const FigureColors &colors,
                       double gapWidth);

} // namespace limber
