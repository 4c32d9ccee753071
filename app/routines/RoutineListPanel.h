#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace limber {

class GuardedSelectionModel;
class RoutineListModel;

// The left side of the routines view: a heading, New and Import, the routines to pick from,
// and what can be done with the selected one. Selection changes go through a guard, so the
// view can ask about unsaved changes before the list moves on.
class RoutineListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RoutineListPanel(RoutineListModel *model, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    GuardedSelectionModel *selection() const { return m_selection; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *printButton() const { return m_print; }
    QLabel *emptyHint() const { return m_emptyHint; }

    // What the shown routine allows: a built-in one is neither renamed nor deleted, a new one
    // never saved is not duplicated or renamed, and one without steps has nothing to export or
    // print. The hint shows while the person has no routine of their own.
    struct Shown
    {
        bool builtIn = false;
        bool neverSaved = false;
        bool hasSteps = false;
        bool noOwnRoutines = false;
    };
    void enableFor(const Shown &shown);

Q_SIGNALS:
    // The Delete key on the list.
    void deleteRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RoutineListModel *m_model;
    GuardedSelectionModel *m_selection;
    QLabel *m_title;
    QLabel *m_subtitle;
    QListView *m_list;
    QLabel *m_emptyHint;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_duplicate;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_savePdf;
    QPushButton *m_print;
};

} // namespace limber
