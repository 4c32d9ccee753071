#pragma once

#include "playback/RoutinePlayer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace limber {

class Clock;

// What a finished (or stopped) session amounted to, for the summary screen.
struct SessionSummary
{
    qint64 activeMs = 0; // time spent playing, pauses excluded
    int stretchesDone = 0;
    int stretchesSkipped = 0;
    int itHurtsCount = 0;

    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};

// One planned hold or flow of the session, as far as it went.
struct PlayedExercise
{
    int segmentIndex = -1;
    qint64 heldMs = 0;      // time it was current while playing, at most its duration
    bool completed = false; // played to its end
    bool hurt = false;      // "It hurts" was pressed during it or while getting ready for it

    friend bool operator==(const PlayedExercise &, const PlayedExercise &) = default;
};

// Watches a player from start to finish and keeps the figures of the session.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    SessionRecorder(const Clock &clock, RoutinePlayer &player, QObject *parent = nullptr);

    SessionSummary summary() const;
    // Every exercise segment of the timeline in order, reached or not.
    QList<PlayedExercise> exercises() const;
    // At least one hold done, or stopped with "It hurts": a session worth keeping.
    bool heldAnything() const;
    // The person pressed "It hurts".
    void noteItHurts();

Q_SIGNALS:
    // The session is over: played to the end (finished) or stopped. The figures above stay
    // until the next start.
    void sessionEnded(bool finished);

private:
    void onStateChanged();
    void creditCurrentSegment();
    void onSegmentChanged(int index);

    const Clock &m_clock;
    RoutinePlayer &m_player;
    RoutinePlayer::State m_lastState = RoutinePlayer::State::Idle;
    bool m_running = false;
    qint64 m_activeMs = 0;
    qint64 m_runningSinceMs = 0;
    int m_previousSegment = -1;
    // The furthest segment reached (the segment count once finished); kept after a stop.
    int m_reached = -1;
    qint64 m_segmentSinceMs = 0;
    QHash<int, qint64> m_heldMs;
    QSet<int> m_hurt;
    int m_itHurtsCount = 0;
    // Hold and flow segments played to their end.
    QSet<int> m_completedExercises;
};

} // namespace limber
