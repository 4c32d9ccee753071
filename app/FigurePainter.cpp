#include "FigurePainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <limits>

namespace limber {

namespace {

constexpr double margin = 0.08; // around the figure, in body units
constexpr double matThickness = 0.035;
constexpr double arrowWidth = 0.022;
constexpr int arcSteps = 24;

QPointF direction(double degrees)
{
    const double radians = qDegreesToRadians(degrees);
    return {std::cos(radians), std::sin(radians)};
}

QPen roundPen(const QColor &color, double width)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

void segment(QPainter &painter, const QPointF &from, const QPointF &to, const QColor &color,
             double radius)
{
    painter.setPen(roundPen(color, 2 * radius));
    painter.drawLine(from, to);
}

// QRectF::united ignores empty rectangles, so points are collected by hand.
class BoundsBuilder
{
public:
    void include(const QPointF &point, double radius = 0)
    {
        m_left = std::min(m_left, point.x() - radius);
        m_right = std::max(m_right, point.x() + radius);
        m_bottom = std::min(m_bottom, point.y() - radius);
        m_top = std::max(m_top, point.y() + radius);
    }

    void include(const Skeleton &skeleton)
    {
        for (const QPointF &point : {skeleton.pelvis, skeleton.midSpine, skeleton.neck})
            include(point, body::torsoRadius * 1.25);
        include(skeleton.head, body::headRadius);
        for (const Skeleton::Limb *limb :
             {&skeleton.nearArm, &skeleton.farArm, &skeleton.nearLeg, &skeleton.farLeg}) {
            for (const QPointF &point : {limb->middle, limb->end, limb->tip})
                include(point, body::thighRadius);
        }
    }

    bool isEmpty() const { return m_left > m_right; }
    // y up: "top" is the largest y.
    QRectF rect() const { return QRectF(m_left, m_bottom, m_right - m_left, m_top - m_bottom); }

private:
    double m_left = std::numeric_limits<double>::max();
    double m_right = std::numeric_limits<double>::lowest();
    double m_bottom = std::numeric_limits<double>::max();
    double m_top = std::numeric_limits<double>::lowest();
};

Skeleton placed(const Pose &pose)
{
    return groundedSkeletonOf(pose);
}

QList<QPointF> arcPoints(const QPointF &centre, const MotionArrow &arrow)
{
    QList<QPointF> points;
    for (int step = 0; step <= arcSteps; ++step) {
        const double angle =
            arrow.fromAngle + (arrow.toAngle - arrow.fromAngle) * step / double(arcSteps);
        points.append(centre + direction(angle) * arrow.radius);
    }
    return points;
}

} // namespace

FigurePainter::FigurePainter(FigureColors colors)
    : m_colors(std::move(colors))
{
}

QRectF FigurePainter::boundsOf(const Illustration &illustration)
{
    BoundsBuilder bounds;
    for (const Pose &pose : illustration.keyframes) {
        const Skeleton skeleton = placed(pose);
        bounds.include(skeleton);
        for (const MotionArrow &arrow : illustration.arrows) {
            for (const QPointF &point : arcPoints(jointPosition(skeleton, arrow.anchor), arrow))
                bounds.include(point, arrowWidth * 3);
        }
        // The mat under anything that rests on the floor.
        if (pose.view != PoseView::Top)
            bounds.include(QPointF(skeleton.pelvis.x(), -matThickness));
    }
    if (bounds.isEmpty())
        return QRectF(-0.5, 0, 1, 1);
    return bounds.rect().adjusted(-margin, -margin, margin, margin);
}

void FigurePainter::paint(QPainter &painter, const QRectF &target, const Illustration &illustration,
                          const Pose &pose, bool mirrored) const
{
    const QRectF bounds = boundsOf(illustration);
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.center());
    // Body units have y up; the painter's y points down.
    painter.scale(mirrored ? -scale : scale, -scale);
    painter.translate(-bounds.center());

    paintMat(painter, bounds, pose.view);
    const Skeleton skeleton = placed(pose);
    paintBody(painter, skeleton, illustration, pose.view);
    paintArrows(painter, skeleton, illustration);
    painter.restore();
}

void FigurePainter::paintMat(QPainter &painter, const QRectF &bounds, PoseView view) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colors.mat);
    if (view == PoseView::Top) {
        const QRectF mat =
            bounds.adjusted(margin * 0.5, margin * 0.5, -margin * 0.5, -margin * 0.5);
        painter.drawRoundedRect(mat, 0.04, 0.04);
        return;
    }
    const double inset = margin * 0.5;
    painter.drawRoundedRect(
        QRectF(bounds.left() + inset, -matThickness, bounds.width() - 2 * inset, matThickness),
        matThickness / 2, matThickness / 2);
}

void FigurePainter::paintBody(QPainter &painter, const Skeleton &skeleton,
                              const Illustration &illustration, PoseView view) const
{
    const auto targeted = [&illustration](BodyPart part) {
        return illustration.highlighted.contains(part);
    };
    const auto colourOf = [&](BodyPart part, const QColor &normal) {
        return targeted(part) ? m_colors.target : normal;
    };
    const bool side = view == PoseView::Side;
    const QColor farColour = side ? m_colors.farSide : m_colors.nearSide;

    const auto paintLeg = [&](const Skeleton::Limb &leg, const QColor &colour, BodyPart thigh,
                              BodyPart shin) {
        segment(painter, leg.end, leg.tip, colour, body::footRadius);
        segment(painter, leg.middle, leg.end, colourOf(shin, colour), body::shinRadius);
        segment(painter, leg.root, leg.middle, colourOf(thigh, colour), body::thighRadius);
    };
    const auto paintArm = [&](const Skeleton::Limb &arm, const QColor &colour) {
        segment(painter, arm.end, arm.tip, colour, body::handRadius);
        segment(painter, arm.middle, arm.end, colour, body::forearmRadius);
        segment(painter, arm.root, arm.middle, colour, body::upperArmRadius);
    };

    // Far side first, so the body and the near side overlap it.
    paintArm(skeleton.farArm, farColour);
    paintLeg(skeleton.farLeg, farColour, BodyPart::FarThigh, BodyPart::FarShin);
    if (!side)
        paintLeg(skeleton.nearLeg, m_colors.nearSide, BodyPart::NearThigh, BodyPart::NearShin);

    segment(painter, skeleton.pelvis, skeleton.midSpine,
            colourOf(BodyPart::LowerBack, m_colors.body), body::torsoRadius * 1.1);
    segment(painter, skeleton.midSpine, skeleton.neck, colourOf(BodyPart::UpperBack, m_colors.body),
            body::torsoRadius * 1.15);
    segment(painter, skeleton.neck, skeleton.head, m_colors.body, body::torsoRadius * 0.45);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourOf(BodyPart::Pelvis, m_colors.body));
    painter.drawEllipse(skeleton.pelvis, body::torsoRadius * 1.25, body::torsoRadius * 1.25);
    painter.setBrush(m_colors.body);
    painter.drawEllipse(skeleton.head, body::headRadius, body::headRadius);

    if (side)
        paintLeg(skeleton.nearLeg, m_colors.nearSide, BodyPart::NearThigh, BodyPart::NearShin);
    paintArm(skeleton.nearArm, m_colors.nearSide);
}

void FigurePainter::paintArrows(QPainter &painter, const Skeleton &skeleton,
                                const Illustration &illustration) const
{
    for (const MotionArrow &arrow : illustration.arrows) {
        const QList<QPointF> points = arcPoints(jointPosition(skeleton, arrow.anchor), arrow);
        QPainterPath path(points.first());
        for (qsizetype index = 1; index < points.size(); ++index)
            path.lineTo(points.at(index));
        painter.setPen(roundPen(m_colors.motion, arrowWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);

        const auto head = [&](const QPointF &tip, const QPointF &before) {
            const QPointF along = tip - before;
            const double length = std::hypot(along.x(), along.y());
            if (length <= 0)
                return;
            const QPointF unit = along / length;
            const QPointF normal(-unit.y(), unit.x());
            const double size = arrowWidth * 3.2;
            const QPolygonF triangle{tip + unit * size * 0.6,
                                     tip - unit * size * 0.6 + normal * size * 0.7,
                                     tip - unit * size * 0.6 - normal * size * 0.7};
            painter.setPen(roundPen(m_colors.motion, arrowWidth * 0.5));
            painter.setBrush(m_colors.motion);
            painter.drawPolygon(triangle);
        };
        head(points.last(), points.at(points.size() - 2));
        if (arrow.bothWays)
            head(points.first(), points.at(1));
    }
}

} // namespace limber
