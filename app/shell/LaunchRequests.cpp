#include "shell/LaunchRequests.h"

#include "model/Catalog.h"
#include "shell/CommandLine.h"
#include "storage/RoutineResolver.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

DataFolder dataFolderFor(const CommandLine &commandLine, const QSettings &localSettings)
{
    if (commandLine.isSet(commandLine.dataDir))
        return DataFolder(QDir(commandLine.value(commandLine.dataDir)).absolutePath());
    return DataFolder::chosen(localSettings);
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

} // namespace limber
