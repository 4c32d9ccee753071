#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace limber {

// Small helpers every view uses to derive colours and type sizes from the palette and the
// default font, so light and dark palettes and the user's font size are always respected.
QColor mixColors(const QColor &from, const QColor &to, double amount);
bool isDarkPalette(const QPalette &palette);
// factor times the font's size (point or pixel, whichever it has).
QFont scaledFont(QFont font, qreal factor, bool bold = false);

} // namespace limber
