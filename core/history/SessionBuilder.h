#pragma once

#include "history/Session.h"
#include "playback/SessionRecorder.h"

#include <optional>

namespace limber {

class Catalog;
class Timeline;

// Turns what the recorder saw into the session the history keeps: every planned hold in the
// order played, with its outcome and the time actually held.
class SessionBuilder
{
public:
    struct Played
    {
        QString routineId;
        QString routineName;
        QDateTime started;
        QDateTime ended;
        qint64 activeMs = 0;
        std::optional<int> painBefore;
    };

    // Unset for a session of under one hold: nothing was done or stopped with "It hurts".
    static std::optional<Session> build(const Timeline &timeline, const SessionRecorder &recorder,
                                        const Catalog &catalog, const Played &played);
};

} // namespace limber
