#pragma once

namespace limber {

class Catalog;
class CueAnnouncer;
class HistoryStore;
class LiveDataFolder;
class RoutinePlayer;
class RoutineStore;
class SessionRecorder;
class Settings;
class StretchStore;

// What main() creates once and hands to the window: the window never creates an engine.
struct AppServices
{
    const Catalog &catalog;
    RoutinePlayer &player;
    SessionRecorder &recorder;
    CueAnnouncer &announcer;
    Settings &settings;
    RoutineStore &routines;
    StretchStore &stretches;
    HistoryStore &history;
    // The data folder the stores read, its conflict copies and its place; tests of single
    // views may go without.
    LiveDataFolder *data = nullptr;
};

} // namespace limber
