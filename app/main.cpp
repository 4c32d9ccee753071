#include "Appearance.h"
#include "AppServices.h"
#include "Catalog.h"
#include "Clock.h"
#include "CommandLine.h"
#include "CueAnnouncer.h"
#include "HeadlessCommands.h"
#include "IllustrationExport.h"
#include "MainWindow.h"
#include "PlayerView.h"
#include "PlayerWakeTimer.h"
#include "RoutinePlayer.h"
#include "RoutineResolver.h"
#include "SessionRecorder.h"
#include "TimingPreferences.h"
#include "Translations.h"

#include <memory>
#include <QApplication>
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

int runHeadless(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
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
    if (commandLine.isSet(commandLine.renderIllustrations)) {
        if (commandLine.sizePx() == 0) {
            err << QCoreApplication::translate("main", "--size: must be a whole number of "
                                                       "pixels from 16 to 4096")
                << '\n';
            return HeadlessCommands::InvalidInput;
        }
        return IllustrationExport::writeAll(Catalog::builtIn(),
                                            commandLine.value(commandLine.renderIllustrations),
                                            commandLine.sizePx(), out, err);
    }
    const TimingPreferences preferences;
    const RoutineResolver resolver(Catalog::builtIn(), RoutineResolver::defaultSavedRoutinesDir());
    HeadlessCommands commands(Catalog::builtIn(), resolver, preferences, out, err);
    if (commandLine.isSet(commandLine.listStretches))
        return commands.listStretches();
    if (commandLine.isSet(commandLine.validate))
        return commands.validate(commandLine.value(commandLine.validate));
    return commands.printTimeline(commandLine.routineSpec());
}

int runWindow(const CommandLine &commandLine, QTextStream &err)
{
    const TimingPreferences preferences;
    const RoutineResolver resolver(Catalog::builtIn(), RoutineResolver::defaultSavedRoutinesDir());
    const RoutineReadResult routine = resolver.resolve(commandLine.routineSpec());
    if (!routine.ok()) {
        err << routine.errorText() << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Limber"),
                              routine.errorText());
        return HeadlessCommands::InvalidInput;
    }

    Appearance::apply(*qApp, Appearance::stored());
    const SteadyClock clock;
    RoutinePlayer player(clock);
    const PlayerWakeTimer wakeTimer(player);
    SessionRecorder recorder(clock, player);
    CueAnnouncer announcer(Catalog::builtIn(), player);
    // Until the settings pane exists these are only set by hand (or by the end-to-end test).
    const QSettings settings;
    announcer.setSoundEnabled(settings.value(QStringLiteral("cues/sound"), true).toBool());
    announcer.setVoiceEnabled(settings.value(QStringLiteral("cues/voice"), true).toBool());
    MainWindow window(AppServices{Catalog::builtIn(), player, recorder, announcer, preferences},
                      *routine.routine);
    window.show();
    // Take the keyboard at once: the person may be on the floor already, with only keys.
    window.raise();
    window.activateWindow();
    if (commandLine.isSet(commandLine.start))
        window.playerView()->start();
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
    std::unique_ptr<QCoreApplication> application;
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
        installTranslations(*application, commandLine.value(commandLine.language));
    }

    // Parsed again now that translators exist, so the help and messages are translated.
    CommandLine commandLine;
    commandLine.parse(arguments);
    if (commandLine.isHeadless())
        return runHeadless(commandLine, out, err);
    return runWindow(commandLine, err);
}
