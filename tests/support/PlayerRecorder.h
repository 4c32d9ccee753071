#pragma once

#include "FakeClock.h"
#include "playback/RoutinePlayer.h"

#include <QList>

namespace limber::test {

// Records what a player emits, with the player's position at the moment of emission.
struct PlayerRecorder
{
    struct CueAt
    {
        Cue cue;
        qint64 positionMs;
    };

    explicit PlayerRecorder(RoutinePlayer &player)
    {
        QObject::connect(&player, &RoutinePlayer::cueReached, &player,
                         [this, &player](const Cue &cue) {
                             cues.append({cue, player.positionMs()});
                         });
        QObject::connect(&player, &RoutinePlayer::segmentChanged, &player,
                         [this](int index) { segments.append(index); });
        QObject::connect(&player, &RoutinePlayer::stateChanged, &player,
                         [this](RoutinePlayer::State state) { states.append(state); });
        QObject::connect(&player, &RoutinePlayer::wakeUpRequested, &player,
                         [this](qint64 delay) { wakeUps.append(delay); });
    }

    QList<Cue> cueList() const
    {
        QList<Cue> list;
        for (const CueAt &entry : cues)
            list.append(entry.cue);
        return list;
    }

    void clear()
    {
        cues.clear();
        segments.clear();
        states.clear();
        wakeUps.clear();
    }

    QList<CueAt> cues;
    QList<int> segments;
    QList<RoutinePlayer::State> states;
    QList<qint64> wakeUps;
};

// Plays the part of the player's owner: moves the clock and wakes the player exactly when it
// asked to be woken, never in between.
inline void runFor(FakeClock &clock, RoutinePlayer &player, qint64 durationMs)
{
    qint64 left = durationMs;
    while (left > 0) {
        const qint64 delay = player.nextWakeUpDelayMs();
        const qint64 step = delay < 0 ? left : std::min(delay, left);
        clock.advance(step);
        left -= step;
        if (delay >= 0 && step == delay)
            player.update();
    }
}

} // namespace limber::test
