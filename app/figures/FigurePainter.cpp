#include "figures/FigurePainter.h"

#include "figures/FigureArrows.h"
#include "figures/FigureShapes.h"

#include <algorithm>
#include <cmath>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <QTransform>

namespace limber {

namespace {

constexpr double margin = 0.1; // around the figure, in body units
constexpr double matThickness = 0.032;
// A line of background colour around each arrow, so it stays clear where it crosses a limb.
constexpr double gapWidth = 0.012;
// Each part's own dark outline: it tells a hand from the shin it holds and a limb from the
// body behind it. (A line of background colour round each part as well would double the
// cost of a frame, for little.)
constexpr double outlineWidth = 0.011;
// Below this many pixels a side, the figure is a thumbnail: sturdier parts, no arrows.
constexpr double thumbnailSide = 120;
constexpr double thumbnailThickness = 1.4;
// How much of the accent a highlighted part takes: enough to see the target at a glance,
// little enough that the part's tone (near or far) still shows through.
constexpr float tintAlpha = 0.62f;
// The hatching over it: a line every few screen pixels, faint enough to read the part's tone.
constexpr double hatchSpacingPx = 6;
constexpr double hatchWidthPx = 1.2;
constexpr float hatchAlpha = 0.45f;

} // namespace

FigurePainter::FigurePainter(FigureColors colors)
    : m_colors(std::move(colors))
{
    QColor ink = m_colors.outline;
    ink.setAlphaF(hatchAlpha);
    m_hatchTile = hatchTile(ink);
}

QRectF FigurePainter::boundsOf(const Illustration &illustration, bool withArrows)
{
    return boundsOf(illustration.keyframes, illustration.arrows, withArrows);
}

QRectF FigurePainter::boundsOf(const Illustration &illustration, const Pose &pose, bool withArrows)
{
    return boundsOf({pose}, illustration.arrows, withArrows);
}

QRectF FigurePainter::boundsOf(const QList<Pose> &poses, const QList<MotionArrow> &arrows,
                               bool withArrows)
{
    QRectF bounds;
    const auto include = [&bounds](const QPointF &centre, double radius) {
        bounds |= QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    };
    for (const Pose &pose : poses) {
        const Skeleton skeleton = groundedSkeletonOf(pose);
        for (const BodyDisc &disc : surfaceOf(skeleton, pose.view))
            include(disc.centre, disc.radius);
        for (const MotionArrow &arrow : arrows) {
            if (!withArrows)
                break;
            for (const QPointF &point : arrowArcPoints(skeleton, arrow))
                include(point, arrowHeadSize);
        }
        // The mat under anything that rests on the floor.
        if (pose.view != PoseView::Top)
            include(QPointF(skeleton.pelvis.x(), -matThickness / 2), matThickness / 2);
    }
    if (bounds.isEmpty())
        return QRectF(-0.5, 0, 1, 1);
    return bounds.adjusted(-margin, -margin, margin, margin);
}

bool FigurePainter::isThumbnail(const QRectF &target)
{
    return std::min(target.width(), target.height()) < thumbnailSide;
}

void FigurePainter::paint(QPainter &painter, const QRectF &target, const Illustration &illustration,
                          const Pose &pose, bool mirrored, bool fitPoseOnly) const
{
    if (illustration.keyframes.isEmpty())
        return;
    const bool thumbnail = isThumbnail(target);
    paintWithin(painter, target,
                fitPoseOnly ? boundsOf(illustration, pose, !thumbnail)
                            : boundsOf(illustration, !thumbnail),
                illustration, pose, mirrored);
}

QTransform FigurePainter::transformFor(const QRectF &target, const QRectF &bounds, bool mirrored)
{
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    // Body units have y up; the painter's y points down. Mirroring only flips this one
    // transform, so the other side is the exact mirror image.
    QTransform transform;
    transform.translate(target.center().x(), target.center().y());
    transform.scale(mirrored ? -scale : scale, -scale);
    transform.translate(-bounds.center().x(), -bounds.center().y());
    return transform;
}

void FigurePainter::paintWithin(QPainter &painter, const QRectF &target, const QRectF &bounds,
                                const Illustration &illustration, const Pose &pose,
                                bool mirrored) const
{
    const bool thumbnail = isThumbnail(target);
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(transformFor(target, bounds, mirrored), true);

    paintMat(painter, bounds, pose.view);
    const Skeleton skeleton = groundedSkeletonOf(pose);
    if (pose.view != PoseView::Top) {
        // Nothing sinks into the mat, not even the gaps between parts.
        painter.setClipRect(QRectF(bounds.left(), 0, bounds.width(), bounds.bottom() + 1));
    }
    // Lines at least this many pixels wide, so that a small figure keeps its outlines.
    const double pixel = 1.0 / scale;
    Strokes strokes{std::max(outlineWidth, 1.1 * pixel), thumbnail ? thumbnailThickness : 1.0};
    paintBody(painter, skeleton, illustration, pose, strokes);
    painter.setClipping(false);
    if (!thumbnail)
        paintMotionArrows(painter, skeleton, illustration.arrows, m_colors, gapWidth);
    painter.restore();
}

void FigurePainter::paintMat(QPainter &painter, const QRectF &bounds, PoseView view) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colors.mat);
    const double inset = margin * 0.5;
    if (view == PoseView::Top) {
        // Seen from above the mat is a large area: a lighter tint keeps the figure in front.
        painter.setBrush(FigureColors::mix(m_colors.mat, m_colors.background, 0.4));
        painter.drawRoundedRect(bounds.adjusted(inset, inset, -inset, -inset), 0.05, 0.05);
        return;
    }
    painter.drawRoundedRect(
        QRectF(bounds.left() + inset, -matThickness, bounds.width() - 2 * inset, matThickness),
        matThickness / 2, matThickness / 2);
}

void FigurePainter::paintBody(QPainter &painter, const Skeleton &skeleton,
                              const Illustration &illustration, const Pose &pose,
                              const Strokes &strokes) const
{
    const PoseView view = pose.view;
    const FigureShapes shapes(skeleton, view, strokes.thickness);
    const FigureShapes outlines(skeleton, view, strokes.thickness, strokes.outline);
    QColor tint = m_colors.target;
    tint.setAlphaF(tintAlpha);
    // Each part: its outline, its fill, then the highlight's tint inside the outline, so a
    // limb drawn later covers the tint of what lies behind it. The outline is the part grown
    // by the outline's width, from the same builder.
    const auto draw = [&](const PartShape &shape, const QBrush &brush, const QColor &outline,
                          std::initializer_list<BodyPart> parts) {
        painter.fillPath(shape(outlines), outline);
        painter.fillPath(shape(shapes), brush);
        // Overlapping regions are one tint, not darker where they meet.
        QPainterPath tinted;
        tinted.setFillRule(Qt::WindingFill);
        for (const BodyPart part : parts) {
            if (illustration.highlighted.contains(part))
                tinted.addPath(shapes.region(part));
        }
        if (!tinted.isEmpty()) {
            painter.fillPath(tinted, tint);
            paintHatching(painter, tinted);
        }
    };

    const bool side = view == PoseView::Side;
    const QColor farColour = side ? m_colors.farSide : m_colors.nearSide;
    const QColor farOutline = side ? m_colors.farOutline : m_colors.outline;
    const auto trunk = [&] {
        draw([&](const FigureShapes &f) { return f.torso(); }, m_colors.body, m_colors.outline,
             {BodyPart::Pelvis, BodyPart::LowerBack, BodyPart::UpperBack});
        draw([&](const FigureShapes &f) { return f.head(); }, m_colors.body, m_colors.outline, {});
    };
    const auto arm = [&](const Skeleton::Limb &limb, const QColor &fill, const QColor &outline) {
        draw([&](const FigureShapes &f) { return f.arm(limb); }, fill, outline, {});
        draw([&](const FigureShapes &f) { return f.hand(limb); }, fill, outline, {});
    };
    const auto nearArm = [&] { arm(skeleton.nearArm, m_colors.nearSide, m_colors.outline); };
    const auto farArm = [&] { arm(skeleton.farArm, farColour, farOutline); };
    const auto leg = [&](const Skeleton::Limb &limb, const QBrush &fill, const QColor &outline,
                         BodyPart thigh, BodyPart shin) {
        draw([&](const FigureShapes &f) { return f.thigh(limb); }, fill, outline, {thigh});
        draw([&](const FigureShapes &f) { return f.shin(limb); }, fill, outline, {shin});
        draw([&](const FigureShapes &f) { return f.foot(limb); }, fill, outline, {});
    };

    switch (view) {
    case PoseView::Side:
        if (!pose.farArmInFront)
            farArm();
        leg(skeleton.farLeg, farColour, farOutline, BodyPart::FarThigh, BodyPart::FarShin);
        trunk();
        if (pose.armsInsideLegs)
            nearArm();
        leg(skeleton.nearLeg, m_colors.nearSide, m_colors.outline, BodyPart::NearThigh,
            BodyPart::NearShin);
        if (!pose.armsInsideLegs)
            nearArm();
        if (pose.farArmInFront)
            farArm();
        break;
    case PoseView::Front:
        // Sitting, seen from the front: thighs come forward out of the hips, the shins and
        // feet lie nearest the viewer and the hands hold the feet.
        trunk();
        for (const auto &[limb, part] : {std::pair{&skeleton.nearLeg, BodyPart::NearThigh},
                                         std::pair{&skeleton.farLeg, BodyPart::FarThigh}})
            draw([&](const FigureShapes &f) { return f.thigh(*limb); }, m_colors.nearSide,
                 m_colors.outline, {part});
        for (const auto &[limb, part] : {std::pair{&skeleton.nearLeg, BodyPart::NearShin},
                                         std::pair{&skeleton.farLeg, BodyPart::FarShin}})
            draw([&](const FigureShapes &f) { return f.shin(*limb); }, m_colors.nearSide,
                 m_colors.outline, {part});
        draw([&](const FigureShapes &f) { return f.foot(skeleton.nearLeg); }, m_colors.farSide,
             m_colors.outline, {});
        draw([&](const FigureShapes &f) { return f.foot(skeleton.farLeg); }, m_colors.farSide,
             m_colors.outline, {});
        farArm();
        nearArm();
        break;
    case PoseView::Top:
        paintTopView(skeleton, draw);
        break;
    }
}

QImage FigurePainter::hatchTile(const QColor &ink)
{
    // One period of the diagonal lines, drawn with its neighbours' ends so tiles join up.
    const int side = int(hatchSpacingPx);
    QImage tile(side, side, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink, hatchWidthPx));
    for (const int shift : {-side, 0, side})
        painter.drawLine(QPointF(shift, side), QPointF(shift + side, 0));
    return tile;
}

void FigurePainter::paintHatching(QPainter &painter, const QPainterPath &region) const
{
    // Fine diagonal lines over the stretched region, in the outline's ink: the region stands
    // out by its texture and not only by its hue, for eyes that do not tell the accent from
    // the grey of the body. They keep their spacing in device pixels whatever the figure's
    // size.
    const double scale = std::sqrt(std::abs(painter.worldTransform().determinant()));
    if (scale <= 0)
        return;
    const QPaintEngine *engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Pdf) {
        // A handout stays all vector: lines, where a tiled brush would embed an image.
        QColor ink = m_colors.outline;
        ink.setAlphaF(hatchAlpha);
        painter.save();
        painter.setClipPath(region, Qt::IntersectClip);
        painter.setPen(QPen(ink, hatchWidthPx / scale));
        const QRectF area = region.boundingRect();
        const double spacing = hatchSpacingPx / scale;
        for (double offset = -area.height(); offset < area.width(); offset += spacing)
            painter.drawLine(QPointF(area.left() + offset, area.bottom()),
                             QPointF(area.left() + offset + area.height(), area.top()));
        painter.restore();
        return;
    }
    // On screen one fill with a tiled brush: drawn a line at a time, the hatching doubled the
    // time to paint an animation frame.
    QBrush hatch(m_hatchTile);
    hatch.setTransform(QTransform::fromScale(1 / scale, 1 / scale));
    painter.fillPath(region, hatch);
}

void FigurePainter::paintTopView(const Skeleton &skeleton, const DrawPart &draw) const
{
    // Raised knees come toward the viewer: they look bigger and darker than the hips and
    // feet resting on the floor, and show a knee cap.
    const auto raisedLeg = [&](const Skeleton::Limb &leg, BodyPart thigh, BodyPart shin) {
        const double lift = std::clamp(leg.middleDepth / 0.3, 0.0, 1.0);
        const double growth = 1 + 0.7 * std::max(0.0, leg.middleDepth);
        const QColor low = FigureColors::mix(m_colors.nearSide, m_colors.farSide, 0.6 * lift);
        draw([&](const FigureShapes &f) { return f.foot(leg); }, low, m_colors.outline, {});
        QLinearGradient shinShade(leg.end, leg.middle);
        shinShade.setColorAt(0, low);
        shinShade.setColorAt(1, m_colors.nearSide);
        draw([&](const FigureShapes &f) { return f.shin(leg, growth); }, shinShade,
             m_colors.outline, {shin});
        QLinearGradient thighShade(leg.root, leg.middle);
        thighShade.setColorAt(0, low);
        thighShade.setColorAt(1, m_colors.nearSide);
        draw([&](const FigureShapes &f) { return f.thigh(leg, growth); }, thighShade,
             m_colors.outline, {thigh});
    };
    for (const Skeleton::Limb *arm : {&skeleton.farArm, &skeleton.nearArm}) {
        draw([&](const FigureShapes &f) { return f.arm(*arm); }, m_colors.nearSide,
             m_colors.outline, {});
        draw([&](const FigureShapes &f) { return f.hand(*arm); }, m_colors.nearSide,
             m_colors.outline, {});
    }
    draw([&](const FigureShapes &f) { return f.torso(); }, m_colors.body, m_colors.outline,
         {BodyPart::Pelvis, BodyPart::LowerBack, BodyPart::UpperBack});
    draw([&](const FigureShapes &f) { return f.head(); }, m_colors.body, m_colors.outline, {});
    // The leg rolled lower goes first.
    const bool nearFirst = skeleton.nearLeg.middleDepth < skeleton.farLeg.middleDepth;
    const Skeleton::Limb &first = nearFirst ? skeleton.nearLeg : skeleton.farLeg;
    const Skeleton::Limb &second = nearFirst ? skeleton.farLeg : skeleton.nearLeg;
    raisedLeg(first, nearFirst ? BodyPart::NearThigh : BodyPart::FarThigh,
              nearFirst ? BodyPart::NearShin : BodyPart::FarShin);
    raisedLeg(second, nearFirst ? BodyPart::FarThigh : BodyPart::NearThigh,
              nearFirst ? BodyPart::FarShin : BodyPart::NearShin);
}

} // namespace limber
