#pragma once

#include "model/Routine.h"
#include "routines/RoutineDialogs.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineFileActions.h"
#include "routines/RoutineListPanel.h"

#include <functional>
#include <QWidget>

class QListView;
class QPushButton;
class QVBoxLayout;

namespace limber {

class Catalog;
class ChangedElsewhereBar;
class RoutineListModel;
class RoutineStore;
class Settings;
struct StoreResult;

// The user's routines: a list on the left (the built-in routine, read-only, and the user's
// own, kept in the RoutineStore) and the selected one in a RoutineEditor on the right. Edits
// are never lost silently: leaving a routine with unsaved changes asks Save, Discard or
// Cancel. The questions and file choosers are replaceable functions, so tests answer them.
class RoutinesView : public QWidget
{
    Q_OBJECT

public:
    RoutinesView(const Catalog &catalog, RoutineStore &store, Settings &settings,
                 QWidget *parent = nullptr);

    // A built-in id or a stored routine's id; asks about unsaved changes first. False when the
    // id is unknown or the person cancelled.
    bool selectRoutine(const QString &id);
    // Empty while a new routine that was never saved is shown.
    QString currentRoutineId() const { return m_currentId; }
    bool isBuiltInSelected() const { return builtin::isBuiltIn(m_currentId); }
    // As edited, unsaved changes included.
    Routine currentRoutine() const { return m_editor->routine(); }
    bool hasUnsavedChanges() const { return m_editor->isModified(); }
    // Before the window switches views or closes: true when nothing is unsaved, or after the
    // person saved (successfully) or discarded; false when they cancelled or saving failed.
    bool confirmDiscardOrSave();

    // Each returns whether it happened (false when cancelled, refused or failed; failures
    // are reported through the error reporter with the store's message).
    bool newRoutine();
    bool save();
    bool duplicateCurrent();
    bool renameCurrent(); // starts editing the name in the list
    bool renameRoutine(const QString &id, const QString &newName);
    bool deleteCurrent();
    bool importRoutine() { return m_files.importRoutine(); } // asks for a file
    bool importFile(const QString &path) { return m_files.importFile(path); }
    bool exportCurrent() { return m_files.exportCurrent(); } // asks for a file
    // Every timing written out, so it plays the same for whoever opens it.
    bool exportCurrentTo(const QString &path) { return m_files.exportCurrentTo(path); }
    void play();
    // A bar shown above the list and the editor (the routines a sync tool kept in two versions).
    void addBanner(QWidget *banner);
    ChangedElsewhereBar *changedElsewhereBar() const { return m_changedElsewhere; }
    // The library's "Add to routine": appended to the routine shown, or to a new routine when
    // that one is built-in.
    bool addStretch(const QString &stretchId);

public Q_SLOTS:
    // After the user's own stretches changed: their names, pictures and holds are read again.
    void reloadStretches();

public:
    // Dialogs by default; tests answer with functions of their own.
    void setUnsavedChangesPrompt(decltype(RoutinePrompts::unsavedChanges) prompt)
    {
        m_prompts.unsavedChanges = std::move(prompt);
    }
    void setDeleteConfirmer(decltype(RoutinePrompts::confirmDelete) confirmer)
    {
        m_prompts.confirmDelete = std::move(confirmer);
    }
    void setImportPathChooser(decltype(RoutinePrompts::importPath) chooser)
    {
        m_prompts.importPath = std::move(chooser);
    }
    void setExportPathChooser(decltype(RoutinePrompts::exportPath) chooser)
    {
        m_prompts.exportPath = std::move(chooser);
    }
    void setErrorReporter(decltype(RoutinePrompts::showError) reporter)
    {
        m_prompts.showError = std::move(reporter);
    }

    RoutineEditor *editor() const { return m_editor; }
    RoutineListPanel *listPanel() const { return m_panel; }
    QListView *routineList() const { return m_panel->listView(); }
    QPushButton *newButton() const { return m_panel->newButton(); }
    QPushButton *importButton() const { return m_panel->importButton(); }
    QPushButton *duplicateButton() const { return m_panel->duplicateButton(); }
    QPushButton *renameButton() const { return m_panel->renameButton(); }
    QPushButton *deleteButton() const { return m_panel->deleteButton(); }
    QPushButton *exportButton() const { return m_panel->exportButton(); }

Q_SIGNALS:
    void playRequested(const limber::Routine &routine);
    // The routine shown changed (an empty id: a new, unsaved routine).
    void currentRoutineChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Shows the routine without asking; false for an unknown id.
    bool open(const QString &id);
    // A user's list click or arrow key: switches (asking first) and selects the row itself.
    bool rowRequested(const QModelIndex &index);
    void storeChanged();
    void syncListSelection();
    void updateActions();
    // Runs a change of the store: the routine's id, or nothing after reporting the failure.
    std::optional<QString> changeStore(const QString &failureTitle,
                                       const std::function<StoreResult()> &change);

    const Catalog &m_catalog;
    RoutineStore &m_store;
    Settings &m_settings;
    QString m_currentId;
    // Where a discarded new routine returns to.
    QString m_previousId;
    bool m_changingStore = false;
    RoutinePrompts m_prompts;
    RoutineListModel *m_listModel;
    RoutineListPanel *m_panel;
    RoutineEditor *m_editor;
    RoutineFileActions m_files;
    QVBoxLayout *m_banners;
    ChangedElsewhereBar *m_changedElsewhere;
};

} // namespace limber
