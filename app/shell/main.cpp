#include "cues/CueAnnouncer.h"
#include "cues/CueSettingsBinding.h"
#include "figures/IllustrationExport.h"
#include "history/DeviceIdentity.h"
#include "history/HistoryCache.h"
#include "history/HistoryStore.h"
#include "model/Catalog.h"
#include "model/TimingPreferences.h"
#include "playback/Clock.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/PlayerView.h"
#include "player/PlayerWakeTimer.h"
#include "shell/Appearance.h"
#include "shell/AppServices.h"
#include "shell/CommandLine.h"
#include "shell/HeadlessCommands.h"
#include "shell/HistoryCommands.h"
#include "shell/LaunchRequests.h"
#include "shell/LazyWindow.h"
#include "shell/MainWindow.h"
#include "shell/ReminderShell.h"
#include "shell/SingleInstance.h"
#include "shell/Translations.h"
#include "shell/ViewRouter.h"
#include "storage/MissingStretchTracker.h"
#include "storage/RoutineResolver.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "storage/StretchKeeping.h"
#include "storage/StretchStore.h"
#include "widgets/MessageBoxIconName.h"

#include <memory>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

using namespace limber;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    return arguments;
}

int runHeadless(const CommandLine &commandLine, QSettings &settingsStore, const Settings &settings,
                QTextStream &out, QTextStream &err)
{
    if (commandLine.isSet(commandLine.help)) {
        out << commandLine.helpText();
        return HeadlessCommands::Success;
    }
    if (commandLine.isSet(commandLine.version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return HeadlessCommands::Success;
    }
    if (commandLine.isSet(commandLine.history) || commandLine.isSet(commandLine.exportHistory)) {
        HistoryStore history(HistoryStore::defaultDirectory(), DeviceIdentity::id(settingsStore),
                             DeviceIdentity::name());
        history.setCacheDirectory(HistoryCache::defaultDirectory());
        HistoryCommands commands(history, out, err);
        return commandLine.isSet(commandLine.history)
                   ? commands.print(commandLine.value(commandLine.since))
                   : commands.exportCsv(commandLine.value(commandLine.exportHistory));
    }
    // The commands see what the window shows: the built-in stretches, the user's own, and
    // placeholders for deleted ones that saved routines still name. Only reads: broken files
    // are the app's to move aside and report.
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches(catalog, StretchStore::defaultDirectory());
    stretches.load(StretchStore::BrokenFiles::LeaveInPlace);
    RoutineStore routines(catalog, RoutineStore::defaultDirectory());
    routines.load(RoutineStore::BrokenFiles::LeaveInPlace);
    catalog.setMissingStretches(routines.missingStretches());
    routines.setStretchKeeper(keepInto(stretches));

    if (commandLine.isSet(commandLine.renderIllustrations)) {
        if (commandLine.sizePx() == 0) {
            err << QCoreApplication::translate("main", "--size: must be a whole number of "
                                                       "pixels from 16 to 4096")
                << '\n';
            return HeadlessCommands::InvalidInput;
        }
        return IllustrationExport::writeAll(catalog,
                                            commandLine.value(commandLine.renderIllustrations),
                                            commandLine.sizePx(), out, err);
    }
    const TimingPreferences preferences = settings.timing();
    const RoutineResolver resolver(catalog, RoutineResolver::defaultSavedRoutinesDir());
    HeadlessCommands commands(catalog, resolver, routines, preferences, out, err);
    if (commandLine.isSet(commandLine.listStretches))
        return commands.listStretches();
    if (commandLine.isSet(commandLine.validate))
        return commands.validate(commandLine.value(commandLine.validate));
    if (commandLine.isSet(commandLine.importFile))
        return commands.importRoutine(commandLine.value(commandLine.importFile));
    if (commandLine.isSet(commandLine.exportPdf))
        return commands.exportPdf(commandLine.routineSpec(), commandLine.exportPath(),
                                  commandLine.value(commandLine.paper));
    if (commandLine.isSet(commandLine.exportRoutine))
        return commands.exportRoutine(commandLine.routineSpec(), commandLine.exportPath());
    return commands.printTimeline(commandLine.routineSpec());
}

QStringList brokenFileReports(const QList<BrokenRoutineFile> &broken)
{
    QStringList reports;
    for (const BrokenRoutineFile &file : broken) {
        reports.append(file.movedTo.isEmpty()
                           ? QCoreApplication::translate("main", "%1 could not be read, nor moved "
                                                                 "aside, so it was left as it "
                                                                 "is:\n%2")
                                 .arg(file.originalPath, file.reason)
                           : QCoreApplication::translate("main", "%1 could not be read and was "
                                                                 "moved aside to %2:\n%3")
                                 .arg(file.originalPath, file.movedTo, file.reason));
    }
    return reports;
}

int runWindow(const CommandLine &commandLine, QSettings &settingsStore, Settings &settings,
              Translations &translations, QTextStream &err)
{
    // So the window manager and the dock match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.limber.Limber"));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Limber"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/limber.svg")));
    nameMessageBoxIcons();

    // One window at a time: a second start hands its request to the first and leaves.
    SingleInstance instance(SingleInstance::defaultServerName());
    if (instance.forwardToRunningInstance(forwardedArguments(commandLine)))
        return HeadlessCommands::Success;
    if (!instance.listen())
        err << QCoreApplication::translate("main", "Another Limber could not be reached (%1); "
                                                   "starting anyway.")
                   .arg(instance.errorString())
            << '\n';

    // The built-in stretches, the user's own, and placeholders for deleted ones that routines
    // still name: own stretches are loaded first, so routines find them.
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches(catalog, StretchStore::defaultDirectory());
    QStringList problems = brokenFileReports(stretches.load());
    RoutineStore store(catalog, RoutineStore::defaultDirectory());
    // An imported routine's own stretches are kept among the user's.
    store.setStretchKeeper(keepInto(stretches));
    problems.append(brokenFileReports(store.load()));
    MissingStretchTracker missingStretches(catalog, stretches, store);
    missingStretches.refresh();
    HistoryStore history(HistoryStore::defaultDirectory(), DeviceIdentity::id(settingsStore),
                         DeviceIdentity::name());
    history.setCacheDirectory(HistoryCache::defaultDirectory());
    for (const HistoryProblem &problem : history.load())
        problems.append(problem.message());
    problems.append(settings.warnings());
    for (const QString &problem : std::as_const(problems))
        err << problem << '\n';

    const StartRoutine start = chooseStartRoutine(commandLine.routineSpec(), settings, store);
    if (!start.routine.ok()) {
        err << start.routine.errorText() << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Limber"),
                              start.routine.errorText());
        return HeadlessCommands::InvalidInput;
    }

    Appearance appearance(*qApp);
    appearance.apply(settings.colorScheme());
    QObject::connect(&settings, &Settings::colorSchemeChanged, qApp,
                     [&appearance](ColorScheme scheme) { appearance.apply(scheme); });
    const SteadyClock clock;
    RoutinePlayer player(clock);
    const PlayerWakeTimer wakeTimer(player);
    SessionRecorder recorder(clock, player);
    LazyWindow lazy([&] {
        LazyWindow::Parts parts;
        parts.announcer = std::make_unique<CueAnnouncer>(catalog, player);
        bindCueSettings(settings, *parts.announcer);
        parts.window = std::make_unique<MainWindow>();
        parts.views =
            std::make_unique<ViewRouter>(AppServices{catalog, player, recorder, *parts.announcer,
                                                     settings, store, stretches, history},
                                         *parts.window, *start.routine.routine, start.id);
        parts.window->reportStartupProblems(problems);
        return parts;
    });
    QObject::connect(&missingStretches, &MissingStretchTracker::catalogChanged, &lazy, [&lazy] {
        if (lazy.isBuilt())
            lazy.views().reloadStretches();
    });
    QObject::connect(&settings, &Settings::languageChanged, qApp,
                     [&translations, &lazy](const QString &code) {
                         translations.switchTo(code);
                         if (CueAnnouncer *announcer = lazy.announcer())
                             announcer->restartVoice();
                     });

    const SystemWallClock wallClock;
    ReminderShell reminders(wallClock, settingsStore, settings, store, lazy,
                            [&history](QDate day) { return history.hasSessionOn(day); });
    if (commandLine.isSet(commandLine.background) && reminders.staysInTray()) {
        // Tray only: nothing of the window is built until a reminder's Start or "Open Limber".
    } else {
        MainWindow &window = lazy.window();
        if (commandLine.isSet(commandLine.background))
            window.showMinimized(); // no tray here: reminders need the window, out of the way
        else
            window.show();
        // Take the keyboard at once: the person may be on the floor already, with only keys.
        window.raise();
        window.activateWindow();
    }
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &lazy,
                     [&](const QStringList &arguments) {
                         handleForwardedArguments(arguments, lazy.window(), lazy.views(), settings,
                                                  store, player);
                     });
    if (commandLine.isSet(commandLine.start))
        lazy.views().playerView()->startNow();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Limber"));
    QCoreApplication::setApplicationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Parsed before any application object exists: the result decides whether a display is
    // needed at all, and a usage error must never depend on having one.
    const QStringList arguments = argumentsOf(argc, argv);
    QSettings settingsStore;
    Settings settings(settingsStore);
    std::unique_ptr<QCoreApplication> application;
    Translations translations;
    {
        CommandLine commandLine;
        if (!commandLine.parse(arguments)) {
            err << commandLine.errorText() << '\n'
                << QCoreApplication::translate("main", "Run limber --help for the options.")
                << '\n';
            return HeadlessCommands::InvalidInput;
        }
        if (!commandLine.needsGui()) {
            application = std::make_unique<QCoreApplication>(argc, argv);
        } else if (commandLine.isHeadless()) {
            // Painting images needs Qt GUI, but never a display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QApplication>(argc, argv);
        }
        // --lang wins over the language chosen in the settings, which wins over the system's.
        translations.switchTo(commandLine.isSet(commandLine.language)
                                  ? commandLine.value(commandLine.language)
                                  : settings.language());
    }

    // Parsed again now that translators exist, so the help and messages are translated.
    CommandLine commandLine;
    commandLine.parse(arguments);
    if (commandLine.isHeadless())
        return runHeadless(commandLine, settingsStore, settings, out, err);
    return runWindow(commandLine, settingsStore, settings, translations, err);
}
