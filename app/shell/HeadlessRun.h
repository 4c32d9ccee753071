#pragma once

class QSettings;
class QTextStream;

namespace limber {

class CommandLine;
class Settings;

// The commands that print, export or validate and exit, without a window
// (CommandLine::isHeadless()); returns the process exit code (HeadlessCommands::ExitCode).
int runHeadless(const CommandLine &commandLine, QSettings &settingsStore, const Settings &settings,
                QTextStream &out, QTextStream &err);

} // namespace limber
