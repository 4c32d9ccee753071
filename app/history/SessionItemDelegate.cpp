#include "history/SessionItemDelegate.h"

#include "history/SessionListModel.h"
#include "widgets/ListRowPainter.h"
#include "widgets/PaletteTools.h"

#include <QPainter>

namespace limber {

namespace {
constexpr int horizontalPadding = 10;
constexpr int verticalPadding = 6;
constexpr int lineGap = 2;

QFont titleFont(const QFont &base)
{
    return scaledFont(base, 1.0, true);
}
} // namespace

void SessionItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    paintRowBackground(*painter, styled);
    const RowColors colors(option, 0.4);
    const QRect area = option.rect.adjusted(horizontalPadding, verticalPadding, -horizontalPadding,
                                            -verticalPadding);
    painter->save();
    TextLines lines(*painter, area.left(), area.top(), area.width(), lineGap);
    lines.draw(titleFont(option.font), colors.ink,
               index.data(SessionListModel::TitleRole).toString());
    lines.draw(option.font, colors.selected ? colors.ink : colors.muted,
               index.data(SessionListModel::DetailRole).toString());
    painter->restore();
}

QSize SessionItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    const int height = TextLines::height({titleFont(styled.font), styled.font}, lineGap);
    const QFontMetrics metrics(styled.font);
    return {2 * horizontalPadding +
                metrics.horizontalAdvance(index.data(SessionListModel::DetailRole).toString()),
            height + 2 * verticalPadding};
}

} // namespace limber
