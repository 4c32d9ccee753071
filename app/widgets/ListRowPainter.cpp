#include "widgets/ListRowPainter.h"

#include "widgets/PaletteTools.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionViewItem>

namespace limber {

void paintRowBackground(QPainter &painter, QStyleOptionViewItem option)
{
    option.text.clear();
    option.icon = QIcon();
    option.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, &painter, widget);
    if (option.state & QStyle::State_HasFocus) {
        // The styles' own focus cue on a row is a faint tint, lost in a dark palette: a ring
        // in the selection's colour (or its text's colour on the selection) is seen in both.
        const bool selected = option.state & QStyle::State_Selected;
        const QColor ring =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ring, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 4, 4);
        painter.restore();
    }
}

RowColors::RowColors(const QStyleOptionViewItem &option, double mutedAmount)
    : selected(option.state & QStyle::State_Selected)
    , group(!(option.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (option.state & QStyle::State_Active) ? QPalette::Active
                                                    : QPalette::Inactive)
    , paper(option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base))
    , ink(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text))
    , muted(mixColors(ink, paper, selected ? 0.2 : mutedAmount))
{
}

QRect paintThumbnailTile(QPainter &painter, const QRect &area, int side, qreal radius,
                         const QPixmap &thumbnail, const RowColors &colors)
{
    const QRect rect(area.left(), area.top() + (area.height() - side) / 2, side, side);
    QPainterPath tile;
    tile.addRoundedRect(QRectF(rect), radius, radius);
    if (!thumbnail.isNull()) {
        painter.save();
        painter.setClipPath(tile);
        painter.drawPixmap(rect, thumbnail);
        painter.restore();
    }
    painter.setPen(QPen(mixColors(colors.paper, colors.ink, 0.15), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tile);
    return rect;
}

void drawElidedText(QPainter &painter, const QRect &rect, const QFont &font, const QColor &color,
                    const QString &text)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width()));
}

TextLines::TextLines(QPainter &painter, int left, int top, int width, int lineGap)
    : m_painter(painter)
    , m_left(left)
    , m_top(top)
    , m_width(width)
    , m_lineGap(lineGap)
{
}

void TextLines::draw(const QFont &font, const QColor &color, const QString &text)
{
    const int lineHeight = QFontMetrics(font).height();
    drawElidedText(m_painter, QRect(m_left, m_top, m_width, lineHeight), font, color, text);
    m_top += lineHeight + m_lineGap;
}

int TextLines::height(std::initializer_list<QFont> fonts, int lineGap)
{
    int total = 0;
    for (const QFont &font : fonts)
        total += QFontMetrics(font).height();
    return total + lineGap * (int(fonts.size()) - 1);
}

} // namespace limber
