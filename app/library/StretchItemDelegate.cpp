#include "library/StretchItemDelegate.h"

#include "catalog/StretchListModel.h"
#include "library/YoursBadge.h"
#include "model/Stretch.h"
#include "widgets/ListRowPainter.h"
#include "widgets/PaletteTools.h"

#include <QPainter>

namespace limber {

namespace {
constexpr int padding = 9;
constexpr int thumbnailGap = 16;
constexpr int lineGap = 3;
constexpr qreal thumbnailRadius = 8;
constexpr int badgeGap = 8;

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
    return TextLines::height({fonts.name, fonts.summary, fonts.detail}, lineGap);
}
} // namespace

void StretchItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    paintRowBackground(*painter, styled);
    const RowColors colors(option, 0.35);

    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect tile = paintThumbnailTile(*painter, area, thumbnailSide, thumbnailRadius,
                                          index.data(Qt::DecorationRole).value<QPixmap>(), colors);

    const RowFonts fonts = fontsFor(option.font);
    const int textLeft = tile.right() + 1 + thumbnailGap;
    const int textWidth = area.right() + 1 - textLeft;
    const int top = area.top() + (area.height() - textBlockHeight(fonts)) / 2;
    const int nameHeight = QFontMetrics(fonts.name).height();
    const QString name = index.data(Qt::DisplayRole).toString();
    const bool own =
        index.data(StretchListModel::OriginRole).toInt() == static_cast<int>(StretchOrigin::Own);
    if (own) {
        // The badge follows the name, which gives up room for it when it is long.
        const QSize badge = YoursBadge::sizeFor(fonts.detail);
        const int nameRoom = std::max(0, textWidth - badge.width() - badgeGap);
        const int nameWidth =
            std::min(nameRoom, QFontMetrics(fonts.name).horizontalAdvance(name) + 1);
        drawElidedText(*painter, QRect(textLeft, top, nameRoom, nameHeight), fonts.name, colors.ink,
                       name);
        const QRect badgeRect(
            QPoint(textLeft + nameWidth + badgeGap, top + (nameHeight - badge.height()) / 2),
            badge);
        // On a selected row the selection colour is the paper, so the badge leans to the ink.
        YoursBadge::paint(
            *painter, badgeRect, fonts.detail, colors.paper, colors.ink,
            colors.selected ? colors.ink : option.palette.color(colors.group, QPalette::Highlight));
    } else {
        drawElidedText(*painter, QRect(textLeft, top, textWidth, nameHeight), fonts.name,
                       colors.ink, name);
    }
    TextLines lines(*painter, textLeft, top + nameHeight + lineGap, textWidth, lineGap);
    lines.draw(fonts.summary,
               colors.selected ? colors.ink : mixColors(colors.ink, colors.paper, 0.12),
               index.data(StretchListModel::SummaryRole).toString());
    lines.draw(fonts.detail, colors.muted,
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
