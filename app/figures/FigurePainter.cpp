#include "figures/FigurePainter.h"

#include "figures/FigureArrows.h"

#include <algorithm>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QtMath>

namespace limber {

namespace {

constexpr double margin = 0.1; // around the figure, in body units
constexpr double matThickness = 0.032;
// A line of background colour around each part, so that a limb crossing the body stays
// readable even where their greys are close.
constexpr double gapWidth = 0.014;
constexpr int discSteps = 36;

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// The convex hull of a few discs (monotone chain over points around each): a limb tapering
// from one joint to the next, or a foot spanning heel, ankle and toes.
QPolygonF hullOf(const QList<BodyDisc> &discs)
{
    QList<QPointF> points;
    for (const BodyDisc &disc : discs) {
        for (int step = 0; step < discSteps; ++step)
            points.append(disc.centre + direction(360.0 * step / discSteps) * disc.radius);
    }
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    QList<QPointF> hull(2 * points.size());
    qsizetype size = 0;
    for (const QPointF &point : points) {
        while (size >= 2 && cross(hull.at(size - 2), hull.at(size - 1), point) <= 0)
            --size;
        hull[size++] = point;
    }
    const qsizetype lowerSize = size + 1;
    for (qsizetype index = points.size() - 2; index >= 0; --index) {
        while (size >= lowerSize &&
               cross(hull.at(size - 2), hull.at(size - 1), points.at(index)) <= 0)
            --size;
        hull[size++] = points.at(index);
    }
    hull.resize(std::max<qsizetype>(0, size - 1));
    return QPolygonF(hull);
}

// Overlapping hulls filled as one shape. No boolean union is needed for drawing: a part is
// stroked (its gap) and then filled, and the fill covers the strokes of the inner seams.
class Shape
{
public:
    Shape() { m_path.setFillRule(Qt::WindingFill); }
    void add(const QList<BodyDisc> &discs)
    {
        m_path.addPolygon(hullOf(discs));
        m_path.closeSubpath();
    }
    const QPainterPath &path() const { return m_path; }

private:
    QPainterPath m_path;
};

QPainterPath torsoBetween(const Skeleton &skeleton, PoseView view, double from, double to)
{
    Shape shape;
    const int steps = std::max(1, int(std::ceil((to - from) * spineSamples)));
    QList<BodyDisc> previous = torsoDiscsAt(skeleton, view, from);
    for (int step = 1; step <= steps; ++step) {
        const QList<BodyDisc> next =
            torsoDiscsAt(skeleton, view, from + (to - from) * step / steps);
        shape.add(previous + next);
        previous = next;
    }
    return shape.path();
}

QPainterPath thighPath(const Skeleton::Limb &leg, double kneeGrowth = 1)
{
    Shape shape;
    shape.add({{leg.root, body::thighRadius}, {leg.middle, body::kneeRadius * kneeGrowth}});
    return shape.path();
}

// Shin and foot.
QPainterPath lowerLegPath(const Skeleton::Limb &leg, PoseView view, double kneeGrowth = 1)
{
    Shape shape;
    const BodyDisc ankle{leg.end, body::ankleRadius};
    const BodyDisc toes{leg.tip, body::toeRadius};
    shape.add({{leg.middle, body::kneeRadius * kneeGrowth}, ankle});
    if (view == PoseView::Front) {
        shape.add({ankle, toes}); // a foot pointing at the viewer: only a stub shows
    } else {
        const BodyDisc heel{leg.end - (leg.tip - leg.end) * body::heelShare, body::footRadius};
        shape.add({heel, ankle, toes});
    }
    return shape.path();
}

QPainterPath legPath(const Skeleton::Limb &leg, PoseView view)
{
    QPainterPath path = thighPath(leg);
    path.addPath(lowerLegPath(leg, view));
    return path;
}

QPainterPath armPath(const Skeleton::Limb &arm)
{
    Shape shape;
    shape.add({{arm.root, body::upperArmRadius}, {arm.middle, body::elbowRadius}});
    shape.add({{arm.middle, body::elbowRadius}, {arm.end, body::wristRadius}});
    shape.add({{arm.end, body::wristRadius}, {arm.tip, body::fingerRadius}});
    return shape.path();
}

QPainterPath trunkPath(const Skeleton &skeleton, const Pose &pose)
{
    Shape shape;
    const QPointF towardHead = skeleton.head - skeleton.neck;
    shape.add({{skeleton.neck, 0.05}, {skeleton.neck + towardHead * 0.55, 0.045}});
    shape.add({{skeleton.head, body::headRadius}});
    shape.add({{skeleton.nose, body::noseRadius}});
    QPainterPath path = shape.path();
    path.addPath(torsoBetween(skeleton, pose.view, 0, 1));
    return path;
}

QPainterPath regionOf(BodyPart part, const Skeleton &skeleton, PoseView view)
{
    switch (part) {
    case BodyPart::LowerBack:
        return torsoBetween(skeleton, view, 0.12, 0.56);
    case BodyPart::UpperBack:
        return torsoBetween(skeleton, view, 0.5, 0.92);
    case BodyPart::Pelvis:
        return torsoBetween(skeleton, view, 0, 0.2);
    case BodyPart::NearThigh:
        return thighPath(skeleton.nearLeg);
    case BodyPart::FarThigh:
        return thighPath(skeleton.farLeg);
    case BodyPart::NearShin:
    case BodyPart::FarShin: {
        const Skeleton::Limb &leg = part == BodyPart::NearShin ? skeleton.nearLeg : skeleton.farLeg;
        Shape shape;
        shape.add({{leg.middle, body::kneeRadius}, {leg.end, body::ankleRadius}});
        return shape.path();
    }
    }
    return {};
}

// For outlines of hulls: their corners are already rounded by dense points, and a round
// join at each of them would cost far more than it shows.
QPen outlinePen(const QColor &color, double width)
{
    QPen pen(color, width);
    pen.setJoinStyle(Qt::BevelJoin);
    return pen;
}

} // namespace

FigurePainter::FigurePainter(FigureColors colors)
    : m_colors(std::move(colors))
{
}

QRectF FigurePainter::boundsOf(const Illustration &illustration)
{
    QRectF bounds;
    const auto include = [&bounds](const QPointF &centre, double radius) {
        bounds |= QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    };
    for (const Pose &pose : illustration.keyframes) {
        const Skeleton skeleton = groundedSkeletonOf(pose);
        for (const BodyDisc &disc : surfaceOf(skeleton, pose.view))
            include(disc.centre, disc.radius);
        for (const MotionArrow &arrow : illustration.arrows) {
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

void FigurePainter::paint(QPainter &painter, const QRectF &target, const Illustration &illustration,
                          const Pose &pose, bool mirrored) const
{
    if (illustration.keyframes.isEmpty())
        return;
    const QRectF bounds = boundsOf(illustration);
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.center());
    // Body units have y up; the painter's y points down. Mirroring only flips this one
    // transform, so the other side is the exact mirror image.
    painter.scale(mirrored ? -scale : scale, -scale);
    painter.translate(-bounds.center());

    paintMat(painter, bounds, pose.view);
    const Skeleton skeleton = groundedSkeletonOf(pose);
    if (pose.view != PoseView::Top) {
        // Nothing sinks into the mat, not even the gaps between parts.
        painter.setClipRect(QRectF(bounds.left(), 0, bounds.width(), bounds.bottom() + 1));
    }
    paintBody(painter, skeleton, illustration, pose);
    painter.setClipping(false);
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

void FigurePainter::paintHalo(QPainter &painter, const QPainterPath &region) const
{
    // A soft glow of the accent behind the region: an elliptical gradient around its bounds,
    // one cheap fill however complex the region (it repaints every frame of an animation).
    const QRectF bounds = region.boundingRect();
    const QPointF reach(0.12, 0.12);
    const QRectF glow(bounds.topLeft() - reach, bounds.bottomRight() + reach);
    if (m_colors.flatTints) {
        // Where the gradient is strongest: its inner part, in the colour it has over paper.
        const QPointF inset(glow.width() * 0.1, glow.height() * 0.1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(FigureColors::mix(m_colors.target, m_colors.background, 0.78));
        painter.drawEllipse(QRectF(glow.topLeft() + inset, glow.bottomRight() - inset));
        return;
    }
    QColor inner = m_colors.target;
    inner.setAlphaF(0.32f);
    QColor outer = m_colors.target;
    outer.setAlphaF(0.0f);
    QRadialGradient gradient(QPointF(0, 0), 1.0);
    gradient.setColorAt(0.55, inner);
    gradient.setColorAt(1.0, outer);
    QBrush brush(gradient);
    brush.setTransform(QTransform::fromTranslate(glow.center().x(), glow.center().y())
                           .scale(glow.width() / 2, glow.height() / 2));
    painter.fillRect(glow, brush);
}

void FigurePainter::paintBody(QPainter &painter, const Skeleton &skeleton,
                              const Illustration &illustration, const Pose &pose) const
{
    const PoseView view = pose.view;
    const QPen gapPen = outlinePen(m_colors.background, 2 * gapWidth);
    const auto draw = [&](const QPainterPath &path, const QBrush &brush,
                          std::initializer_list<BodyPart> parts) {
        painter.strokePath(path, gapPen);
        painter.fillPath(path, brush);
        for (const BodyPart part : parts) {
            if (illustration.highlighted.contains(part))
                painter.fillPath(regionOf(part, skeleton, view), m_colors.target);
        }
    };

    for (const BodyPart part : illustration.highlighted)
        paintHalo(painter, regionOf(part, skeleton, view));

    const bool side = view == PoseView::Side;
    const QColor farColour = side ? m_colors.farSide : m_colors.nearSide;
    const auto trunk = [&] {
        draw(trunkPath(skeleton, pose), m_colors.body,
             {BodyPart::Pelvis, BodyPart::LowerBack, BodyPart::UpperBack});
    };
    const auto nearArm = [&] { draw(armPath(skeleton.nearArm), m_colors.nearSide, {}); };
    const auto farArm = [&] { draw(armPath(skeleton.farArm), farColour, {}); };

    switch (view) {
    case PoseView::Side:
        if (!pose.farArmInFront)
            farArm();
        draw(legPath(skeleton.farLeg, view), farColour, {BodyPart::FarThigh, BodyPart::FarShin});
        trunk();
        if (pose.armsInsideLegs)
            nearArm();
        draw(legPath(skeleton.nearLeg, view), m_colors.nearSide,
             {BodyPart::NearThigh, BodyPart::NearShin});
        if (!pose.armsInsideLegs)
            nearArm();
        if (pose.farArmInFront)
            farArm();
        break;
    case PoseView::Front:
        // Sitting, seen from the front: thighs come forward out of the hips and the shins and
        // feet lie nearest the viewer.
        trunk();
        draw(thighPath(skeleton.nearLeg), m_colors.nearSide, {BodyPart::NearThigh});
        draw(thighPath(skeleton.farLeg), m_colors.nearSide, {BodyPart::FarThigh});
        draw(lowerLegPath(skeleton.nearLeg, view), m_colors.nearSide, {BodyPart::NearShin});
        draw(lowerLegPath(skeleton.farLeg, view), m_colors.nearSide, {BodyPart::FarShin});
        farArm();
        nearArm();
        break;
    case PoseView::Top: {
        // Raised knees come toward the viewer: they look bigger and darker than the hips and
        // feet resting on the floor, and show a knee cap.
        const auto raisedLeg = [&](const Skeleton::Limb &leg, BodyPart thigh, BodyPart shin) {
            const double lift = std::clamp(leg.middleDepth / 0.3, 0.0, 1.0);
            const double growth = 1 + 0.7 * std::max(0.0, leg.middleDepth);
            const QColor low = FigureColors::mix(m_colors.nearSide, m_colors.farSide, 0.6 * lift);
            QLinearGradient shinShade(leg.end, leg.middle);
            shinShade.setColorAt(0, low);
            shinShade.setColorAt(1, m_colors.nearSide);
            draw(lowerLegPath(leg, view, growth), shinShade, {shin});
            QLinearGradient thighShade(leg.root, leg.middle);
            thighShade.setColorAt(0, low);
            thighShade.setColorAt(1, m_colors.nearSide);
            draw(thighPath(leg, growth), thighShade, {thigh});
            Shape cap;
            cap.add({{leg.middle, body::kneeRadius * growth * 1.05}});
            draw(cap.path(), m_colors.nearSide, {});
        };
        farArm();
        nearArm();
        trunk();
        // The leg rolled lower goes first.
        const bool nearFirst = skeleton.nearLeg.middleDepth < skeleton.farLeg.middleDepth;
        const Skeleton::Limb &first = nearFirst ? skeleton.nearLeg : skeleton.farLeg;
        const Skeleton::Limb &second = nearFirst ? skeleton.farLeg : skeleton.nearLeg;
        raisedLeg(first, nearFirst ? BodyPart::NearThigh : BodyPart::FarThigh,
                  nearFirst ? BodyPart::NearShin : BodyPart::FarShin);
        raisedLeg(second, nearFirst ? BodyPart::FarThigh : BodyPart::NearThigh,
                  nearFirst ? BodyPart::FarShin : BodyPart::NearShin);
        break;
    }
    }
}

} // namespace limber
