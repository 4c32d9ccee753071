#include "routines/RoutineFileActions.h"

#include "handout/HandoutActions.h"
#include "routines/RoutineDialogs.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutinesView.h"
#include "storage/RoutineExport.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"

#include <QDir>
#include <QFileInfo>

namespace limber {

RoutineFileActions::RoutineFileActions(RoutinesView &view, const Catalog &catalog,
                                       RoutineStore &store, const Settings &settings,
                                       const RoutinePrompts &prompts)
    : m_view(view)
    , m_catalog(catalog)
    , m_store(store)
    , m_settings(settings)
    , m_prompts(prompts)
{
}

bool RoutineFileActions::importRoutine()
{
    const QString path = m_prompts.importPath();
    return !path.isEmpty() && importFile(path);
}

bool RoutineFileActions::importFile(const QString &path)
{
    const StoreResult result = m_store.importFile(path);
    if (!result.ok()) {
        m_prompts.showError(tr("The routine was not imported"), result.error);
        return false;
    }
    // Imported either way; it opens unless the person keeps editing the routine shown.
    if (m_view.selectRoutine(result.id))
        m_view.editor()->showStatus(tr("Imported from %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool RoutineFileActions::exportCurrent()
{
    const Routine routine = m_view.currentRoutine();
    if (routine.steps.isEmpty())
        return false;
    const QString path = m_prompts.exportPath(RoutineDialogs::suggestedExportPath(routine.name));
    return !path.isEmpty() && exportCurrentTo(path);
}

bool RoutineFileActions::exportCurrentTo(const QString &path)
{
    const Routine routine = m_view.currentRoutine();
    if (routine.steps.isEmpty()) {
        m_prompts.showError(tr("The routine was not exported"),
                            tr("The routine has no stretches yet."));
        return false;
    }
    // The user's own stretches travel inside the file, pictures included.
    if (const std::optional<RoutineFileError> error =
            RoutineExport::write(routine, m_settings.timing(), m_catalog, path)) {
        m_prompts.showError(tr("The routine was not exported"), error->message());
        return false;
    }
    m_view.editor()->showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RoutineFileActions::saveHandoutAsPdf()
{
    HandoutActions::saveAsPdf(&m_view, m_view.currentRoutine(), m_settings.timing(), m_catalog);
}

void RoutineFileActions::printHandout()
{
    HandoutActions::print(&m_view, m_view.currentRoutine(), m_settings.timing(), m_catalog);
}

} // namespace limber
