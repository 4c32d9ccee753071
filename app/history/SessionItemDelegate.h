#pragma once

#include <QStyledItemDelegate>

namespace limber {

// A session row in two lines, so the narrow column never cuts off the pain ratings: when, in
// bold, then the routine, the minutes and the pain before and after.
class SessionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace limber
