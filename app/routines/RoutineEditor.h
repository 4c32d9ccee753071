#pragma once

#include "model/Routine.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;

namespace limber {

class Catalog;
class RoutineEditorModel;
class RoutineTimingPanel;
class Settings;
class StepEditorPanel;
class StepListPanel;

// One routine as a form: its name, its steps (add, remove, drag or Alt+Up/Alt+Down to
// reorder), the selected step's hold, sides and repeats, the routine's own timings, and its
// total length, which follows every edit and every change of the user's settings. It edits
// a copy: nothing is stored until whoever shows it acts on saveRequested().
class RoutineEditor : public QWidget
{
    Q_OBJECT

public:
    RoutineEditor(const Catalog &catalog, Settings &settings, QWidget *parent = nullptr);

    // routine as it is stored; read-only for built-in routines, which can only be duplicated.
    void setRoutine(const Routine &routine, bool readOnly);
    // As edited, the name trimmed.
    Routine routine() const;
    const Routine &savedRoutine() const { return m_saved; }
    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    // Whether routine() can be stored as it is (a name and at least one stretch).
    bool canSave() const;
    void revert();
    // The stored routine was renamed elsewhere: show the new name, keep any other edits.
    void setSavedName(const QString &name);
    // The stored routine changed elsewhere and the person keeps their edits: Save then stores
    // them over it, Revert goes back to it.
    void setSavedRoutine(const Routine &routine);

    // Appends the stretch and selects it; false when read-only, unknown or full.
    bool addStretch(const QString &stretchId);
    // The catalog's own stretches changed: names, pictures and totals are read again.
    void reloadStretches();
    int currentStep() const;
    void setCurrentStep(int row);

    // A one-line note beside the length ("Saved as …"); cleared by the next edit.
    void showStatus(const QString &text);
    void focusName();

    QString summaryText() const;
    QString statusText() const;
    QLineEdit *nameField() const { return m_name; }
    StepListPanel *stepListPanel() const { return m_stepList; }
    QListView *stepList() const;
    RoutineEditorModel *stepModel() const;
    StepEditorPanel *stepPanel() const { return m_stepPanel; }
    RoutineTimingPanel *timingPanel() const { return m_timingPanel; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *addButton() const;
    QPushButton *removeButton() const;
    QMenu *addMenu() const;
    QWidget *readOnlyNote() const { return m_readOnlyNote; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    // routine() changed, by an edit, a revert or a newly shown routine.
    void routineEdited();
    void saveRequested();
    void duplicateRequested();
    void playRequested(const limber::Routine &routine);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildReadOnlyNote();
    void retranslateUi();
    void preferencesChanged();
    void currentStepChanged();
    void edited();
    void refresh();

    const Catalog &m_catalog;
    Settings &m_settings;
    Routine m_saved;
    Routine m_shown;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_loading = false;
    QString m_status;
    QLineEdit *m_name;
    QLabel *m_summary;
    QLabel *m_statusLabel;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPushButton *m_play;
    QWidget *m_readOnlyNote = nullptr;
    QLabel *m_readOnlyText = nullptr;
    QPushButton *m_duplicate = nullptr;
    StepListPanel *m_stepList;
    StepEditorPanel *m_stepPanel;
    RoutineTimingPanel *m_timingPanel;
};

} // namespace limber
