#include "shell/HeadlessRun.h"

#include "figures/IllustrationExport.h"
#include "history/DeviceIdentity.h"
#include "history/HistoryCache.h"
#include "history/HistoryStore.h"
#include "model/Catalog.h"
#include "model/TimingPreferences.h"
#include "shell/CommandLine.h"
#include "shell/HeadlessCommands.h"
#include "shell/HistoryCommands.h"
#include "shell/LaunchRequests.h"
#include "storage/RoutineResolver.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "storage/StretchKeeping.h"
#include "storage/StretchStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

namespace limber {

int runHeadless(const CommandLine &commandLine, QSettings &settingsStore, const Settings &settings,
                QTextStream &out, QTextStream &err)
{
    const DataFolder data = dataFolderFor(commandLine, settingsStore);
    if (commandLine.isSet(commandLine.history) || commandLine.isSet(commandLine.exportHistory)) {
        HistoryStore history(data.history(), DeviceIdentity::id(settingsStore),
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
    StretchStore stretches(catalog, data.stretches());
    stretches.load(StretchStore::BrokenFiles::LeaveInPlace);
    RoutineStore routines(catalog, data.routines());
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
    const RoutineResolver resolver(catalog, data.routines());
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

} // namespace limber
