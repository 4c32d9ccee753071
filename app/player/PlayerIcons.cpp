#include "player/PlayerIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace limber {

namespace {
constexpr int canvas = 48; // drawn at 48 px; QIcon scales it down crisply

QPainterPath triangle(double left, double top, double right, double bottom)
{
    QPainterPath path;
    path.moveTo(left, top);
    path.lineTo(right, (top + bottom) / 2);
    path.lineTo(left, bottom);
    path.closeSubpath();
    return path;
}

void paint(QPainter &painter, PlayerIcon icon, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    switch (icon) {
    case PlayerIcon::Play:
        painter.drawPath(triangle(14, 9, 39, 39));
        break;
    case PlayerIcon::Pause:
        painter.drawRoundedRect(QRectF(12, 10, 9, 28), 2, 2);
        painter.drawRoundedRect(QRectF(27, 10, 9, 28), 2, 2);
        break;
    case PlayerIcon::Previous: {
        painter.drawRoundedRect(QRectF(9, 11, 5, 26), 1.5, 1.5);
        QTransform flip(-1, 0, 0, 1, canvas, 0);
        painter.drawPath(flip.map(triangle(12, 11, 36, 37)));
        break;
    }
    case PlayerIcon::Next:
        painter.drawPath(triangle(12, 11, 36, 37));
        painter.drawRoundedRect(QRectF(34, 11, 5, 26), 1.5, 1.5);
        break;
    case PlayerIcon::Stop:
        painter.drawRoundedRect(QRectF(12, 12, 24, 24), 3, 3);
        break;
    case PlayerIcon::SoundOn:
    case PlayerIcon::SoundOff: {
        QPainterPath speaker;
        speaker.moveTo(8, 19);
        speaker.lineTo(16, 19);
        speaker.lineTo(26, 10);
        speaker.lineTo(26, 38);
        speaker.lineTo(16, 29);
        speaker.lineTo(8, 29);
        speaker.closeSubpath();
        painter.drawPath(speaker);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 3.5, Qt::SolidLine, Qt::RoundCap));
        if (icon == PlayerIcon::SoundOn) {
            painter.drawArc(QRectF(20, 16, 14, 16), -50 * 16, 100 * 16);
            painter.drawArc(QRectF(20, 10, 22, 28), -50 * 16, 100 * 16);
        } else {
            painter.drawLine(QPointF(32, 18), QPointF(42, 30));
            painter.drawLine(QPointF(42, 18), QPointF(32, 30));
        }
        break;
    }
    case PlayerIcon::FullScreen: {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QList<QPolygonF> corners = {
            QPolygonF{{9, 19}, {9, 9}, {19, 9}}, QPolygonF{{29, 9}, {39, 9}, {39, 19}},
            QPolygonF{{39, 29}, {39, 39}, {29, 39}}, QPolygonF{{19, 39}, {9, 39}, {9, 29}}};
        for (const QPolygonF &corner : corners)
            painter.drawPolyline(corner);
        break;
    }
    }
}
} // namespace

QIcon playerIcon(PlayerIcon icon, const QColor &color)
{
    QPixmap pixmap(canvas, canvas);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, icon, color);
    painter.end();
    return QIcon(pixmap);
}

} // namespace limber
