#pragma once

#include <QStyledItemDelegate>

namespace limber {

// A library row: the held pose as a thumbnail, the name in bold, the summary, and a muted
// line with the targeted areas and the hold.
class StretchItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int thumbnailSide = 80;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace limber
