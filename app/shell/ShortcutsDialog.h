#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPair>

class QTreeWidget;

namespace limber {

// "Keyboard shortcuts": every key the window answers to, grouped by where it works. It lists
// the shared KeyBindings table the views bind from, plus the keys that show each view (the
// window knows their titles), so it cannot tell of a key that does nothing.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    using ViewKey = QPair<QString, QKeySequence>; // view title, the key that shows it

    explicit ShortcutsDialog(const QList<ViewKey> &viewKeys, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    void fill(const QList<ViewKey> &viewKeys);

    QTreeWidget *m_list;
};

} // namespace limber
