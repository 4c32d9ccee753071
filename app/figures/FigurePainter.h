#pragma once

#include "figures/FigureColors.h"
#include "figures/Illustration.h"

#include <QRectF>

class QPainter;
class QPainterPath;

namespace limber {

// Draws a posed figure with QPainter: tapered rounded limbs, far limbs lighter than near ones,
// a mat, the target region in an accent colour with a soft halo, and arrows for the motion
// that matters. Everything is drawn through one transform, so a mirrored figure is exactly
// the flipped image of the unmirrored one.
class FigurePainter
{
public:
    explicit FigurePainter(FigureColors colors);

    // Fits the whole illustration (all its keyframes) into target, so an animation never
    // changes scale; mirrored draws the other side of a sided stretch.
    void paint(QPainter &painter, const QRectF &target, const Illustration &illustration,
               const Pose &pose, bool mirrored) const;

    // Body-unit bounds of every keyframe, the mat and the arrows.
    static QRectF boundsOf(const Illustration &illustration);

private:
    void paintMat(QPainter &painter, const QRectF &bounds, PoseView view) const;
    void paintHalo(QPainter &painter, const QPainterPath &region) const;
    void paintBody(QPainter &painter, const Skeleton &skeleton, const Illustration &illustration,
                   const Pose &pose) const;

    FigureColors m_colors;
};

} // namespace limber
