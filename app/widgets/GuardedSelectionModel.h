#pragma once

#include <functional>
#include <QItemSelectionModel>

namespace limber {

// A single-selection model that asks before the current row changes, so a list can refuse to
// leave a row (for example while its item has unsaved edits and the person cancels). The
// guard decides synchronously, before the view changes anything: a refused click or arrow
// key leaves both the current row and the selection as they were.
class GuardedSelectionModel : public QItemSelectionModel
{
    Q_OBJECT

public:
    // Returns whether index may become the current row.
    using Guard = std::function<bool(const QModelIndex &index)>;

    explicit GuardedSelectionModel(QAbstractItemModel *model, QObject *parent = nullptr);

    void setGuard(Guard guard) { m_guard = std::move(guard); }

    void setCurrentIndex(const QModelIndex &index,
                         QItemSelectionModel::SelectionFlags command) override;
    void select(const QItemSelection &selection,
                QItemSelectionModel::SelectionFlags command) override;
    using QItemSelectionModel::select;

private:
    Guard m_guard;
};

} // namespace limber
