#include "shell/WindowPlugin.h"

#include "shell/CommandLine.h"
#include "shell/HeadlessRun.h"
#include "shell/ShellFrontend.h"

#include <QTextStream>

namespace limber {

std::unique_ptr<WindowFrontend> WindowPlugin::createWindow(const FrontendServices &services)
{
    return ShellFrontend::create(services);
}

int WindowPlugin::runHeadless(const QStringList &arguments, QSettings &settingsStore,
                              const Settings &settings)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The launcher parsed the same arguments successfully before loading this module.
    CommandLine commandLine;
    commandLine.parse(arguments);
    return limber::runHeadless(commandLine, settingsStore, settings, out, err);
}

} // namespace limber
