#pragma once

#include <QList>
#include <QtGlobal>

namespace limber {

class Timeline;

enum class CueKind
{
    Countdown,       // 3, 2, 1 before the end of a prepare, rest or switch
    ExerciseStarted, // start of every hold or flow
    Halfway,         // halfway through a hold
    SwitchSides,     // the other side is next
    RoutineFinished,
};

// A moment the person should hear about. Cues are derived from the timeline, so what the
// player announces and what the screen shows can never disagree.
struct Cue
{
    CueKind kind = CueKind::ExerciseStarted;
    int segmentIndex = -1;
    qint64 atMs = 0;
    int count = 0; // seconds left, for countdown cues

    friend bool operator==(const Cue &, const Cue &) = default;
};

// Every cue of a timeline, ordered by time (ties keep the order listed in CueKind's uses:
// a countdown's last "1" sounds before the next segment's cues).
QList<Cue> cuesOf(const Timeline &timeline);

} // namespace limber
