#include "figures/IllustrationWidget.h"
#include "model/Catalog.h"
#include "shell/Translations.h"

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

} // namespace
