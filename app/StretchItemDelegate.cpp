#include "StretchItemDelegate.h"

#include "PaletteTools.h"
#include "StretchListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace limber {

namespace {
constexpr int padding = 9;
constexpr int thumbnailGap = 16;
constexpr int lineGap = 3;
constexpr qreal thumbnailRadius = 8;

struct RowFonts
{
    QFont name;
    QFont summary;
    QFont detail;
};

RowFonts fontsFor(const QFont &base)
{
    RowFonts fonts{scaledFont(base, 1.15), base, scaledFont(base, 0.95)};
    fonts.name.setBold(true);
    return fonts;
}

int textBlockHeight(const RowFonts &fonts)
{
    return QFontMetrics(fonts.name).height() + lineGap + QFontMetrics(fonts.summary).height() +
           lineGap + QFontMetrics(fonts.detail).height();
}
} // namespace

void StretchItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
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
    // Derived from text and background rather than PlaceholderText, which palettes built by
    // hand often leave at its light-theme default.
    const QColor muted = mixColors(ink, paper, selected ? 0.2 : 0.35);

    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRect thumbnailRect(area.left(), area.top() + (area.height() - thumbnailSide) / 2,
                              thumbnailSide, thumbnailSide);
    const QPixmap thumbnail = index.data(Qt::DecorationRole).value<QPixmap>();
    QPainterPath tile;
    tile.addRoundedRect(QRectF(thumbnailRect), thumbnailRadius, thumbnailRadius);
    if (!thumbnail.isNull()) {
        painter->save();
        painter->setClipPath(tile);
        painter->drawPixmap(thumbnailRect, thumbnail);
        painter->restore();
    }
    painter->setPen(QPen(mixColors(paper, ink, 0.15), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(tile);

    const RowFonts fonts = fontsFor(option.font);
    const int textLeft = thumbnailRect.right() + 1 + thumbnailGap;
    const int textWidth = area.right() + 1 - textLeft;
    int y = area.top() + (area.height() - textBlockHeight(fonts)) / 2;
    const auto drawLine = [&](const QFont &font, const QColor &color, const QString &text) {
        const QFontMetrics metrics(font);
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(QRect(textLeft, y, textWidth, metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, textWidth));
        y += metrics.height() + lineGap;
    };
    drawLine(fonts.name, ink, index.data(Qt::DisplayRole).toString());
    drawLine(fonts.summary, selected ? ink : mixColors(ink, paper, 0.12),
             index.data(StretchListModel::SummaryRole).toString());
    drawLine(fonts.detail, muted,
             tr("%1 · %2").arg(index.data(StretchListModel::TargetNamesRole).toString(),
                               index.data(StretchListModel::HoldTextRole).toString()));
    painter->restore();
}

QSize StretchItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    const RowFonts fonts = fontsFor(styled.font);
    const int height = std::max(thumbnailSide, textBlockHeight(fonts)) + 2 * padding;
    const QFontMetrics metrics(fonts.summary);
    const int width =
        2 * padding + thumbnailSide + thumbnailGap +
        metrics.horizontalAdvance(index.data(StretchListModel::SummaryRole).toString());
    return {width, height};
}

} // namespace limber
