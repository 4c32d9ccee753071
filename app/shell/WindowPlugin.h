#pragma once

#include "shell/WindowFrontend.h"

#include <QObject>

namespace limber {

// The root object of the window module, which the launcher loads with QPluginLoader.
class WindowPlugin : public QObject, public WindowModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LimberWindowModule_iid)
    Q_INTERFACES(limber::WindowModule)

public:
    std::unique_ptr<WindowFrontend> createWindow(const FrontendServices &services) override;
    int runHeadless(const QStringList &arguments, QSettings &settingsStore,
                    const Settings &settings) override;
};

} // namespace limber
