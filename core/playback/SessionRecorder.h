#pragma once

#include "playback/RoutinePlayer.h"

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

// Watches a player from start to finish and keeps the figures of the session.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    SessionRecorder(const Clock &clock, RoutinePlayer &player, QObject *parent = nullptr);

    SessionSummary summary() const;
    // The person pressed "It hurts".
    void noteItHurts();

private:
    void onStateChanged();
    void onSegmentChanged(int index);

    const Clock &m_clock;
    RoutinePlayer &m_player;
    RoutinePlayer::State m_lastState = RoutinePlayer::State::Idle;
    bool m_running = false;
    qint64 m_activeMs = 0;
    qint64 m_runningSinceMs = 0;
    int m_previousSegment = -1;
    int m_itHurtsCount = 0;
    // Hold and flow segments played to their end.
    QSet<int> m_completedExercises;
};

} // namespace limber
