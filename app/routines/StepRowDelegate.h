#pragma once

#include <QStyledItemDelegate>

namespace limber {

// A step of the routine being edited: a grip (when it can be dragged), its number, the
// held pose, the stretch's name and, muted below it, how it is played.
class StepRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int thumbnailSide = 44;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace limber
