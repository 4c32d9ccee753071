#include "figures/FigurePainter.h"

#include "figures/FigureArrows.h"
#include "figures/FigureColors.h"
#include "figures/Illustration.h"
#include "model/Catalog.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
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

// Pixels tinted by the warm accent: the figure is grey, the arrows blue, so only the target
// region is clearly redder than it is blue.
int warmPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += qRed(line[x]) - qBlue(line[x]) > 60 ? 1 : 0;
    }
    return count;
}

TEST_F(FigurePainterTest, TargetsShowAsATintInTheAccentColour)
{
    forEachKeyframe([&](const Stretch &, const Illustration &illustration, const Pose &pose) {
        ASSERT_FALSE(illustration.highlighted.isEmpty());
        for (const int size : sizes)
            EXPECT_GT(warmPixels(render(illustration, pose, size)), size * size / 400) << size;
        Illustration plain = illustration;
        plain.highlighted.clear();
        for (const int size : sizes)
            EXPECT_EQ(warmPixels(render(plain, pose, size)), 0) << size;
    });
}

TEST_F(FigurePainterTest, TargetsShowInTheDarkAccentToo)
{
    forEachKeyframe([&](const Stretch &, const Illustration &illustration, const Pose &pose) {
        EXPECT_GT(warmPixels(render(illustration, pose, 96, darkPalette())), 96 * 96 / 400);
    });
}

TEST_F(FigurePainterTest, TheTintStaysInsideThePartsOutline)
{
    // The tint is translucent and drawn inside the part: the outline round a highlighted
    // part is as dark as round any other, and no accent leaks onto the background.
    const Illustration &lunge = illustrationOf(u"runners-lunge");
    const QImage image = render(lunge, lunge.keyframes.at(1), 400);
    Illustration plain = lunge;
    plain.highlighted.clear();
    const QImage untinted = render(plain, lunge.keyframes.at(1), 400);
    const QColor window = lightPalette().color(QPalette::Window);
    int changedOutside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (close(untinted.pixel(x, y), window.rgb(), 0) &&
                image.pixel(x, y) != untinted.pixel(x, y))
                ++changedOutside;
        }
    }
    EXPECT_EQ(changedOutside, 0);
    const QColor outline = FigureColors::fromPalette(lightPalette()).outline;
    EXPECT_GT(pixelsOf(image, outline, 6), 400);
    // Only antialiased pixels where the tint meets the outline's inner edge may change.
    EXPECT_GT(pixelsOf(image, outline, 6), 0.95 * pixelsOf(untinted, outline, 6));
}

TEST_F(FigurePainterTest, ThumbnailsDropArrowsAndThickenTheFigure)
{
    const QColor motion = FigureColors::fromPalette(lightPalette()).motion;
    forEachKeyframe([&](const Stretch &, const Illustration &illustration, const Pose &pose) {
        EXPECT_GT(pixelsOf(render(illustration, pose, 400), motion, 24), 100);
        EXPECT_EQ(pixelsOf(render(illustration, pose, 64), motion, 60), 0);
    });
    EXPECT_TRUE(FigurePainter::isThumbnail(QRectF(0, 0, 64, 64)));
    EXPECT_FALSE(FigurePainter::isThumbnail(QRectF(0, 0, 256, 256)));
}

// At thumbnail size every stretch still looks unlike every other: no two held pictures are
// nearly the same image.
TEST_F(FigurePainterTest, ThumbnailsAreDistinguishable)
{
    QList<QPair<QString, QImage>> thumbnails;
    for (const Stretch &stretch : Catalog::builtIn().stretches()) {
        const Illustration &illustration = illustrationOf(stretch.id());
        thumbnails.append({stretch.id(), render(illustration, stillPoseOf(illustration), 64)});
    }
    for (qsizetype a = 0; a < thumbnails.size(); ++a) {
        for (qsizetype b = a + 1; b < thumbnails.size(); ++b) {
            EXPECT_LT(shareAlike(thumbnails.at(a).second, thumbnails.at(b).second, 24), 0.93)
                << thumbnails.at(a).first.toStdString() << " and "
                << thumbnails.at(b).first.toStdString();
        }
    }
}

// How far a point lies outside the drawn body (negative inside): the body as tapered
// capsules between the discs it is drawn through, joint to joint.
double clearanceFromBody(const Skeleton &skeleton, PoseView view, const QPointF &point)
{
    const QList<BodyDisc> discs = surfaceOf(skeleton, view);
    double nearest = std::numeric_limits<double>::max();
    const auto capsule = [&](const BodyDisc &a, const BodyDisc &b) {
        const QPointF along = b.centre - a.centre;
        const double squared = QPointF::dotProduct(along, along);
        const double t =
            squared > 0
                ? std::clamp(QPointF::dotProduct(point - a.centre, along) / squared, 0.0, 1.0)
                : 0.0;
        const QPointF closest = a.centre + along * t;
        const double radius = a.radius + (b.radius - a.radius) * t;
        nearest = std::min(nearest,
                           std::hypot(point.x() - closest.x(), point.y() - closest.y()) - radius);
    };
    for (const BodyDisc &disc : discs)
        capsule(disc, disc);
    for (const Skeleton::Limb *limb :
         {&skeleton.nearArm, &skeleton.farArm, &skeleton.nearLeg, &skeleton.farLeg}) {
        capsule({limb->root, 0.04}, {limb->middle, 0.04});
        capsule({limb->middle, 0.035}, {limb->end, 0.03});
        capsule({limb->end, 0.025}, {limb->tip, 0.02});
    }
    for (int index = 0; index < spineSamples; ++index) {
        for (const BodyDisc &a : torsoDiscsAt(skeleton, view, index / double(spineSamples))) {
            for (const BodyDisc &b :
                 torsoDiscsAt(skeleton, view, (index + 1) / double(spineSamples)))
                capsule(a, b);
        }
    }
    return nearest;
}

TEST_F(FigurePainterTest, ArrowsStayClearOfTheBody)
{
    for (const Stretch &stretch : Catalog::builtIn().stretches()) {
        const Illustration &illustration = illustrationOf(stretch.id());
        const Pose &pose = stillPoseOf(illustration);
        const Skeleton skeleton = groundedSkeletonOf(pose);
        for (const MotionArrow &arrow : illustration.arrows) {
            double closest = std::numeric_limits<double>::max();
            for (const QPointF &point : arrowArcPoints(skeleton, arrow))
                closest = std::min(closest, clearanceFromBody(skeleton, pose.view, point));
            // The shaft is 0.024 wide: half of it and a gap's width between it and any limb.
            EXPECT_GT(closest, 0.025) << stretch.id().toStdString();
        }
    }
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

// The stretched region is told apart by its texture, not only by its colour: painted with the
// accent made the body's own grey, it still differs from the same figure without a target.
TEST(FigureHighlightTest, TheStretchedRegionShowsWithoutItsColour)
{
    FigureColors colours = FigureColors::fromPalette(lightPalette());
    colours.target = colours.body;
    const Illustration &highlighted = illustrationOf(QStringLiteral("knee-to-chest"));
    ASSERT_FALSE(highlighted.highlighted.isEmpty());
    Illustration plain = highlighted;
    plain.highlighted.clear();
    const auto renderWith = [&](const Illustration &illustration) {
        QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
        image.fill(colours.background);
        QPainter painter(&image);
        FigurePainter(colours).paint(painter, QRectF(0, 0, 400, 400), illustration,
                                     illustration.keyframes.constFirst(), false);
        return image;
    };
    const QImage withTarget = renderWith(highlighted);
    const QImage without = renderWith(plain);
    int differing = 0;
    for (int y = 0; y < 400; ++y) {
        for (int x = 0; x < 400; ++x)
            differing += close(withTarget.pixel(x, y), without.pixel(x, y), 24) ? 0 : 1;
    }
    // Without the hatching the two are the same picture. With it, the lines across one thigh
    // and hip (a 1.2 px line every 6 px) change a few hundred pixels, far more than an edge.
    EXPECT_GT(differing, 150);
}
