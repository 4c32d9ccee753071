#include "MainWindow.h"

#include "Routine.h"
#include "RoutineOverview.h"

namespace limber {

MainWindow::MainWindow(const Catalog &catalog, const Routine &routine,
                       const TimingPreferences &preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_overview(new RoutineOverview(catalog, this))
{
    setWindowTitle(tr("Limber"));
    setCentralWidget(m_overview);
    m_overview->showRoutine(routine, preferences);
    resize(900, 640);
}

} // namespace limber
