#pragma once

#include "TimingPreferences.h"

namespace limber {

class Catalog;
class CueAnnouncer;
class RoutinePlayer;
class SessionRecorder;

// What main() creates once and hands to the window: the window never creates an engine.
struct AppServices
{
    const Catalog &catalog;
    RoutinePlayer &player;
    SessionRecorder &recorder;
    CueAnnouncer &announcer;
    TimingPreferences preferences;
};

} // namespace limber
