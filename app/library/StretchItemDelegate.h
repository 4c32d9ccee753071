#pragma once

#include <QStyledItemDelegate>

namespace limber {

// A library row: the held pose (or the user's picture) as a thumbnail, the name in bold with a
// "Yours" badge on the user's own stretches, the summary, and a muted line with the targeted
// areas and the hold.
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
