#include "shell/ShellFrontend.h"

#include "cues/CueAnnouncer.h"
#include "cues/CueSettingsBinding.h"
#include "player/PlayerView.h"
#include "settings/ReminderSettingsSection.h"
#include "settings/SettingsView.h"
#include "shell/AppServices.h"
#include "shell/ForwardedLaunch.h"
#include "shell/MainWindow.h"
#include "shell/ViewRouter.h"

#include <utility>

namespace limber {

ShellFrontend::ShellFrontend(Parts parts, const Settings &settings, const RoutineStore &routines,
                             const RoutinePlayer &player)
    : m_parts(std::move(parts))
    , m_settings(settings)
    , m_routines(routines)
    , m_player(player)
{
}

ShellFrontend::~ShellFrontend()
{
    // The views hold on to the window and the announcer: they go first.
    m_parts.views.reset();
    m_parts.window.reset();
    m_parts.announcer.reset();
}

std::unique_ptr<ShellFrontend> ShellFrontend::create(const FrontendServices &services)
{
    Parts parts;
    parts.announcer = std::make_unique<CueAnnouncer>(services.catalog, services.player);
    bindCueSettings(services.settings, *parts.announcer);
    parts.window = std::make_unique<MainWindow>();
    parts.views = std::make_unique<ViewRouter>(
        AppServices{services.catalog, services.player, services.recorder, *parts.announcer,
                    services.settings, services.routines, services.stretches, services.history,
                    &services.data},
        *parts.window, services.startRoutine, services.startRoutineId);
    parts.window->reportStartupProblems(services.startupProblems);
    parts.window->showStartupNotice(services.startupNotice);
    return std::make_unique<ShellFrontend>(std::move(parts), services.settings, services.routines,
                                           services.player);
}

QWidget &ShellFrontend::window()
{
    return *m_parts.window;
}

void ShellFrontend::playNow(const Routine &routine, const QString &routineId)
{
    m_parts.views->playNow(routine, routineId);
}

void ShellFrontend::startNow()
{
    m_parts.views->playerView()->startNow();
}

void ShellFrontend::reportProblems(const QStringList &problems)
{
    m_parts.window->reportStartupProblems(problems);
}

void ShellFrontend::reloadStretches()
{
    m_parts.views->reloadStretches();
}

void ShellFrontend::restartVoice()
{
    if (m_parts.announcer)
        m_parts.announcer->restartVoice();
}

void ShellFrontend::handleForwardedArguments(const QStringList &arguments)
{
    limber::handleForwardedArguments(arguments, *m_parts.window, *m_parts.views, m_settings,
                                     m_routines, m_player);
}

void ShellFrontend::setReminderSection(std::function<ReminderSection()> describe)
{
    m_parts.views->setSettingsViewHook([describe = std::move(describe)](SettingsView *view) {
        const ReminderSection content = describe();
        auto *section = new ReminderSettingsSection(*content.settings);
        section->setRoutines(content.routines);
        section->setTrayAvailable(content.trayAvailable);
        section->setIdleTimeAvailable(content.idleTimeAvailable);
        view->addReminderSection(section);
    });
}

} // namespace limber
