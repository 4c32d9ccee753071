#include "figures/FigureArrows.h"

#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <QtMath>

namespace limber {

namespace {

constexpr double arrowWidth = 0.024;
constexpr int arcSteps = 48;

QPen roundPen(const QColor &color, double width)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

QList<QPointF> arrowArcPoints(const Skeleton &skeleton, const MotionArrow &arrow)
{
    const QPointF centre = jointPosition(skeleton, arrow.anchor) + arrow.offset;
    QList<QPointF> points;
    for (int step = 0; step <= arcSteps; ++step) {
        const double angle =
            arrow.fromAngle + (arrow.toAngle - arrow.fromAngle) * step / double(arcSteps);
        const double radians = qDegreesToRadians(angle);
        const QPointF unit(std::cos(radians), std::sin(radians));
        points.append(centre + QPointF(unit.x(), unit.y() * arrow.aspect) * arrow.radius);
    }
    return points;
}

void paintMotionArrows(QPainter &painter, const Skeleton &skeleton,
                       const QList<MotionArrow> &arrows, const FigureColors &colors,
                       double gapWidth)
{
    for (const MotionArrow &arrow : arrows) {
        const QList<QPointF> points = arrowArcPoints(skeleton, arrow);
        // The shaft stops inside each head, so its round cap never pokes out.
        QPolygonF shaft(points);
        const auto inHead = [](const QPointF &point, const QPointF &tip) {
            return std::hypot(point.x() - tip.x(), point.y() - tip.y()) < arrowHeadSize * 0.6;
        };
        while (shaft.size() > 2 && inHead(shaft.last(), points.last()))
            shaft.removeLast();
        while (arrow.bothWays && shaft.size() > 2 && inHead(shaft.first(), points.first()))
            shaft.removeFirst();
        QList<QPolygonF> heads;
        const auto head = [&](const QPointF &tip, const QPointF &before) {
            const QPointF along = tip - before;
            const double size = std::hypot(along.x(), along.y());
            if (size <= 0)
                return;
            const QPointF unit = along / size;
            const QPointF normal(-unit.y(), unit.x());
            const QPointF point = tip + unit * arrowHeadSize * 0.3;
            const QPointF base = point - unit * arrowHeadSize;
            heads.append(QPolygonF{point, base + normal * arrowHeadSize * 0.55,
                                   base - normal * arrowHeadSize * 0.55});
        };
        head(points.last(), points.at(points.size() - 2));
        if (arrow.bothWays)
            head(points.first(), points.at(1));

        // A background outline keeps the arrow clear where it crosses the figure.
        painter.setBrush(colors.background);
        painter.setPen(roundPen(colors.background, 2 * gapWidth));
        for (const QPolygonF &triangle : heads)
            painter.drawPolygon(triangle);
        painter.setPen(roundPen(colors.background, arrowWidth + 2 * gapWidth));
        painter.drawPolyline(shaft);

        painter.setPen(roundPen(colors.motion, arrowWidth));
        painter.drawPolyline(shaft);
        painter.setPen(roundPen(colors.motion, arrowWidth * 0.4));
        painter.setBrush(colors.motion);
        for (const QPolygonF &triangle : heads)
            painter.drawPolygon(triangle);
    }
}

} // namespace limber
