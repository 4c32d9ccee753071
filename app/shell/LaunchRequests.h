#pragma once

#include "storage/RoutineFile.h"
#include "sync/DataFolder.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace limber {

class CommandLine;
class RoutineStore;
class Settings;

// The routine the window opens on, and its id when it is built in or stored (empty for a
// routine file).
struct StartRoutine
{
    RoutineReadResult routine;
    QString id;
};

// ROUTINE from the command line (a built-in id, a stored routine's id or name, or a file);
// without one, the routine last played, or the built-in one when that was deleted since.
StartRoutine chooseStartRoutine(const QString &spec, const Settings &settings,
                                const RoutineStore &store);

// The data folder of this run: --data-dir, else the one chosen in Settings, else the default.
DataFolder dataFolderFor(const CommandLine &commandLine, const QSettings &localSettings);

// What a second start hands to the running window: ROUTINE (a file as an absolute path, so it
// names the same file over there) and --start.
QStringList forwardedArguments(const CommandLine &commandLine);

} // namespace limber
