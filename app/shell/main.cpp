#include "history/DeviceIdentity.h"
#include "model/Catalog.h"
#include "playback/Clock.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/PlayerWakeTimer.h"
#include "shell/Appearance.h"
#include "shell/CommandLine.h"
#include "shell/HeadlessCommands.h"
#include "shell/LaunchRequests.h"
#include "shell/LazyWindow.h"
#include "shell/ReminderShell.h"
#include "shell/SingleInstance.h"
#include "shell/Translations.h"
#include "shell/WindowFrontend.h"
#include "storage/MissingStretchTracker.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "sync/DataLocationMigration.h"
#include "sync/LiveDataFolder.h"
#include "sync/SharedPreferences.h"
#include "widgets/AppIcon.h"
#include "widgets/MessageBoxIconName.h"
#include "widgets/PluginLocator.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
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

// The window module (see WindowFrontend); null, with the reason on stderr, when it cannot be
// loaded: the installation is broken.
WindowModule *windowModule(QTextStream &err)
{
    // LIMBER_WINDOW_MODULE_FILE comes from app/CMakeLists.txt.
    QString error;
    WindowModule *module =
        findLimberPlugin<WindowModule>(QStringLiteral(LIMBER_WINDOW_MODULE_FILE), &error);
    if (!module)
        err << QCoreApplication::translate("main", "Limber's window module could not be loaded, "
                                                   "so Limber cannot start: %1")
                   .arg(error)
            << '\n';
    return module;
}

// What the window says once it is up.
struct Startup
{
    QStringList problems;
    QString notice;
};

int runWindow(const CommandLine &commandLine, const DataFolder &dataFolder,
              QSettings &settingsStore, Settings &settings, SharedPreferences &shared,
              Translations &translations, QTextStream &err, Startup startup)
{
    // So the window manager and the dock match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.limber.Limber"));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Limber"));
    nameMessageBoxIcons();

    // One window at a time per data folder: a second start hands its request to the first and
    // leaves.
    SingleInstance instance(QDBusConnection::sessionBus(),
                            SingleInstance::serviceNameFor(dataFolder.root()));
    if (instance.forwardToRunningInstance(forwardedArguments(commandLine)))
        return HeadlessCommands::Success;
    // Without a session bus there is no other Limber to find, nor a desktop to share.
    if (!instance.listen() && instance.hasBus())
        err << QCoreApplication::translate("main", "Another Limber could not be reached (%1); "
                                                   "starting anyway.")
                   .arg(instance.errorString())
            << '\n';

    // The built-in stretches, the user's own, and placeholders for deleted ones that routines
    // still name; the routines and the history: all from the data folder, and kept in step
    // with it.
    LiveDataFolder data(dataFolder, DeviceIdentity::id(settingsStore), DeviceIdentity::name());
    if (!commandLine.isSet(commandLine.dataDir))
        data.rememberChoiceIn(&settingsStore);
    data.followPreferences(&shared);
    QStringList problems = startup.problems + data.load();
    Catalog &catalog = data.catalog();
    StretchStore &stretches = data.stretches();
    RoutineStore &store = data.routines();
    HistoryStore &history = data.history();
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
    LazyWindow lazy([&]() -> std::unique_ptr<WindowFrontend> {
        WindowModule *module = windowModule(err);
        if (!module) {
            err.flush();
            // Nothing can go on without a window: a reminder's Start or "Open Limber" asked
            // for it, or this is the start of a window.
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Limber"),
                                  QCoreApplication::translate("main", "Limber's files are "
                                                                      "incomplete: its window "
                                                                      "could not be loaded. "
                                                                      "Please reinstall Limber."));
            std::exit(HeadlessCommands::Failure);
        }
        // Set here, not at start: the tray's own windows would carry every size of it.
        QApplication::setWindowIcon(appIcon());
        return module->createWindow(
            FrontendServices{catalog, player, recorder, settings, store, stretches, history, data,
                             *start.routine.routine, start.id, problems, startup.notice});
    });
    QObject::connect(&data, &LiveDataFolder::problemsFound, qApp,
                     [&err, &lazy](const QStringList &found) {
                         for (const QString &problem : found)
                             err << problem << '\n';
                         err.flush();
                         if (WindowFrontend *frontend = lazy.builtFrontend())
                             frontend->reportProblems(found);
                     });
    QObject::connect(&data.missingStretches(), &MissingStretchTracker::catalogChanged, &lazy,
                     [&lazy] {
                         if (lazy.isBuilt())
                             lazy.frontend().reloadStretches();
                     });
    QObject::connect(&settings, &Settings::languageChanged, qApp,
                     [&translations, &lazy](const QString &code) {
                         translations.switchTo(code);
                         if (WindowFrontend *frontend = lazy.builtFrontend())
                             frontend->restartVoice();
                     });

    const SystemWallClock wallClock;
    ReminderShell reminders(wallClock, settingsStore, settings, store, lazy,
                            [&history](QDate day) { return history.hasSessionOn(day); });
    if (commandLine.isSet(commandLine.background) && reminders.staysInTray()) {
        // Tray only: nothing of the window is built until a reminder's Start or "Open Limber".
    } else {
        QWidget &window = lazy.window();
        if (commandLine.isSet(commandLine.background))
            window.showMinimized(); // no tray here: reminders need the window, out of the way
        else
            window.show();
        // Take the keyboard at once: the person may be on the floor already, with only keys.
        window.raise();
        window.activateWindow();
    }
    QObject::connect(
        &instance, &SingleInstance::argumentsReceived, &lazy,
        [&](const QStringList &arguments) { lazy.frontend().handleForwardedArguments(arguments); });
    if (commandLine.isSet(commandLine.start))
        lazy.frontend().startNow();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Both lower case, so that QSettings keeps "~/.config/limber/limber.conf"; the data folder
    // is "~/.local/share/limber" (DataFolder), not the "limber/limber" AppDataLocation gives.
    QCoreApplication::setOrganizationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Parsed before any application object exists: the result decides whether a display is
    // needed at all, and a usage error must never depend on having one.
    QStringList arguments = argumentsOf(argc, argv);
    // The location fix, once, before anything reads the data or the settings.
    DataLocationMigration migration(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    const DataLocationMigrationResult migrated = migration.run();
    if (!migrated.nothingToDo())
        err << migrated.message() << '\n';
    // What could not be moved is used where it is, for this run: the next start tries again.
    const bool configStayed = !QFileInfo::exists(migration.newConfigFile()) &&
                              QFileInfo::exists(migration.oldConfigFile());
    QSettings settingsStore(configStayed ? migration.oldConfigFile() : migration.newConfigFile(),
                            QSettings::NativeFormat);
    if (!migrated.ok() && QFileInfo::exists(migration.oldDataFolder()) &&
        QDir(migration.newDataFolder()).isEmpty() &&
        DataFolder::chosen(settingsStore).root() == DataFolder::defaultRoot() &&
        std::none_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
            return argument.startsWith(QLatin1String("--data-dir"));
        }))
        arguments << QStringLiteral("--data-dir") << migration.oldDataFolder();
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
    if (commandLine.isSet(commandLine.help)) {
        out << commandLine.helpText();
        return HeadlessCommands::Success;
    }
    if (commandLine.isSet(commandLine.version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return HeadlessCommands::Success;
    }
    // The person's timings, holds and weekly goal follow them through the data folder.
    const DataFolder dataFolder = dataFolderFor(commandLine, settingsStore);
    SharedPreferences shared(dataFolder.preferences(), DeviceIdentity::id(settingsStore),
                             DeviceIdentity::name());
    QStringList problems;
    for (const RoutineFileError &problem : shared.load())
        problems.append(problem.message());
    settings.shareThrough(shared);
    if (commandLine.isHeadless()) {
        for (const QString &problem : std::as_const(problems))
            err << problem << '\n';
        WindowModule *module = windowModule(err);
        if (!module)
            return HeadlessCommands::Failure;
        out.flush();
        err.flush();
        return module->runHeadless(arguments, settingsStore, settings);
    }
    return runWindow(commandLine, dataFolder, settingsStore, settings, shared, translations, err,
                     Startup{problems, migrated.nothingToDo() ? QString() : migrated.message()});
}
