#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace limber {

// Text broken into lines at word boundaries, and inside a word only when the word alone is
// wider than the line (long German compounds). Measuring and drawing share one line
// breaking, so what the layout reserved is exactly what gets painted.
class WrappedText
{
public:
    // The widest line and the total height when wrapped to width.
    static QSizeF measure(const QString &text, const QFont &font, qreal width);
    static void draw(QPainter &painter, const QString &text, const QFont &font, const QRectF &rect,
                     Qt::Alignment alignment = Qt::AlignLeft);
};

} // namespace limber
