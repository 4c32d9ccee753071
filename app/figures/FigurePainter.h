#pragma once

#include "figures/FigureColors.h"
#include "figures/Illustration.h"

#include <functional>
#include <initializer_list>
#include <QImage>
#include <QRectF>

class QBrush;
class QPainter;
class QPainterPath;
class QTransform;

namespace limber {

class FigureShapes;

// Draws a posed figure with QPainter: tapered rounded limbs with hands and feet, each part
// outlined, far limbs lighter than near ones, a mat, the target region tinted in an accent
// colour, and arrows for the motion that matters. Everything is drawn through one transform,
// so a mirrored figure is exactly the flipped image of the unmirrored one.
class FigurePainter
{
public:
    explicit FigurePainter(FigureColors colors);

    // Fits the whole illustration (all its keyframes) into target, so an animation never
    // changes scale; mirrored draws the other side of a sided stretch. A small target gets a
    // thumbnail: sturdier parts and no arrows.
    // fitPoseOnly fits just this pose instead: a still picture (a thumbnail, a handout) uses
    // all of its room.
    void paint(QPainter &painter, const QRectF &target, const Illustration &illustration,
               const Pose &pose, bool mirrored, bool fitPoseOnly = false) const;

    // The same into a given body-unit frame (from boundsOf), so that a figure being posed
    // keeps its scale and place while it changes shape.
    void paintWithin(QPainter &painter, const QRectF &target, const QRectF &bounds,
                     const Illustration &illustration, const Pose &pose, bool mirrored) const;
    // Body units (y up) to target's pixels, as paintWithin draws them.
    static QTransform transformFor(const QRectF &target, const QRectF &bounds, bool mirrored);

    // Body-unit bounds of every keyframe, the mat and (unless left out) the arrows.
    static QRectF boundsOf(const Illustration &illustration, bool withArrows = true);
    // The same for one pose of the illustration.
    static QRectF boundsOf(const Illustration &illustration, const Pose &pose, bool withArrows);
    static bool isThumbnail(const QRectF &target);

private:
    static QRectF boundsOf(const QList<Pose> &poses, const QList<MotionArrow> &arrows,
                           bool withArrows);
    // Line widths in body units, and how much sturdier than life the parts are drawn.
    struct Strokes
    {
        double outline;
        double thickness;
    };
    // A part of the figure, built by either shape builder (outline or fill).
    using PartShape = std::function<QPainterPath(const FigureShapes &)>;
    using DrawPart = std::function<void(const PartShape &, const QBrush &, const QColor &,
                                        std::initializer_list<BodyPart>)>;

    void paintMat(QPainter &painter, const QRectF &bounds, PoseView view) const;
    void paintBody(QPainter &painter, const Skeleton &skeleton, const Illustration &illustration,
                   const Pose &pose, const Strokes &strokes) const;
    void paintTopView(const Skeleton &skeleton, const DrawPart &draw) const;
    void paintHatching(QPainter &painter, const QPainterPath &region) const;
    static QImage hatchTile(const QColor &ink);

    FigureColors m_colors;
    QImage m_hatchTile;
};

} // namespace limber
