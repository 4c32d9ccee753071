#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace limber {

// The time base of a figure or breathing animation, ticking only as often as the eye needs.
// QVariantAnimation is driven by Qt's shared 60 Hz animation timer whatever its owner paints,
// so a figure throttled to 10 frames still woke the process 60 times a second. Time is read
// from a monotonic clock on each tick, never counted in ticks: a late or early tick only
// shows a frame a little later or sooner, never a slower movement.
class FrameClock : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Paused,
        Running
    };

    explicit FrameClock(int framesPerSecond, QObject *parent = nullptr);

    // One pass of durationMs, or a loop of it for ever.
    void setDuration(int durationMs);
    int duration() const { return m_durationMs; }
    void setLooping(bool looping) { m_looping = looping; }

    // From the beginning.
    void start();
    void pause();
    void resume();
    void stop();
    State state() const { return m_state; }

    // Milliseconds into the current pass: within [0, duration) while looping, up to duration
    // for a single pass.
    int currentTime() const;
    void setCurrentTime(int ms);
    // currentTime() over duration().
    double progress() const;
    // The next tick no sooner than ms from now (the owner knows nothing changes before);
    // the ticks after it keep the usual rate.
    void setNextTickIn(int ms);
    // Milliseconds until the next tick; -1 when not running.
    int remainingMs() const;
    // The window repaints now anyway (each painted pass costs a round trip to the X server):
    // when the next tick is due within withinMs, ticks now so that its frame joins that pass.
    // The tick after comes a frame and joinLagMs later, so that the frames keep falling just
    // after a once-a-second repaint rather than racing it: the next join finds a tick due.
    bool tickEarly(int withinMs);
    static constexpr int joinLagMs = 20;

Q_SIGNALS:
    // A frame is due: time has moved on.
    void ticked();
    // A single pass reached its end (after its last ticked()).
    void finished();

private:
    qint64 elapsedMs() const;
    void onTimeout();

    int m_frameMs;
    QTimer m_timer;
    QElapsedTimer m_since;
    // Time run before the last start or resume.
    qint64 m_bankedMs = 0;
    int m_durationMs = 1000;
    bool m_looping = false;
    State m_state = State::Stopped;
};

} // namespace limber
