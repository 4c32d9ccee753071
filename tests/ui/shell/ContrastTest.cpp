#include "figures/FigureColors.h"
#include "history/ChartStyle.h"
#include "shell/Appearance.h"
#include "storage/Settings.h"

#include <cmath>
#include <gtest/gtest.h>
#include <QApplication>
#include <QPalette>

using namespace limber;

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
           0.0722 * linear(color.blueF());
}

double contrast(const QColor &one, const QColor &other)
{
    const double lighter = std::max(luminance(one), luminance(other));
    const double darker = std::min(luminance(one), luminance(other));
    return (lighter + 0.05) / (darker + 0.05);
}

// WCAG AA: 4.5:1 for text; 3:1 for the parts of pictures and charts that carry meaning.
constexpr double textContrast = 4.5;
constexpr double graphicContrast = 3.0;

class ContrastTest : public testing::TestWithParam<ColorScheme>
{
protected:
    void SetUp() override { appearance.apply(GetParam()); }
    void TearDown() override { appearance.apply(ColorScheme::System); }

    static std::string schemeName() { return GetParam() == ColorScheme::Dark ? "dark" : "light"; }

    Appearance appearance{*qApp};
};

TEST_P(ContrastTest, TextIsReadableOnEveryBackground)
{
    const QPalette palette = QApplication::palette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::Link, QPalette::Window},
    };
    for (const auto &[text, background] : pairs) {
        const double ratio = contrast(palette.color(text), palette.color(background));
        EXPECT_GE(ratio, textContrast) << schemeName() << ": role " << text << " on role "
                                       << background << " is " << ratio << ":1";
    }
}

TEST_P(ContrastTest, TheFigureAndTheChartsStandOutFromTheirBackground)
{
    const QPalette palette = QApplication::palette();
    const FigureColors figure = FigureColors::fromPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    const std::pair<const char *, QColor> parts[] = {
        {"figure outline", figure.outline},      {"stretched region", figure.target},
        {"movement arrows", figure.motion},      {"pain before", painBeforeColor(palette)},
        {"pain after", painAfterColor(palette)},
    };
    for (const auto &[part, color] : parts) {
        const QColor background =
            QString::fromLatin1(part).startsWith(QLatin1String("pain")) ? base : figure.background;
        EXPECT_GE(contrast(color, background), graphicContrast)
            << schemeName() << ": " << part << " is " << contrast(color, background) << ":1";
    }
}

INSTANTIATE_TEST_SUITE_P(Schemes, ContrastTest,
                         testing::Values(ColorScheme::Light, ColorScheme::Dark),
                         [](const testing::TestParamInfo<ColorScheme> &info) {
                             return std::string(info.param == ColorScheme::Dark ? "Dark" : "Light");
                         });

} // namespace
