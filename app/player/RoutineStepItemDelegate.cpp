#include "player/RoutineStepItemDelegate.h"

#include "player/RoutineStepListModel.h"
#include "widgets/ListRowPainter.h"

#include <QPainter>

namespace limber {

namespace {
constexpr int horizontalPadding = 12;
constexpr int verticalPadding = 10;
} // namespace

void RoutineStepItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    paintRowBackground(*painter, styled);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(horizontalPadding, 0, -horizontalPadding, 0);
    const QString detail = index.data(RoutineStepListModel::DetailRole).toString();

    painter->save();
    painter->setPen(option.palette.color(textRole));
    const int detailWidth = option.fontMetrics.horizontalAdvance(detail);
    const QString title = tr("%1.  %2").arg(index.row() + 1).arg(index.data().toString());
    painter->drawText(area.adjusted(0, 0, -detailWidth - horizontalPadding, 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(
                          title, Qt::ElideRight, area.width() - detailWidth - horizontalPadding));
    if (!selected)
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, detail);
    painter->restore();
}

QSize RoutineStepItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(option.fontMetrics.height() + 2 * verticalPadding);
    return size;
}

} // namespace limber
