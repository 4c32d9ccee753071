#pragma once

#include <QObject>

class QAbstractItemView;
class QMenu;
class QModelIndex;
class QPoint;

namespace limber {

// The context menu of a library row (mouse, the Menu key or Shift+F10), and Delete on one of
// the user's own stretches: "Open", then "Duplicate as my own" for a built-in stretch, or
// "Edit" and "Delete" for the user's own. It only asks, by id; the shell acts.
class StretchRowActions : public QObject
{
    Q_OBJECT

public:
    explicit StretchRowActions(QAbstractItemView *view);

    // The menu for a row, filled for it: what the mouse or the keyboard opens. Null for none.
    QMenu *menuFor(const QModelIndex &index);

Q_SIGNALS:
    void openRequested(const QModelIndex &index);
    void duplicateRequested(const QString &id);
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &viewportPos);

    QAbstractItemView *m_view;
    QMenu *m_menu;
};

} // namespace limber
