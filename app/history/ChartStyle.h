#pragma once

#include <QColor>

class QChart;
class QFont;
class QPalette;

namespace limber {

// Qt Charts' themes know nothing of the application's palette; these make a chart read as part
// of the view in light and dark schemes alike (and again after every palette change).

// Call after the series and axes are attached, then style the series: a theme restyles what the
// chart holds.
void styleChart(QChart &chart, const QPalette &palette, const QFont &font);

// The same two colours in every chart and in the legend, told apart by hue and by lightness so
// that they also differ for people who do not see the hues apart.
QColor painBeforeColor(const QPalette &palette);
QColor painAfterColor(const QPalette &palette);
QColor minutesBarColor(const QPalette &palette);

} // namespace limber
