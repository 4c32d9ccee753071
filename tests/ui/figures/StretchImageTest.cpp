#include "figures/StretchImage.h"

#include "OwnStretchCatalog.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QPainter>

using namespace limber;

namespace {

QImage paintedInto(const StretchImage &image, const QSize &size)
{
    QImage canvas(size, QImage::Format_ARGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    image.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), Qt::black);
    return canvas;
}

bool isBlank(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                return false;
        }
    }
    return true;
}

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

class StretchImageTest : public testing::Test
{
protected:
    test::OwnStretchCatalog own;
};

} // namespace

TEST_F(StretchImageTest, APngIsScaledToFitKeepingItsShapeAndItsLeftOnTheLeft)
{
    const StretchImage image = StretchImage::load(own.pngPath());
    ASSERT_TRUE(image.isValid());
    EXPECT_EQ(image.naturalSize(), QSizeF(120, 80));
    // 120×80 in 300×300 is 300×200, centred: white bands above and below.
    const QImage canvas = paintedInto(image, QSize(300, 300));
    EXPECT_EQ(canvas.pixel(150, 20), qRgb(255, 255, 255));
    EXPECT_EQ(canvas.pixel(150, 280), qRgb(255, 255, 255));
    EXPECT_EQ(QColor(canvas.pixel(20, 150)).red(), 0xe0);
    EXPECT_EQ(QColor(canvas.pixel(280, 150)).blue(), 0xd0);
}

TEST_F(StretchImageTest, AnSvgIsDrawnByTheSvgRendererToFit)
{
    const StretchImage image = StretchImage::load(own.svgPath());
    ASSERT_TRUE(image.isValid());
    EXPECT_EQ(image.naturalSize(), QSizeF(100, 50));
    const QImage canvas = paintedInto(image, QSize(200, 200));
    EXPECT_EQ(canvas.pixel(100, 20), qRgb(255, 255, 255));
    EXPECT_EQ(QColor(canvas.pixel(10, 100)).red(), 0xe0);
    EXPECT_EQ(QColor(canvas.pixel(190, 100)).blue(), 0xd0);
}

TEST_F(StretchImageTest, WhatCannotBeReadDrawsAPlaceholderInstead)
{
    QTemporaryDir folder;
    QByteArray tooLarge;
    {
        QFile png(own.pngPath());
        ASSERT_TRUE(png.open(QIODevice::ReadOnly));
        tooLarge = png.readAll();
    }
    tooLarge.append(QByteArray(stretchLimits::maxImageBytes, '\0'));
    QImage bmp(10, 10, QImage::Format_RGB32);
    bmp.fill(Qt::red);
    const QString bmpPath = folder.filePath(QStringLiteral("picture.bmp"));
    ASSERT_TRUE(bmp.save(bmpPath, "BMP"));

    const QStringList unreadable{
        folder.filePath(QStringLiteral("nowhere.png")),
        writeFile(folder, QStringLiteral("garbage.png"), "\x89PNG\r\n\x1a\n not really"),
        writeFile(folder, QStringLiteral("empty.jpg"), QByteArray()),
        writeFile(folder, QStringLiteral("huge.png"), tooLarge),
        writeFile(folder, QStringLiteral("broken.svg"), "<svg><rect width="),
        // Compressed, it could unpack to far more than the limit.
        writeFile(folder, QStringLiteral("packed.svg"), QByteArray("\x1f\x8b\x08\x00", 4)),
        // Only PNG and JPEG are read, whatever else Qt's plugins could decode.
        bmpPath,
    };
    for (const QString &path : unreadable) {
        const StretchImage image = StretchImage::load(path);
        EXPECT_FALSE(image.isValid()) << path.toStdString();
        EXPECT_FALSE(isBlank(paintedInto(image, QSize(120, 120)))) << path.toStdString();
    }
}

TEST_F(StretchImageTest, ABigPhotoIsReadAtMostMaxSidePixelsWide)
{
    QTemporaryDir folder;
    QImage photo(StretchImage::maxSide * 2, 100, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    const QString path = folder.filePath(QStringLiteral("wide.jpg"));
    ASSERT_TRUE(photo.save(path, "JPEG"));
    const StretchImage image = StretchImage::load(path);
    ASSERT_TRUE(image.isValid());
    EXPECT_EQ(image.naturalSize(), QSizeF(StretchImage::maxSide, 50));
}
