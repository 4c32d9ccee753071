#include "widgets/AppIcon.h"

#include <gtest/gtest.h>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace {

const QString iconPath = QStringLiteral(":/icons/limber.svg");

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
    }
    return count;
}

TEST(AppIconTest, WindowIconIsAValidSvgResource)
{
    QSvgRenderer renderer(iconPath);
    ASSERT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.defaultSize(), QSize(256, 256));
}

TEST(AppIconTest, IconDrawsAtTheSmallestAndLargestSizes)
{
    const QIcon icon(iconPath);
    for (const int size : {16, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        ASSERT_EQ(image.size(), QSize(size, size)) << size;
        // The rounded square fills most of the canvas; its corners stay transparent.
        EXPECT_GT(opaquePixels(image), size * size / 2) << size;
        EXPECT_LT(qAlpha(image.pixel(0, 0)), 255) << size;
    }
}

TEST(AppIconTest, TheWindowAndTrayIconIsTheSvgRenderedAtEachSize)
{
    const QIcon icon = limber::appIcon();
    QSvgRenderer renderer(iconPath);
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        ASSERT_TRUE(icon.availableSizes().contains(QSize(size, size))) << size;
        QImage drawn(size, size, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        renderer.render(&painter);
        painter.end();
        const QImage shipped = icon.pixmap(size, size).toImage().convertToFormat(drawn.format());
        EXPECT_EQ(shipped, drawn) << size;
    }
}

} // namespace
