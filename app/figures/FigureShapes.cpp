#include "figures/FigureShapes.h"

#include <algorithm>
#include <QtMath>

namespace limber {

namespace {

constexpr int discSteps = 28;

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// The convex hull of a few discs (monotone chain over points around each): a limb tapering
// from one joint to the next, or a foot spanning heel, ankle and toes.
QPolygonF hullOf(const QList<BodyDisc> &discs)
{
    QList<QPointF> points;
    points.reserve(discs.size() * discSteps);
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

// Points on a circle from one angle to another (degrees, counter-clockwise), spaced as the
// hulls' discs are.
void appendArc(QPolygonF &polygon, const QPointF &centre, double radius, double from, double to)
{
    const int steps = std::max(1, int(std::ceil(std::abs(to - from) / 360.0 * discSteps)));
    for (int step = 0; step <= steps; ++step)
        polygon.append(centre + direction(from + (to - from) * step / steps) * radius);
}

// The hull of two discs, a tapered capsule, straight from its tangents: most of the body is
// made of these, and sorting points for a general hull would cost more than the drawing.
QPolygonF capsuleOf(const BodyDisc &a, const BodyDisc &b)
{
    const QPointF axis = b.centre - a.centre;
    const double length = std::hypot(axis.x(), axis.y());
    QPolygonF polygon;
    if (length <= std::abs(a.radius - b.radius)) {
        const BodyDisc &big = a.radius > b.radius ? a : b;
        appendArc(polygon, big.centre, big.radius, 0, 360);
        return polygon;
    }
    const double angle = qRadiansToDegrees(std::atan2(axis.y(), axis.x()));
    const double opening = qRadiansToDegrees(std::acos((a.radius - b.radius) / length));
    appendArc(polygon, b.centre, b.radius, angle - opening, angle + opening);
    appendArc(polygon, a.centre, a.radius, angle + opening, angle + 360 - opening);
    return polygon;
}

QPointF heelOf(const Skeleton::Limb &leg)
{
    return leg.end - (leg.tip - leg.end) * body::heelShare;
}

} // namespace

FigureShapes::FigureShapes(const Skeleton &skeleton, PoseView view, double thickness,
                           double inflate)
    : m_skeleton(skeleton)
    , m_view(view)
    , m_thickness(thickness)
    , m_inflate(inflate)
{
}

// Overlapping hulls filled as one shape: no boolean union is needed, as the painter fills
// the inflated shape (its outline) and then the shape, which covers the inner seams.
QPainterPath FigureShapes::hulls(const QList<QList<BodyDisc>> &pieces) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (QList<BodyDisc> discs : pieces) {
        for (BodyDisc &disc : discs)
            disc.radius = disc.radius * m_thickness + m_inflate;
        path.addPolygon(discs.size() == 2 ? capsuleOf(discs.at(0), discs.at(1)) : hullOf(discs));
        path.closeSubpath();
    }
    return path;
}

QPainterPath FigureShapes::head() const
{
    const Skeleton &s = m_skeleton;
    const QPointF towardHead = s.head - s.neck;
    QList<QList<BodyDisc>> pieces{{{s.neck, 0.05}, {s.neck + towardHead * 0.55, 0.045}},
                                  {{s.head, body::headRadius}}};
    // The nose and chin only where they stand out of the head's outline: a face turned to
    // the viewer has none, and a bump beside the head would read as a second one.
    const QPointF nose = s.nose - s.head;
    if (std::hypot(nose.x(), nose.y()) > body::headRadius * 0.5)
        pieces.append({{s.nose, body::noseRadius}});
    return hulls(pieces);
}

QPainterPath FigureShapes::torso(double from, double to) const
{
    if (m_view == PoseView::Side)
        return profileTorso(from, to);
    QList<QList<BodyDisc>> pieces;
    const int steps = std::max(1, int(std::ceil((to - from) * spineSamples)));
    QList<BodyDisc> previous = torsoDiscsAt(m_skeleton, m_view, from);
    for (int step = 1; step <= steps; ++step) {
        const QList<BodyDisc> next =
            torsoDiscsAt(m_skeleton, m_view, from + (to - from) * step / steps);
        pieces.append(previous + next);
        previous = next;
    }
    return hulls(pieces);
}

// In profile the torso is one disc per point of the spine: its outline is the spine's curve
// offset by the torso's thickness on either side, with round ends.
QPainterPath FigureShapes::profileTorso(double from, double to) const
{
    const int steps = std::max(2, int(std::ceil((to - from) * spineSamples * 2)));
    QPolygonF front;
    QPolygonF back;
    double firstAngle = 0;
    double lastAngle = 0;
    for (int step = 0; step <= steps; ++step) {
        const double t = from + (to - from) * step / steps;
        const QPointF centre = spinePoint(m_skeleton, t);
        const QPointF ahead = spinePoint(m_skeleton, std::min(1.0, t + 0.01)) -
                              spinePoint(m_skeleton, std::max(0.0, t - 0.01));
        const double angle = qRadiansToDegrees(std::atan2(ahead.y(), ahead.x()));
        const double radius =
            body::torsoRadiusAt(m_view, t, m_skeleton.twist) * m_thickness + m_inflate;
        front.append(centre + direction(angle + 90) * radius);
        back.append(centre + direction(angle - 90) * radius);
        if (step == 0)
            firstAngle = angle;
        lastAngle = angle;
    }
    const double endRadius =
        body::torsoRadiusAt(m_view, to, m_skeleton.twist) * m_thickness + m_inflate;
    const double startRadius =
        body::torsoRadiusAt(m_view, from, m_skeleton.twist) * m_thickness + m_inflate;
    QPolygonF outline = front;
    appendArc(outline, spinePoint(m_skeleton, to), endRadius, lastAngle + 90, lastAngle - 90);
    for (qsizetype index = back.size() - 1; index >= 0; --index)
        outline.append(back.at(index));
    appendArc(outline, spinePoint(m_skeleton, from), startRadius, firstAngle - 90,
              firstAngle - 270);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addPolygon(outline);
    path.closeSubpath();
    return path;
}

QPainterPath FigureShapes::thigh(const Skeleton::Limb &leg, double kneeGrowth) const
{
    return hulls({{{leg.root, body::thighRadius}, {leg.middle, body::kneeRadius * kneeGrowth}}});
}

QPainterPath FigureShapes::shin(const Skeleton::Limb &leg, double kneeGrowth) const
{
    return hulls({{{leg.middle, body::kneeRadius * kneeGrowth}, {leg.end, body::ankleRadius}}});
}

QPainterPath FigureShapes::foot(const Skeleton::Limb &leg) const
{
    if (m_view == PoseView::Front) {
        // A foot pointing at the viewer, seen foreshortened: an oval from heel to toes.
        return hulls({{{leg.end, body::ankleRadius * 1.15}, {leg.tip, body::footRadius * 1.2}}});
    }
    // Heel, ball and toes: a wedge that shows which way the foot points, bent at the ball
    // when it stands on it.
    const Toes toes = toesOf(leg);
    const BodyDisc ball{toes.ball, ballRadius};
    return hulls({{{heelOf(leg), body::footRadius * 1.15}, {leg.end, body::ankleRadius}, ball},
                  {ball, {toes.tip, body::toeRadius}}});
}

QPainterPath FigureShapes::arm(const Skeleton::Limb &arm) const
{
    return hulls({{{arm.root, body::upperArmRadius}, {arm.middle, body::elbowRadius}},
                  {{arm.middle, body::elbowRadius}, {arm.end, body::wristRadius}}});
}

QPainterPath FigureShapes::hand(const Skeleton::Limb &arm) const
{
    // A mitten: a palm a little wider than the wrist, tapering to the fingertips.
    const QPointF palm = arm.end + (arm.tip - arm.end) * 0.42;
    return hulls({{{arm.end, body::wristRadius * 0.9},
                   {palm, body::wristRadius * 1.3},
                   {arm.tip, body::fingerRadius * 1.05}}});
}

QPainterPath FigureShapes::region(BodyPart part) const
{
    switch (part) {
    case BodyPart::LowerBack:
        return torso(0.12, 0.56);
    case BodyPart::UpperBack:
        return torso(0.5, 0.92);
    case BodyPart::Pelvis:
        return torso(0, 0.22);
    case BodyPart::NearThigh:
        return thigh(m_skeleton.nearLeg);
    case BodyPart::FarThigh:
        return thigh(m_skeleton.farLeg);
    case BodyPart::NearShin:
        return shin(m_skeleton.nearLeg);
    case BodyPart::FarShin:
        return shin(m_skeleton.farLeg);
    }
    return {};
}

} // namespace limber
