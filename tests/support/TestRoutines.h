#pragma once

#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"

namespace limber::test {

// A routine with the given gaps, no warm-up, and these steps.
inline Routine routineOf(QList<RoutineStep> steps, int prepare, int rest, int switchGap)
{
    Routine routine;
    routine.prepareSeconds = prepare;
    routine.restSeconds = rest;
    routine.switchSeconds = switchGap;
    routine.warmupSeconds = 0;
    routine.steps = std::move(steps);
    return routine;
}

inline Timeline timelineOf(QList<RoutineStep> steps, int prepare, int rest, int switchGap)
{
    return Timeline::build(routineOf(std::move(steps), prepare, rest, switchGap),
                           TimingPreferences(), Catalog::builtIn());
}

inline RoutineStep stepOf(const char *stretchId, int holdSeconds)
{
    return {QString::fromLatin1(stretchId), holdSeconds, Sides::Both, 1};
}

// prepare 5 s | knee-to-chest L 20 s | switch 5 s | R 20 s | rest 10 s | butterfly 20 s
// segment:  0       1 (5 s)             2 (25 s)    3 (30 s) 4 (50 s)   5 (60 s); total 80 s
inline Routine kneeToChestThenButterfly()
{
    return routineOf({stepOf("knee-to-chest", 20), stepOf("butterfly", 20)}, 5, 10, 5);
}

} // namespace limber::test
