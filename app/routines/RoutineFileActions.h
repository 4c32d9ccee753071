#pragma once

#include <QCoreApplication>
#include <QString>

namespace limber {

class Catalog;
class RoutinesView;
class RoutineStore;
class Settings;
struct RoutinePrompts;

// Routine files the person picks, for the routines view: importing one into the store (which
// then opens it) and exporting the routine shown. Failures are reported through the view's
// error reporter and change nothing.
class RoutineFileActions
{
    // The texts are the view's, and stay in its translation context.
    Q_DECLARE_TR_FUNCTIONS(limber::RoutinesView)

public:
    // prompts is the view's own, so functions a test installs later are used too.
    RoutineFileActions(RoutinesView &view, const Catalog &catalog, RoutineStore &store,
                       const Settings &settings, const RoutinePrompts &prompts);

    bool importRoutine();
    bool importFile(const QString &path);
    bool exportCurrent();
    bool exportCurrentTo(const QString &path);
    // The printable handout of the routine as it is in the editor, with the settings' timings.
    void saveHandoutAsPdf();
    void printHandout();

private:
    RoutinesView &m_view;
    const Catalog &m_catalog;
    RoutineStore &m_store;
    const Settings &m_settings;
    const RoutinePrompts &m_prompts;
};

} // namespace limber
