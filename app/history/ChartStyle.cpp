#include "history/ChartStyle.h"

#include "widgets/PaletteTools.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFont>
#include <QLegend>
#include <QPalette>

namespace limber {

void styleChart(QChart &chart, const QPalette &palette, const QFont &font)
{
    const bool dark = isDarkPalette(palette);
    // A theme rebuilds every item of the chart: only when the scheme changed.
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart.theme() != theme)
        chart.setTheme(theme);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart.setBackgroundBrush(base);
    chart.setBackgroundPen(QPen(mixColors(base, text, 0.12), 1));
    chart.setBackgroundRoundness(8);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setMargins(QMargins(6, 6, 10, 6));

    QFont small = font;
    small = scaledFont(small, 0.9);
    chart.legend()->setLabelColor(text);
    chart.legend()->setFont(font);
    const QColor grid = mixColors(base, text, dark ? 0.18 : 0.12);
    const QColor line = mixColors(base, text, 0.4);
    const QColor muted = mixColors(base, text, 0.7);
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsColor(muted);
        axis->setLabelsFont(small);
        axis->setTitleBrush(muted);
        axis->setTitleFont(small);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
}

QColor painBeforeColor(const QPalette &palette)
{
    // A warm orange for the pain one came with…
    return isDarkPalette(palette) ? QColor(0xf0, 0x9a, 0x4a) : QColor(0xc8, 0x5a, 0x10);
}

QColor painAfterColor(const QPalette &palette)
{
    // …and a cool blue for how it was after.
    return isDarkPalette(palette) ? QColor(0x6c, 0xb4, 0xf0) : QColor(0x1f, 0x62, 0xb0);
}

QColor minutesBarColor(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
                     isDarkPalette(palette) ? 0.85 : 0.8);
}

} // namespace limber
