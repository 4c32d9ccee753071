#include "widgets/GuardedSelectionModel.h"

namespace limber {

GuardedSelectionModel::GuardedSelectionModel(QAbstractItemModel *model, QObject *parent)
    : QItemSelectionModel(model, parent)
{
}

void GuardedSelectionModel::setCurrentIndex(const QModelIndex &index,
                                            QItemSelectionModel::SelectionFlags command)
{
    if (index.isValid() && index != currentIndex() && m_guard && !m_guard(index))
        return;
    QItemSelectionModel::setCurrentIndex(index, command);
}

void GuardedSelectionModel::select(const QItemSelection &selection,
                                   QItemSelectionModel::SelectionFlags command)
{
    // Views select after making the row current (a mouse press), so selecting anything but
    // the current row means the guard refused it.
    if (command.testFlag(QItemSelectionModel::Select)) {
        for (const QModelIndex &index : selection.indexes()) {
            if (index != currentIndex())
                return;
        }
    }
    QItemSelectionModel::select(selection, command);
}

} // namespace limber
