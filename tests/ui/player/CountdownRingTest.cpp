#include "player/CountdownRing.h"

#include <gtest/gtest.h>
#include <QPainter>

using namespace limber;

namespace {

// The ring is put together from images drawn beforehand; it must look like the arc Qt draws.
QImage referenceRing(QSize size, double progress, Qt::LayoutDirection direction, QColor accent,
                     QColor ink)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(size.width(), size.height());
    const double thickness = std::max(6.0, side * 0.06);
    const QRectF ring(QPointF((size.width() - side) / 2 + thickness / 2,
                              (size.height() - side) / 2 + thickness / 2),
                      QSizeF(side - thickness, side - thickness));
    QColor track = ink;
    track.setAlphaF(0.12f);
    painter.setPen(QPen(track, thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);
    painter.setPen(QPen(accent, thickness, Qt::SolidLine, Qt::RoundCap));
    const int span = int(std::round((1.0 - progress) * 360 * 16));
    if (span > 0)
        painter.drawArc(ring, 90 * 16, (direction == Qt::RightToLeft ? -1 : 1) * span);
    return image;
}

// Share of the ring's pixels (outside the digits' square) that differ visibly.
double ringDifference(const QImage &shown, const QImage &reference)
{
    const QPointF centre = QRectF(shown.rect()).center();
    const double side = std::min(shown.width(), shown.height());
    int ring = 0;
    int differing = 0;
    for (int y = 0; y < shown.height(); ++y) {
        for (int x = 0; x < shown.width(); ++x) {
            const double distance = std::hypot(x + 0.5 - centre.x(), y + 0.5 - centre.y());
            if (distance < side * 0.4)
                continue;
            ++ring;
            const QRgb a = shown.pixel(x, y);
            const QRgb b = reference.pixel(x, y);
            const int diff = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                       std::abs(qBlue(a) - qBlue(b))});
            if (diff > 80)
                ++differing;
        }
    }
    return double(differing) / std::max(1, ring);
}

TEST(CountdownRingTest, TheRingLooksLikeTheArcQtDraws)
{
    const QColor accent(220, 90, 10);
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        for (const double progress : {0.0, 0.08, 0.37, 0.5, 0.81, 0.995, 1.0}) {
            CountdownRing ring;
            ring.setLayoutDirection(direction);
            ring.setAccent(accent);
            ring.setCountdown(QStringLiteral("1:52"), progress);
            ring.resize(260, 300);
            QImage shown(ring.size(), QImage::Format_ARGB32_Premultiplied);
            shown.fill(ring.palette().color(QPalette::Window));
            ring.render(&shown, QPoint(), QRegion(), QWidget::DrawChildren);
            QImage reference(ring.size(), QImage::Format_ARGB32_Premultiplied);
            reference.fill(ring.palette().color(QPalette::Window));
            QPainter(&reference)
                .drawImage(0, 0,
                           referenceRing(ring.size(), progress, direction, accent,
                                         ring.palette().color(QPalette::WindowText)));
            EXPECT_LT(ringDifference(shown, reference), 0.004)
                << "progress " << progress << " direction " << int(direction);
        }
    }
}

TEST(CountdownRingTest, EachSecondShowsItsDigits)
{
    CountdownRing ring;
    ring.resize(200, 200);
    const auto shown = [&ring](const QString &text) {
        ring.setCountdown(text, 0.5);
        QImage image(ring.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        ring.render(&image);
        return image;
    };
    const QImage nine = shown(QStringLiteral("9"));
    const QImage eight = shown(QStringLiteral("8"));
    const QImage nineAgain = shown(QStringLiteral("9"));
    EXPECT_NE(nine, eight);
    EXPECT_EQ(nine, nineAgain);
}

} // namespace
