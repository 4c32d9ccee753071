#pragma once

#include "model/Stretch.h"

#include <QWidget>

class QPushButton;

namespace limber {

// The row of buttons above a stretch's page: back to the list on the left; on the right,
// "Duplicate as my own" for a built-in stretch, "Edit" and "Delete" for one of the user's
// own, then "Add to routine" and "Play" when whoever can act on them says so. It only asks:
// the shell opens the editor and confirms a deletion.
class StretchActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit StretchActionBar(QWidget *parent = nullptr);

    // Which buttons apply to the stretch shown; a missing stretch has only "Back".
    void setOrigin(StretchOrigin origin);
    void setPlayAvailable(bool available);
    void setAddToRoutineAvailable(bool available);

    QPushButton *backButton() const { return m_back; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *addToRoutineButton() const { return m_addToRoutine; }
    QPushButton *playButton() const { return m_play; }

Q_SIGNALS:
    void backRequested();
    void duplicateRequested();
    void editRequested();
    void deleteRequested();
    void addToRoutineRequested();
    void playRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateVisibility();
    void updateIcons();

    QPushButton *m_back;
    QPushButton *m_duplicate;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_addToRoutine;
    QPushButton *m_play;
    StretchOrigin m_origin = StretchOrigin::BuiltIn;
    bool m_playAvailable = false;
    bool m_addAvailable = false;
};

} // namespace limber
