#include "routines/RoutinesView.h"

#include "model/Catalog.h"
#include "routines/ChangedElsewhereBar.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineListModel.h"
#include "routines/RoutineListPanel.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "widgets/GuardedSelectionModel.h"
#include "widgets/KeyBindings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace limber {

RoutinesView::RoutinesView(const Catalog &catalog, RoutineStore &store, Settings &settings,
                           QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_settings(settings)
    , m_prompts(RoutineDialogs::prompts(this))
    , m_listModel(new RoutineListModel(catalog, store, this))
    , m_panel(new RoutineListPanel(m_listModel, this))
    , m_editor(new RoutineEditor(catalog, settings, this))
    , m_files(*this, catalog, store, settings, m_prompts)
    , m_banners(new QVBoxLayout(this))
    , m_changedElsewhere(new ChangedElsewhereBar(*m_editor, this))
{
    m_listModel->setPreferences(settings.timing());
    auto *separator = new QFrame(this);
    separator->setFrameStyle(QFrame::VLine | QFrame::Sunken);
    auto *layout = new QHBoxLayout;
    for (QBoxLayout *flat : std::initializer_list<QBoxLayout *>{m_banners, layout}) {
        flat->setContentsMargins(0, 0, 0, 0);
        flat->setSpacing(0);
    }
    m_banners->addWidget(m_changedElsewhere);
    m_banners->addLayout(layout, 1);
    layout->addWidget(m_panel);
    layout->addWidget(separator);
    layout->addWidget(m_editor, 1);
    // Arriving at the view puts the arrow keys in the list.
    setFocusProxy(routineList());

    m_panel->selection()->setGuard(
        [this](const QModelIndex &index) { return rowRequested(index); });
    const auto addShortcut = [this](KeyCommand command, auto slot) {
        KeyBindings::bind(this, command, Qt::WidgetWithChildrenShortcut, slot);
    };
    addShortcut(KeyCommand::NewRoutine, &RoutinesView::newRoutine);
    addShortcut(KeyCommand::ImportRoutine, &RoutinesView::importRoutine);
    addShortcut(KeyCommand::DuplicateRoutine, &RoutinesView::duplicateCurrent);
    addShortcut(KeyCommand::ExportRoutine, &RoutinesView::exportCurrent);
    connect(newButton(), &QPushButton::clicked, this, &RoutinesView::newRoutine);
    connect(importButton(), &QPushButton::clicked, this, &RoutinesView::importRoutine);
    connect(duplicateButton(), &QPushButton::clicked, this, &RoutinesView::duplicateCurrent);
    connect(renameButton(), &QPushButton::clicked, this, &RoutinesView::renameCurrent);
    connect(deleteButton(), &QPushButton::clicked, this, &RoutinesView::deleteCurrent);
    connect(exportButton(), &QPushButton::clicked, this, &RoutinesView::exportCurrent);
    connect(m_panel->savePdfButton(), &QPushButton::clicked, this,
            [this] { m_files.saveHandoutAsPdf(); });
    connect(m_panel->printButton(), &QPushButton::clicked, this,
            [this] { m_files.printHandout(); });
    connect(m_panel, &RoutineListPanel::deleteRequested, this, &RoutinesView::deleteCurrent);

    // Queued: the list's editor is closed before the rename rebuilds the list under it.
    connect(m_listModel, &RoutineListModel::renameRequested, this, &RoutinesView::renameRoutine,
            Qt::QueuedConnection);
    connect(&m_store, &RoutineStore::routinesChanged, this, &RoutinesView::storeChanged);
    connect(&m_settings, &Settings::timingChanged, this,
            [this] { m_listModel->setPreferences(m_settings.timing()); });
    connect(m_editor, &RoutineEditor::saveRequested, this, &RoutinesView::save);
    connect(m_editor, &RoutineEditor::duplicateRequested, this, &RoutinesView::duplicateCurrent);
    connect(m_editor, &RoutineEditor::playRequested, this, &RoutinesView::playRequested);
    connect(m_editor, &RoutineEditor::modifiedChanged, this, [this](bool modified) {
        m_listModel->setUnsaved(modified ? std::optional<QString>(m_currentId) : std::nullopt);
    });
    connect(m_editor, &RoutineEditor::routineEdited, this, [this] {
        if (m_currentId.isEmpty() && m_listModel->hasDraft())
            m_listModel->setDraft(m_editor->routine());
        updateActions();
    });

    if (!open(m_settings.selectedRoutine()))
        open(builtin::backAndHipsId.toString());
}

bool RoutinesView::selectRoutine(const QString &id)
{
    if (id == m_currentId)
        return true;
    if (!builtin::isBuiltIn(id) && !m_store.find(id))
        return false;
    if (!confirmDiscardOrSave()) {
        syncListSelection();
        return false;
    }
    return open(id);
}

bool RoutinesView::confirmDiscardOrSave()
{
    if (!m_editor->isModified())
        return true;
    const QString name = m_editor->routine().name.isEmpty() ? m_editor->savedRoutine().name
                                                            : m_editor->routine().name;
    switch (m_prompts.unsavedChanges(name)) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        if (m_currentId.isEmpty()) {
            // A new routine that is thrown away leaves nothing to return to.
            if (!open(m_previousId))
                open(builtin::backAndHipsId.toString());
        } else {
            m_editor->revert();
        }
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool RoutinesView::newRoutine()
{
    if (!confirmDiscardOrSave())
        return false;
    if (!m_currentId.isEmpty())
        m_previousId = m_currentId;
    Routine draft;
    draft.name = m_store.uniqueName(tr("New routine"));
    m_currentId.clear();
    m_listModel->setDraft(draft);
    m_editor->setRoutine(draft, false);
    syncListSelection();
    updateActions();
    m_editor->focusName();
    Q_EMIT currentRoutineChanged(m_currentId);
    return true;
}

bool RoutinesView::save()
{
    if (m_editor->isReadOnly())
        return false;
    const Routine routine = m_editor->routine();
    if (!m_editor->canSave()) {
        m_prompts.showError(
            tr("The routine was not saved"),
            routine.name.isEmpty()
                ? tr("Give the routine a name before saving it.")
                : tr("Add at least one stretch to “%1” before saving it.").arg(routine.name));
        return false;
    }
    const bool isNew = m_currentId.isEmpty();
    const std::optional<QString> id = changeStore(tr("The routine was not saved"), [&] {
        return isNew ? m_store.create(routine) : m_store.save(m_currentId, routine);
    });
    if (!id)
        return false;
    const StoredRoutine *stored = m_store.find(*id);
    const Routine saved = stored ? stored->routine : routine;
    const int step = m_editor->currentStep();
    m_listModel->setDraft(std::nullopt);
    m_currentId = *id;
    m_editor->setRoutine(saved, false);
    m_editor->setCurrentStep(step);
    m_editor->showStatus(
        saved.name == routine.name
            ? tr("Saved")
            : tr("Saved as “%1”: another routine is called “%2”.").arg(saved.name, routine.name));
    syncListSelection();
    updateActions();
    if (isNew)
        Q_EMIT currentRoutineChanged(m_currentId);
    return true;
}

bool RoutinesView::duplicateCurrent()
{
    if (m_currentId.isEmpty() || !confirmDiscardOrSave())
        return false;
    const std::optional<QString> id = changeStore(tr("The routine was not duplicated"), [this] {
        if (!isBuiltInSelected())
            return m_store.duplicate(m_currentId);
        Routine copy = *builtin::find(m_currentId, m_catalog);
        copy.name = tr("%1 (copy)").arg(copy.name);
        return m_store.create(copy);
    });
    if (!id)
        return false;
    open(*id);
    m_editor->showStatus(tr("A copy you can change"));
    return true;
}

bool RoutinesView::renameCurrent()
{
    const QModelIndex index = m_listModel->indexOf(m_currentId);
    if (!(m_listModel->flags(index) & Qt::ItemIsEditable))
        return false;
    routineList()->setFocus(Qt::OtherFocusReason);
    routineList()->edit(index);
    return true;
}

bool RoutinesView::renameRoutine(const QString &routineId, const QString &newName)
{
    // Copies: the arguments may refer into the list, which the store's change rebuilds.
    const QString id = routineId;
    const QString wanted = newName.trimmed();
    if (!m_store.find(id) || wanted.isEmpty())
        return false;
    if (!changeStore(tr("The routine was not renamed"), [&] { return m_store.rename(id, wanted); }))
        return false;
    const StoredRoutine *renamed = m_store.find(id);
    if (renamed && id == m_currentId) {
        m_editor->setSavedName(renamed->routine.name);
        if (renamed->routine.name != wanted)
            m_editor->showStatus(tr("Renamed to “%1”: another routine is called “%2”.")
                                     .arg(renamed->routine.name, wanted));
    }
    syncListSelection();
    return true;
}

bool RoutinesView::deleteCurrent()
{
    if (isBuiltInSelected())
        return false;
    const QString name =
        m_currentId.isEmpty() ? m_editor->routine().name : m_editor->savedRoutine().name;
    if (!m_prompts.confirmDelete(name))
        return false;
    if (m_currentId.isEmpty()) {
        if (!open(m_previousId))
            open(builtin::backAndHipsId.toString());
        return true;
    }
    const int row = m_listModel->indexOf(m_currentId).row();
    if (!changeStore(tr("The routine was not deleted"),
                     [this] { return m_store.remove(m_currentId); }))
        return false;
    // The routine that took its place in the list, else the one before it.
    const int next = std::min(row, m_listModel->rowCount() - 1);
    const QString nextId = m_listModel->index(next, 0).data(RoutineListModel::IdRole).toString();
    if (!open(nextId))
        open(builtin::backAndHipsId.toString());
    return true;
}

void RoutinesView::play()
{
    const Routine routine = m_editor->routine();
    if (!routine.steps.isEmpty())
        Q_EMIT playRequested(routine);
}

bool RoutinesView::addStretch(const QString &stretchId)
{
    const Stretch *stretch = m_catalog.find(stretchId);
    if (!stretch)
        return false;
    const bool builtIn = m_editor->isReadOnly();
    const QString builtInName = m_editor->savedRoutine().name;
    if (builtIn && !newRoutine())
        return false;
    if (!m_editor->addStretch(stretchId))
        return false;
    if (builtIn)
        m_editor->showStatus(tr("“%1” is read-only, so %2 went into a new routine.")
                                 .arg(builtInName, stretch->name()));
    return true;
}

void RoutinesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Before the children hear of it: the list's texts and the built-in routine's name are
    // already in the new language when they put up theirs.
    if (event->type() == QEvent::LanguageChange) {
        m_listModel->reload();
        if (isBuiltInSelected()) {
            const int step = m_editor->currentStep();
            m_editor->setRoutine(*builtin::find(m_currentId, m_catalog), true);
            m_editor->setCurrentStep(step);
        }
        syncListSelection();
    }
}

bool RoutinesView::open(const QString &id)
{
    const StoredRoutine *stored = m_store.find(id);
    if (const std::optional<Routine> builtIn = builtin::find(id, m_catalog))
        m_editor->setRoutine(*builtIn, true);
    else if (stored)
        m_editor->setRoutine(stored->routine, false);
    else
        return false;
    const bool changed = id != m_currentId;
    m_currentId = id;
    m_changedElsewhere->hide();
    m_listModel->setDraft(std::nullopt);
    syncListSelection();
    updateActions();
    if (changed)
        Q_EMIT currentRoutineChanged(id);
    return true;
}

bool RoutinesView::rowRequested(const QModelIndex &index)
{
    const QString id = index.data(RoutineListModel::IdRole).toString();
    if (id == m_currentId)
        return true;
    // Switching may save, which reorders the list; the row is selected anew afterwards.
    selectRoutine(id);
    return false;
}

void RoutinesView::reloadStretches()
{
    m_listModel->reload();
    m_editor->reloadStretches();
}

void RoutinesView::addBanner(QWidget *banner)
{
    m_banners->insertWidget(0, banner);
}

void RoutinesView::storeChanged()
{
    m_listModel->reload();
    const StoredRoutine *stored = m_store.find(m_currentId);
    if (!m_changingStore && stored && stored->routine != m_editor->savedRoutine())
        m_changedElsewhere->storedVersionChanged(stored->routine);
    const bool vanished =
        !m_currentId.isEmpty() && !isBuiltInSelected() && !m_store.find(m_currentId);
    if (!m_changingStore && vanished) {
        // Removed behind the editor's back: keep unsaved edits as a new routine.
        if (m_editor->isModified()) {
            m_currentId.clear();
            m_listModel->setDraft(m_editor->routine());
        } else {
            open(builtin::backAndHipsId.toString());
        }
    }
    syncListSelection();
    updateActions();
}

void RoutinesView::syncListSelection()
{
    const QModelIndex index = m_listModel->indexOf(m_currentId);
    if (index.isValid() && routineList()->currentIndex() != index) {
        routineList()->setCurrentIndex(index);
        routineList()->scrollTo(index);
    }
    m_listModel->setUnsaved(m_editor->isModified() ? std::optional<QString>(m_currentId)
                                                   : std::nullopt);
}

void RoutinesView::updateActions()
{
    m_panel->enableFor({isBuiltInSelected(), m_currentId.isEmpty(),
                        !m_editor->routine().steps.isEmpty(),
                        m_store.routines().isEmpty() && !m_listModel->hasDraft()});
}

std::optional<QString> RoutinesView::changeStore(const QString &failureTitle,
                                                 const std::function<StoreResult()> &change)
{
    // The store signals the change before returning; the view updates itself afterwards.
    m_changingStore = true;
    const StoreResult result = change();
    m_changingStore = false;
    if (!result.ok()) {
        m_prompts.showError(failureTitle, result.error);
        return std::nullopt;
    }
    return result.id;
}

} // namespace limber
