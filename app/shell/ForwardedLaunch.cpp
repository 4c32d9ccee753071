#include "shell/ForwardedLaunch.h"

#include "playback/RoutinePlayer.h"
#include "player/PlayerView.h"
#include "shell/CommandLine.h"
#include "shell/LaunchRequests.h"
#include "shell/MainWindow.h"
#include "shell/ViewRouter.h"

#include <QMessageBox>

namespace limber {

void handleForwardedArguments(const QStringList &arguments, MainWindow &window, ViewRouter &views,
                              const Settings &settings, const RoutineStore &store,
                              const RoutinePlayer &player)
{
    CommandLine received;
    const bool busy = player.state() == RoutinePlayer::State::Running ||
                      player.state() == RoutinePlayer::State::Paused;
    // The autostart's `limber --background` while Limber already runs: nothing to show.
    if (received.parse(arguments) && received.isSet(received.background))
        return;
    if (received.parse(arguments) && !received.isHeadless() && !busy) {
        if (!received.routineSpec().isEmpty()) {
            const StartRoutine next = chooseStartRoutine(received.routineSpec(), settings, store);
            if (next.routine.ok())
                views.selectRoutine(*next.routine.routine, next.id);
            else
                QMessageBox::warning(&window, MainWindow::tr("Limber"), next.routine.errorText());
        }
        if (received.isSet(received.start)) {
            views.showView(ViewRouter::Player);
            views.playerView()->startNow();
        }
    }
    // Keeps full screen or maximised, which showNormal() would undo.
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

} // namespace limber
