#include "shell/LaunchRequests.h"

#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "player/PlayerView.h"
#include "shell/CommandLine.h"
#include "shell/MainWindow.h"
#include "shell/ViewRouter.h"
#include "storage/RoutineResolver.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace limber {

namespace {
StartRoutine builtInRoutine(const Catalog &catalog)
{
    return {{builtin::backAndHips(catalog), {}}, builtin::backAndHipsId.toString()};
}
} // namespace

StartRoutine chooseStartRoutine(const QString &spec, const Settings &settings,
                                const RoutineStore &store)
{
    const Catalog &catalog = store.catalog();
    const QString wanted = spec.isEmpty() ? settings.selectedRoutine() : spec;
    if (wanted.isEmpty())
        return builtInRoutine(catalog);
    if (const std::optional<Routine> builtIn = builtin::find(wanted, catalog))
        return {{*builtIn, {}}, wanted};
    if (const StoredRoutine *stored = store.find(wanted))
        return {{stored->routine, {}}, stored->id};
    if (const StoredRoutine *stored = store.findByName(wanted))
        return {{stored->routine, {}}, stored->id};
    if (spec.isEmpty())
        return builtInRoutine(catalog);
    const RoutineResolver resolver(catalog, store.directory());
    return {resolver.resolve(spec), {}};
}

QStringList forwardedArguments(const CommandLine &commandLine)
{
    QStringList arguments{QCoreApplication::applicationFilePath()};
    if (const QString spec = commandLine.routineSpec(); !spec.isEmpty()) {
        const QFileInfo file(spec);
        arguments << QStringLiteral("--routine")
                  << (file.isFile() ? file.absoluteFilePath() : spec);
    }
    if (commandLine.isSet(commandLine.start))
        arguments << QStringLiteral("--start");
    if (commandLine.isSet(commandLine.background))
        arguments << QStringLiteral("--background");
    return arguments;
}

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
