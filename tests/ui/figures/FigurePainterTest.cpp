#include "figures/FigurePainter.h"

#include "figures/FigureColors.h"
#include "figures/Illustration.h"
#include "model/Catalog.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>

using namespace limber;

namespace {

constexpr int sizes[] = {96, 400};

QPalette palette(const QColor &window, const QColor &text)
{
    QPalette result;
    result.setColor(QPalette::Window, window);
    result.setColor(QPalette::WindowText, text);
    return result;
}

QPalette lightPalette()
{
    return palette(QColor(0xef, 0xef, 0xef), QColor(0x1e, 0x1e, 0x1e));
}

QPalette darkPalette()
{
    return palette(QColor(0x2b, 0x2b, 0x2b), QColor(0xee, 0xee, 0xee));
}

QImage render(const Illustration &illustration, const Pose &pose, int size,
              const QPalette &colours = lightPalette(), bool mirrored = false)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(colours.color(QPalette::Window));
    QPainter painter(&image);
    FigurePainter(FigureColors::fromPalette(colours))
        .paint(painter, QRectF(0, 0, size, size), illustration, pose, mirrored);
    painter.end();
    return image;
}

bool close(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance &&
           std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

// Pixels of (about) one colour: antialiased edges and translucent halos blend it with
// something else, so only solid fills count.
int pixelsOf(const QImage &image, const QColor &colour, int tolerance = 3)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += close(line[x], colour.rgb(), tolerance) ? 1 : 0;
    }
    return count;
}

double shareAlike(const QImage &a, const QImage &b, int tolerance)
{
    int alike = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            alike += close(a.pixel(x, y), b.pixel(x, y), tolerance) ? 1 : 0;
    }
    return double(alike) / (a.width() * a.height());
}

// Any warning while painting (a bad QPainter state, an invalid path) fails the test.
void failOnWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ADD_FAILURE() << "Qt warned: " << message.toStdString();
}

class FigurePainterTest : public testing::Test
{
protected:
    void SetUp() override { m_previous = qInstallMessageHandler(failOnWarnings); }
    void TearDown() override { qInstallMessageHandler(m_previous); }

    template<typename Check> void forEachKeyframe(Check check)
    {
        for (const Stretch &stretch : Catalog::builtIn().stretches()) {
            const Illustration &illustration = illustrationOf(stretch.id());
            for (qsizetype index = 0; index < illustration.keyframes.size(); ++index) {
                SCOPED_TRACE(stretch.id().toStdString() + " keyframe " + std::to_string(index));
                check(stretch, illustration, illustration.keyframes.at(index));
            }
        }
    }

private:
    QtMessageHandler m_previous = nullptr;
};

TEST_F(FigurePainterTest, EveryKeyframeRendersAtEverySize)
{
    forEachKeyframe([](const Stretch &, const Illustration &illustration, const Pose &pose) {
        for (const int size : sizes) {
            const QImage image = render(illustration, pose, size);
            const QColor window = lightPalette().color(QPalette::Window);
            // A figure is drawn, big enough to read and not a blot: what is neither of the two
            // commonest colours (the window and the mat).
            QHash<QRgb, int> histogram;
            for (int y = 0; y < size; ++y) {
                for (int x = 0; x < size; ++x)
                    ++histogram[image.pixel(x, y)];
            }
            QList<int> counts = histogram.values();
            std::sort(counts.begin(), counts.end(), std::greater<>());
            const int figure = size * size - counts.value(0) - counts.value(1);
            EXPECT_GT(figure, size * size * 0.04) << size;
            EXPECT_LT(figure, size * size * 0.5) << size;
            // The figure fits: the image's border stays clear.
            for (int i = 0; i < size; ++i) {
                for (const QPoint edge :
                     {QPoint(i, 0), QPoint(i, size - 1), QPoint(0, i), QPoint(size - 1, i)})
                    ASSERT_TRUE(close(image.pixel(edge), window.rgb(), 2)) << size;
            }
        }
    });
}

TEST_F(FigurePainterTest, TargetsShowInTheAccentColour)
{
    const QColor target = FigureColors::fromPalette(lightPalette()).target;
    forEachKeyframe([&](const Stretch &, const Illustration &illustration, const Pose &pose) {
        ASSERT_FALSE(illustration.highlighted.isEmpty());
        for (const int size : sizes)
            EXPECT_GT(pixelsOf(render(illustration, pose, size), target), size * size / 400)
                << size;
        Illustration plain = illustration;
        plain.highlighted.clear();
        for (const int size : sizes)
            EXPECT_EQ(pixelsOf(render(plain, pose, size), target, 24), 0) << size;
    });
}

TEST_F(FigurePainterTest, TargetsShowInTheDarkAccentToo)
{
    const QColor target = FigureColors::fromPalette(darkPalette()).target;
    forEachKeyframe([&](const Stretch &, const Illustration &illustration, const Pose &pose) {
        EXPECT_GT(pixelsOf(render(illustration, pose, 96, darkPalette()), target), 96 * 96 / 400);
    });
}

TEST_F(FigurePainterTest, MirroredIsTheFlippedImage)
{
    forEachKeyframe([](const Stretch &, const Illustration &illustration, const Pose &pose) {
        for (const int size : sizes) {
            const QImage plain = render(illustration, pose, size);
            const QImage mirrored = render(illustration, pose, size, lightPalette(), true);
            EXPECT_NE(plain, mirrored) << size; // no figure is symmetric in profile
            EXPECT_GE(shareAlike(mirrored, plain.mirrored(true, false), 8), 0.995) << size;
        }
    });
}

TEST_F(FigurePainterTest, PaletteDecidesTheColours)
{
    const QPalette light = lightPalette();
    const QPalette dark = darkPalette();
    const FigureColors day = FigureColors::fromPalette(light);
    const FigureColors night = FigureColors::fromPalette(dark);
    EXPECT_NE(day.body, night.body);
    EXPECT_NE(day.body, light.color(QPalette::Window));
    EXPECT_NE(night.body, dark.color(QPalette::Window));
    EXPECT_NE(day.target, day.body);
    EXPECT_NE(day.motion, day.target);
    // Near limbs stand out most from the background: darker by day, lighter at night.
    EXPECT_LT(day.nearSide.lightnessF(), day.farSide.lightnessF());
    EXPECT_GT(night.nearSide.lightnessF(), night.farSide.lightnessF());
    EXPECT_EQ(day.background, light.color(QPalette::Window));

    // And the rendering uses them.
    const Illustration &lunge = illustrationOf(u"runners-lunge");
    const QImage byDay = render(lunge, lunge.keyframes.at(1), 400, light);
    const QImage byNight = render(lunge, lunge.keyframes.at(1), 400, dark);
    EXPECT_GT(pixelsOf(byDay, day.body), 500);
    EXPECT_GT(pixelsOf(byNight, night.body), 500);
    EXPECT_GT(pixelsOf(byDay, day.nearSide), 500);
    EXPECT_GT(pixelsOf(byNight, night.farSide), 500);
}

TEST_F(FigurePainterTest, ScaleStaysFixedThroughAnAnimation)
{
    const Illustration &catCow = illustrationOf(u"cat-cow");
    const QRectF bounds = FigurePainter::boundsOf(catCow);
    for (const Pose &pose : catCow.keyframes) {
        for (const BodyDisc &disc : surfaceOf(groundedSkeletonOf(pose), pose.view)) {
            EXPECT_TRUE(bounds.contains(disc.centre));
            EXPECT_GE(disc.centre.y() - disc.radius, bounds.top() - 1e-9);
        }
    }
    EXPECT_EQ(bounds, FigurePainter::boundsOf(catCow));
}

TEST_F(FigurePainterTest, AnEmptyIllustrationDrawsNothing)
{
    const QImage image = render(Illustration(), Pose(), 96);
    EXPECT_EQ(pixelsOf(image, lightPalette().color(QPalette::Window), 0), 96 * 96);
}

} // namespace
