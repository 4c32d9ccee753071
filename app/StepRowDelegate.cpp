#include "StepRowDelegate.h"

#include "PaletteTools.h"
#include "RoutineEditorModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace limber {

namespace {
constexpr int padding = 7;
constexpr int gripWidth = 14;
constexpr int gap = 10;
constexpr int lineGap = 2;

// Two columns of three dots: the usual sign that a row can be picked up and moved.
void paintGrip(QPainter &painter, const QRect &rect, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal radius = 1.6;
    const QPointF centre = QRectF(rect).center();
    for (int column = -1; column <= 1; column += 2) {
        for (int row = -1; row <= 1; ++row)
            painter.drawEllipse(centre + QPointF(column * 3.0, row * 5.0), radius, radius);
    }
}
} // namespace

void StepRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor paper =
        option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor ink =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = mixColors(ink, paper, selected ? 0.2 : 0.38);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect area = option.rect.adjusted(padding, padding, -padding - 4, -padding);
    if (index.flags() & Qt::ItemIsDragEnabled)
        paintGrip(*painter, QRect(area.left(), area.top(), gripWidth, area.height()),
                  mixColors(ink, paper, 0.55));
    area.setLeft(area.left() + gripWidth + 4);

    const QFont numberFont = scaledFont(option.font, 0.95, true);
    const QFontMetrics numberMetrics(numberFont);
    const int numberWidth = numberMetrics.horizontalAdvance(QStringLiteral("000"));
    painter->setFont(numberFont);
    painter->setPen(muted);
    painter->drawText(QRect(area.left(), area.top(), numberWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, QString::number(index.row() + 1));
    area.setLeft(area.left() + numberWidth + gap);

    const QRect tileRect(area.left(), area.top() + (area.height() - thumbnailSide) / 2,
                         thumbnailSide, thumbnailSide);
    const QPixmap thumbnail = index.data(Qt::DecorationRole).value<QPixmap>();
    QPainterPath tile;
    tile.addRoundedRect(QRectF(tileRect), 6, 6);
    if (!thumbnail.isNull()) {
        painter->save();
        painter->setClipPath(tile);
        painter->drawPixmap(tileRect, thumbnail);
        painter->restore();
    }
    painter->setPen(QPen(mixColors(paper, ink, 0.15), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(tile);
    area.setLeft(tileRect.right() + 1 + gap);

    const QFont nameFont = scaledFont(option.font, 1.05, true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailMetrics(option.font);
    int y =
        area.top() + (area.height() - nameMetrics.height() - lineGap - detailMetrics.height()) / 2;
    painter->setFont(nameFont);
    painter->setPen(ink);
    painter->drawText(
        QRect(area.left(), y, area.width(), nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, area.width()));
    y += nameMetrics.height() + lineGap;
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(
        QRect(area.left(), y, area.width(), detailMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        detailMetrics.elidedText(index.data(RoutineEditorModel::DetailRole).toString(),
                                 Qt::ElideRight, area.width()));
    painter->restore();
}

QSize StepRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    const int text = QFontMetrics(scaledFont(styled.font, 1.05, true)).height() + lineGap +
                     QFontMetrics(styled.font).height();
    return {260, std::max(thumbnailSide, text) + 2 * padding};
}

} // namespace limber
