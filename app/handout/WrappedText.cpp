#include "handout/WrappedText.h"

#include <algorithm>
#include <QPainter>
#include <QTextLayout>

namespace limber {

namespace {

// Lays the text out in the layout (lines positioned from y = 0); returns the widest line's
// width and the height.
QSizeF layOut(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {widest, height};
}

} // namespace

QSizeF WrappedText::measure(const QString &text, const QFont &font, qreal width)
{
    QTextLayout layout(text, font);
    return layOut(layout, width, Qt::AlignLeft);
}

void WrappedText::draw(QPainter &painter, const QString &text, const QFont &font,
                       const QRectF &rect, Qt::Alignment alignment)
{
    QTextLayout layout(text, font);
    layOut(layout, rect.width(), alignment);
    layout.draw(&painter, rect.topLeft());
}

} // namespace limber
