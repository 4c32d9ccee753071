#pragma once

#include "playback/Cue.h"
#include "playback/Timeline.h"

#include <QObject>
#include <QSet>

namespace limber {

class Clock;

// Plays a timeline against an injected monotonic clock. The position is the clock time since
// start minus the time spent paused (plus any skips); nothing counts timer ticks. The player
// never runs a timer itself: after every change it says, through wakeUpRequested(), when the
// next thing will happen, and its owner calls update() then.
class RoutinePlayer : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Paused,
        Finished
    };
    Q_ENUM(State)

    static constexpr qint64 extendStepMs = 10'000;
    // Within this time of a stretch's start, "previous" goes to the stretch before.
    static constexpr qint64 restartGraceMs = 3'000;

    explicit RoutinePlayer(const Clock &clock, QObject *parent = nullptr);

    // Replaces what is played; the player returns to Idle.
    void setTimeline(Timeline timeline);
    const Timeline &timeline() const { return m_timeline; }
    const QList<Cue> &cues() const { return m_cues; }

    State state() const { return m_state; }
    qint64 positionMs() const;
    qint64 remainingMs() const { return m_timeline.totalMs() - positionMs(); }
    // As of the last update; -1 before the start.
    int currentSegmentIndex() const { return m_segmentIndex; }
    const Segment *currentSegment() const;
    qint64 segmentRemainingMs() const;
    // Delay until the next moment something changes (a displayed second, a cue, a segment
    // end); -1 when nothing will change without an operation (idle, paused, finished).
    qint64 nextWakeUpDelayMs() const;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void togglePause();
    // During a gap: straight to the exercise it leads into. Otherwise: to the next stretch
    // (its lead-in), or to the end when this is the last one.
    void next();
    // To the start of the current stretch, or of the one before when within its first
    // seconds, as media players do.
    void previous();
    // Longer the current segment; everything after it moves later.
    bool extendCurrent(qint64 extraMs = extendStepMs);
    void stop();
    // Brings the player up to the clock: emits due cues and segment changes.
    void update();

Q_SIGNALS:
    void stateChanged(limber::RoutinePlayer::State state);
    void segmentChanged(int index);
    void cueReached(const limber::Cue &cue);
    void positionChanged(qint64 positionMs);
    void timelineChanged();
    void wakeUpRequested(qint64 delayMs);

private:
    void setState(State state);
    void seekTo(qint64 positionMs);
    void emitDueCues(qint64 positionMs);
    void requestWakeUp();
    static quint64 cueKey(const Cue &cue);

    const Clock &m_clock;
    Timeline m_timeline;
    QList<Cue> m_cues;
    State m_state = State::Idle;
    // Position at m_anchorClockMs; while running the position advances with the clock.
    qint64 m_basePositionMs = 0;
    qint64 m_anchorClockMs = 0;
    int m_segmentIndex = -1;
    // Cues at or after this position are still due, unless already in m_emittedCues
    // (an extended segment moves its cues later without making them due again).
    qint64 m_cueCursorMs = 0;
    QSet<quint64> m_emittedCues;
};

} // namespace limber
