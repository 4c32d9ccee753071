#pragma once

#include <functional>
#include <memory>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtPlugin>

class QSettings;
class QWidget;

namespace limber {

class Catalog;
class HistoryStore;
class LiveDataFolder;
class ReminderSettings;
class RoutinePlayer;
class RoutineStore;
class SessionRecorder;
class Settings;
class StretchStore;
struct Routine;

// The window as the launcher sees it. Everything only the window needs (its views, charts,
// the handout and printing, the cue sounds and voice) lives in the window module
// (liblimber_window.so), which the launcher loads the first time the window is wanted: a Limber
// that waits in the tray for a reminder never maps Qt Charts, Qt Print Support or the views'
// code.
class WindowFrontend
{
public:
    virtual ~WindowFrontend() = default;

    virtual QWidget &window() = 0;
    // Plays routine at once (a reminder's Start now), unless one is already playing.
    virtual void playNow(const Routine &routine, const QString &routineId) = 0;
    // Starts the routine the Play view offers (--start).
    virtual void startNow() = 0;
    // The catalog changed: every view made so far looks its stretches up again.
    virtual void reloadStretches() = 0;
    // Files in the data folder that could not be read (changed elsewhere while Limber runs).
    virtual void reportProblems(const QStringList &problems) = 0;
    // The language changed: the voice speaks the new one.
    virtual void restartVoice() = 0;
    // A later start's arguments (see SingleInstance): opens and starts the routine as asked,
    // then brings the window forward.
    virtual void handleForwardedArguments(const QStringList &arguments) = 0;

    // What the Settings view's reminder section offers, asked when that view is made.
    struct ReminderSection
    {
        ReminderSettings *settings = nullptr;
        // (routine id, name): empty id for the built-in routine.
        QList<QPair<QString, QString>> routines;
        bool trayAvailable = false;
        bool idleTimeAvailable = false;
    };
    virtual void setReminderSection(std::function<ReminderSection()> describe) = 0;
};

// What main() creates once and hands to the window module.
struct FrontendServices
{
    const Catalog &catalog;
    RoutinePlayer &player;
    SessionRecorder &recorder;
    Settings &settings;
    RoutineStore &routines;
    StretchStore &stretches;
    HistoryStore &history;
    // All of the above as read from the data folder, its conflict copies, and where it is.
    LiveDataFolder &data;
    // What the Play view offers first, and its id when built in or stored.
    const Routine &startRoutine;
    QString startRoutineId;
    // Files that could not be read at start-up, shown once the window is up.
    QStringList startupProblems;
    // What the person should know once the window is up (where the location fix put their
    // data, or why it could not).
    QString startupNotice;
};

// The root object of the window module.
class WindowModule
{
public:
    virtual ~WindowModule() = default;
    virtual std::unique_ptr<WindowFrontend> createWindow(const FrontendServices &services) = 0;
    // The command-line commands that print, export or validate without a window (see
    // CommandLine::isHeadless()); returns the process exit code.
    virtual int runHeadless(const QStringList &arguments, QSettings &settingsStore,
                            const Settings &settings) = 0;
};

} // namespace limber

#define LimberWindowModule_iid "io.github.limber.Limber.WindowModule/1"
Q_DECLARE_INTERFACE(limber::WindowModule, LimberWindowModule_iid)
