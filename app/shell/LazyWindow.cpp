#include "shell/LazyWindow.h"

#include "cues/CueAnnouncer.h"
#include "shell/MainWindow.h"
#include "shell/ViewRouter.h"

#include <utility>

namespace limber {

LazyWindow::LazyWindow(Build build, QObject *parent)
    : QObject(parent)
    , m_build(std::move(build))
{
}

LazyWindow::~LazyWindow()
{
    // The views hold on to the window and the announcer: they go first.
    m_parts.views.reset();
    m_parts.window.reset();
    m_parts.announcer.reset();
}

MainWindow &LazyWindow::window()
{
    ensureBuilt();
    return *m_parts.window;
}

ViewRouter &LazyWindow::views()
{
    ensureBuilt();
    return *m_parts.views;
}

void LazyWindow::ensureBuilt()
{
    if (isBuilt())
        return;
    m_parts = m_build();
    Q_EMIT built();
}

} // namespace limber
