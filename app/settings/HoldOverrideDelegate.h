#pragma once

#include <QStyledItemDelegate>

namespace limber {

// Edits a hold override with a seconds spin box. The cell is drawn as a field, so it reads
// as something to click, and without an override its placeholder is drawn quieter. Each
// step of the spin box is written at once, so the routine's total follows while spinning;
// Escape puts back what was there before the editor opened.
class HoldOverrideDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // Room between a cell's edge and the field drawn in it.
    static constexpr int fieldInset = 3;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace limber
