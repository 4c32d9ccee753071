#include "shell/LazyWindow.h"

#include <utility>

namespace limber {

LazyWindow::LazyWindow(Build build, QObject *parent)
    : QObject(parent)
    , m_build(std::move(build))
{
}

LazyWindow::~LazyWindow() = default;

WindowFrontend &LazyWindow::frontend()
{
    if (!m_frontend) {
        m_frontend = m_build();
        Q_EMIT built();
    }
    return *m_frontend;
}

} // namespace limber
