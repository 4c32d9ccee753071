#include "Catalog.h"
#include "CommandLine.h"
#include "HeadlessCommands.h"
#include "MainWindow.h"
#include "RoutineResolver.h"
#include "TimingPreferences.h"
#include "Translations.h"

#include <cstdio>
#include <memory>
#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

using namespace limber;

namespace {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (CommandLine::wantsHeadless(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    return std::make_unique<QApplication>(argc, argv);
}

// Only --lang must be known before the parser's own texts are translated.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument == QStringLiteral("--lang") && index + 1 < arguments.size())
            return arguments.at(index + 1);
        if (argument.startsWith(QStringLiteral("--lang=")))
            return argument.mid(7);
    }
    return {};
}

int runHeadless(const CommandLine &commandLine, const RoutineResolver &resolver, QTextStream &out,
                QTextStream &err)
{
    const TimingPreferences preferences;
    HeadlessCommands commands(Catalog::builtIn(), resolver, preferences, out, err);
    if (commandLine.isSet(commandLine.listStretches))
        return commands.listStretches();
    if (commandLine.isSet(commandLine.validate))
        return commands.validate(commandLine.value(commandLine.validate));
    return commands.printTimeline(commandLine.routineSpec());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Limber"));
    QCoreApplication::setApplicationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    installTranslations(*application, requestedLanguage(QCoreApplication::arguments()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        err << commandLine.errorText() << '\n'
            << QCoreApplication::translate("main", "Run limber --help for the options.") << '\n';
        return HeadlessCommands::InvalidInput;
    }
    if (commandLine.isSet(commandLine.help)) {
        out << commandLine.helpText();
        return HeadlessCommands::Success;
    }
    if (commandLine.isSet(commandLine.version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return HeadlessCommands::Success;
    }

    const RoutineResolver resolver(Catalog::builtIn(), RoutineResolver::defaultSavedRoutinesDir());
    if (commandLine.isSet(commandLine.listStretches) || commandLine.isSet(commandLine.validate) ||
        commandLine.isSet(commandLine.printTimeline))
        return runHeadless(commandLine, resolver, out, err);

    const TimingPreferences preferences;
    const RoutineReadResult routine = resolver.resolve(commandLine.routineSpec());
    if (!routine.ok()) {
        err << routine.errorText() << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Limber"),
                              routine.errorText());
        return HeadlessCommands::InvalidInput;
    }
    MainWindow window(Catalog::builtIn(), *routine.routine, preferences);
    window.show();
    return QCoreApplication::exec();
}
