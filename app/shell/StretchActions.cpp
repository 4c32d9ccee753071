#include "shell/StretchActions.h"

#include "model/Catalog.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"
#include "stretches/StretchDeletePrompt.h"
#include "stretches/StretchEditorDialog.h"

#include <QMessageBox>

namespace limber {

StretchActions::StretchActions(const Catalog &catalog, StretchStore &stretches,
                               const RoutineStore &routines, QWidget *dialogParent)
    : m_catalog(catalog)
    , m_stretches(stretches)
    , m_routines(routines)
    , m_dialogParent(dialogParent)
    , m_runEditor([](StretchEditorDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
    , m_confirmDelete([dialogParent](const QString &name, const QStringList &routineNames) {
        return StretchDeletePrompt::confirm(dialogParent, name, routineNames);
    })
    , m_reportError([dialogParent](const QString &message) {
        QMessageBox::warning(dialogParent, QCoreApplication::translate("main", "Limber"), message);
    })
{
}

void StretchActions::createStretch()
{
    StretchEditorDialog dialog(m_dialogParent);
    dialog.startNew(QString());
    runEditor(dialog, QString());
}

void StretchActions::duplicateStretch(const QString &id)
{
    const Stretch *original = m_catalog.find(id);
    if (original == nullptr || original->isMissing())
        return;
    StretchEditorDialog dialog(m_dialogParent);
    dialog.startDuplicate(*original, QString());
    runEditor(dialog, QString());
}

void StretchActions::editStretch(const QString &id)
{
    const Stretch *stretch = m_stretches.find(id);
    if (stretch == nullptr)
        return;
    StretchEditorDialog dialog(m_dialogParent);
    dialog.setStretch(*stretch);
    runEditor(dialog, id);
}

void StretchActions::deleteStretch(const QString &id)
{
    const Stretch *stretch = m_stretches.find(id);
    if (stretch == nullptr)
        return;
    QStringList routineNames;
    for (const StoredRoutine &stored : m_routines.routinesUsing(id))
        routineNames.append(stored.routine.name);
    if (!m_confirmDelete(stretch->name(), routineNames))
        return;
    if (const StoreResult result = m_stretches.remove(id); !result.ok())
        m_reportError(result.error);
}

void StretchActions::runEditor(StretchEditorDialog &dialog, const QString &id)
{
    // The store would number a taken name on saving; saying so while typing is kinder.
    dialog.setNameCheck([this, id](const QString &name) {
        const QString free = m_stretches.uniqueName(name, id);
        return free == name ? QString()
                            : tr("A stretch called “%1” already exists; choose another name, "
                                 "such as “%2”.")
                                  .arg(name, free);
    });
    if (!m_runEditor(dialog))
        return;
    const StoreResult result =
        id.isEmpty() ? m_stretches.create(dialog.stretch(), dialog.chosenImagePath())
                     : m_stretches.save(id, dialog.stretch(), dialog.chosenImagePath());
    if (!result.ok()) {
        m_reportError(result.error);
        return;
    }
    Q_EMIT stretchStored(result.id);
}

} // namespace limber
