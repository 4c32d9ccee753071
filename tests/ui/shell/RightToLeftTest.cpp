#include "figures/IllustrationWidget.h"
#include "model/Catalog.h"
#include "player/BreathingPacer.h"
#include "player/CountdownRing.h"
#include "shell/Translations.h"

#include <cmath>
#include <gtest/gtest.h>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QWidget>

using namespace limber;

namespace {

// Restores the default locale the catalogues set, whatever the test does.
class RightToLeftTest : public ::testing::Test
{
protected:
    ~RightToLeftTest() override { QLocale::setDefault(m_saved); }

private:
    QLocale m_saved;
};

TEST_F(RightToLeftTest, ArabicLaysTheWindowsOutFromRightToLeft)
{
    ASSERT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    {
        Translations translations;
        translations.switchTo(QStringLiteral("ar"));
        EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        EXPECT_TRUE(QWidget().isRightToLeft());

        // Switching language while running turns the layout around again.
        translations.switchTo(QStringLiteral("fr"));
        EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        translations.switchTo(QStringLiteral("ar"));
        EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    }
    // Its catalogue removed, English lays out from left to right.
    EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

QImage figureOf(const QString &stretchId, bool mirrored, Qt::LayoutDirection direction)
{
    // Hidden, the figure stays in its starting pose: two pictures are comparable pixel for pixel.
    IllustrationWidget figure;
    figure.setLayoutDirection(direction);
    figure.setStretch(*Catalog::builtIn().find(stretchId), mirrored);
    figure.resize(240, 240);
    return figure.grab().toImage();
}

// The left leg is the left leg in every language: the picture of a side must not turn around
// with a right-to-left layout, or it would show the other side from the one the text names.
TEST_F(RightToLeftTest, TheFigureShowsTheSameSideInARightToLeftLayout)
{
    for (const bool mirrored : {false, true}) {
        const QImage leftToRight =
            figureOf(QStringLiteral("knee-to-chest"), mirrored, Qt::LeftToRight);
        EXPECT_EQ(figureOf(QStringLiteral("knee-to-chest"), mirrored, Qt::RightToLeft), leftToRight)
            << (mirrored ? "right side" : "left side");
    }
    // The comparison can tell the sides apart.
    EXPECT_NE(figureOf(QStringLiteral("knee-to-chest"), false, Qt::LeftToRight),
              figureOf(QStringLiteral("knee-to-chest"), true, Qt::LeftToRight));
}

TEST_F(RightToLeftTest, ALanguageWithACountryHasItsOwnCatalogue)
{
    Translations translations;
    translations.switchTo(QStringLiteral("pt_BR"));
    EXPECT_EQ(translations.catalogue(), QStringLiteral("pt_BR"));
    EXPECT_EQ(translations.locale(), QLocale(QLocale::Portuguese, QLocale::Brazil));
    // As a system locale writes it, and for Portuguese of another country.
    translations.switchTo(QStringLiteral("pt-BR"));
    EXPECT_EQ(translations.catalogue(), QStringLiteral("pt_BR"));
    translations.switchTo(QStringLiteral("pt_PT"));
    EXPECT_EQ(translations.catalogue(), QStringLiteral("pt_BR"));
    EXPECT_EQ(translations.locale().territory(), QLocale::Portugal);
    // A language's catalogue serves each of its countries.
    translations.switchTo(QStringLiteral("fr_CA"));
    EXPECT_EQ(translations.catalogue(), QStringLiteral("fr"));
    EXPECT_EQ(translations.locale().territory(), QLocale::Canada);
    translations.switchTo(QStringLiteral("it"));
    EXPECT_EQ(translations.catalogue(), QStringLiteral("it"));
    // One Limber does not speak falls back to English.
    translations.switchTo(QStringLiteral("ja"));
    EXPECT_EQ(translations.catalogue(), QStringLiteral("en"));
    EXPECT_EQ(translations.locale().language(), QLocale::English);
}

// How much of the accent colour a point of the ring shows (0 none, 1 all).
double accentAt(const QImage &image, QPointF point, QColor accent)
{
    const QColor seen = image.pixelColor(point.toPoint());
    return 1.0 - std::abs(seen.redF() - accent.redF()) - std::abs(seen.blueF() - accent.blueF());
}

// Time runs out clockwise from the top in a left-to-right layout, and mirrored (as progress
// bars run) in a right-to-left one.
TEST_F(RightToLeftTest, TheCountdownRingDrainsTheOtherWayInARightToLeftLayout)
{
    const QColor accent(255, 0, 0);
    const auto quarterGone = [&](Qt::LayoutDirection direction) {
        CountdownRing ring;
        ring.setLayoutDirection(direction);
        ring.setAccent(accent);
        ring.setCountdown(QStringLiteral("45"), 0.25);
        ring.resize(200, 200);
        return ring.grab().toImage();
    };
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        const QImage image = quarterGone(direction);
        // Points on the ring's track, at 45 degrees either side of the top.
        const QRectF bounds(image.rect());
        double best = 0;
        QPointF upperRight, upperLeft;
        for (double radius = bounds.width() * 0.3; radius < bounds.width() * 0.5; radius += 1) {
            const QPointF right = bounds.center() + QPointF(radius, -radius) / std::sqrt(2.0);
            const QPointF left = bounds.center() + QPointF(-radius, -radius) / std::sqrt(2.0);
            const double shown =
                std::max(accentAt(image, right, accent), accentAt(image, left, accent));
            if (shown > best) {
                best = shown;
                upperRight = right;
                upperLeft = left;
            }
        }
        ASSERT_GT(best, 0.8) << "no ring found";
        const bool rightGone = accentAt(image, upperRight, accent) < 0.5;
        const bool leftGone = accentAt(image, upperLeft, accent) < 0.5;
        if (direction == Qt::LeftToRight) {
            EXPECT_TRUE(rightGone && !leftGone) << "left to right drains clockwise";
        } else {
            EXPECT_TRUE(leftGone && !rightGone) << "right to left drains counter-clockwise";
        }
    }
}

// The breathing guide's circle leads: on the left of its words, on the right in Arabic.
TEST_F(RightToLeftTest, TheBreathingCircleLeadsOnTheRightInARightToLeftLayout)
{
    const auto circleCentreX = [](Qt::LayoutDirection direction) {
        BreathingPacer pacer;
        pacer.setLayoutDirection(direction);
        pacer.resize(300, 64);
        const QImage image = pacer.grab().toImage();
        const QColor highlight = pacer.palette().color(QPalette::Highlight);
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == highlight) {
                    sum += x;
                    ++count;
                }
            }
        }
        return count > 0 ? sum / count / image.width() : -1.0;
    };
    const double leftToRight = circleCentreX(Qt::LeftToRight);
    const double rightToLeft = circleCentreX(Qt::RightToLeft);
    ASSERT_GE(leftToRight, 0) << "no circle drawn";
    EXPECT_LT(leftToRight, 0.25);
    EXPECT_GT(rightToLeft, 0.75);
}

} // namespace
