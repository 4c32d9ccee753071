#pragma once

#include "model/Routine.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

class RoutineEditor;

// The routine in the editor was changed on disk by something else (another device, through
// the sync tool, or another Limber). Without edits in the editor it simply shows the new
// version; with edits, this bar says so and lets the person choose: see the new version (their
// edits dropped) or keep editing theirs (saving then replaces the new version).
class ChangedElsewhereBar : public QWidget
{
    Q_OBJECT

public:
    explicit ChangedElsewhereBar(RoutineEditor &editor, QWidget *parent = nullptr);

    // The stored version of the routine in the editor is now stored.
    void storedVersionChanged(const Routine &stored);

    QLabel *message() const { return m_message; }
    QPushButton *showNewButton() const { return m_showNew; }
    QPushButton *keepMineButton() const { return m_keepMine; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RoutineEditor &m_editor;
    Routine m_stored;
    QLabel *m_message;
    QPushButton *m_showNew;
    QPushButton *m_keepMine;
};

} // namespace limber
