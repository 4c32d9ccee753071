#pragma once

#include "shell/WindowFrontend.h"

#include <memory>

namespace limber {

class CueAnnouncer;
class MainWindow;
class RoutinePlayer;
class RoutineStore;
class Settings;
class ViewRouter;

// The window module's side of WindowFrontend: the MainWindow, its views and the cues.
class ShellFrontend final : public WindowFrontend
{
public:
    // Destroyed in reverse order: the views use the window and the announcer.
    struct Parts
    {
        // Null when the owner keeps the announcer (the tests).
        std::unique_ptr<CueAnnouncer> announcer;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<ViewRouter> views;
    };

    ShellFrontend(Parts parts, const Settings &settings, const RoutineStore &routines,
                  const RoutinePlayer &player);
    ~ShellFrontend() override;

    // The window, its views and a cue announcer made from the services, as Limber runs.
    static std::unique_ptr<ShellFrontend> create(const FrontendServices &services);

    QWidget &window() override;
    void playNow(const Routine &routine, const QString &routineId) override;
    void startNow() override;
    void reloadStretches() override;
    void reportProblems(const QStringList &problems) override;
    void restartVoice() override;
    void handleForwardedArguments(const QStringList &arguments) override;
    void setReminderSection(std::function<ReminderSection()> describe) override;

    ViewRouter &views() { return *m_parts.views; }

private:
    Parts m_parts;
    const Settings &m_settings;
    const RoutineStore &m_routines;
    const RoutinePlayer &m_player;
};

} // namespace limber
