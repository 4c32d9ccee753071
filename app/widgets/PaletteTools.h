#pragma once

#include <QColor>
#include <QFont>

class QPainter;
class QPalette;
class QRect;

namespace limber {

// Small helpers every view uses to derive colours and type sizes from the palette and the
// default font, so light and dark palettes and the user's font size are always respected.
QColor mixColors(const QColor &from, const QColor &to, double amount);
bool isDarkPalette(const QPalette &palette);
// factor times the font's size (point or pixel, whichever it has).
QFont scaledFont(QFont font, qreal factor, bool bold = false);
// A rounded box over rect whose border and fill are the window colour mixed toward tint by
// the given amounts: notes and cautions stand apart from the text without a hard edge.
void paintTintedBox(QPainter &painter, const QRect &rect, const QColor &window, const QColor &tint,
                    double borderAmount, double fillAmount);

} // namespace limber
