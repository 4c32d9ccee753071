#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace limber {

// The strip under the History view after a deletion: "Session deleted." with Undo while the
// undo stack can take it back, or why the history could not be changed.
class DeletionUndoBar : public QWidget
{
    Q_OBJECT

public:
    DeletionUndoBar(QUndoStack &undo, QWidget *parent = nullptr);

    // Shown while there is a deletion to undo.
    void update();
    // Shown with the reason and no Undo, until the next update().
    void showProblem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QUndoStack &m_undo;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace limber
