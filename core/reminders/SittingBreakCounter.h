#pragma once

#include "reminders/WallClock.h"

#include <functional>
#include <optional>
#include <QDateTime>

namespace limber {

// Counts minutes of computer use towards a sitting-break nudge. It never polls: nextDue() is
// when the nudge would be due if the person kept working, and check() asks for the idle time
// only then. Idle for 5 minutes or more (away, screen locked) means they already had a break,
// and the count starts again.
class SittingBreakCounter
{
public:
    // Milliseconds since the last input, or nothing when no source can tell.
    using IdleTime = std::function<std::optional<qint64>()>;
    enum class Outcome
    {
        NotYet,
        Nudge,
        // They were away: the count started again.
        Restarted
    };
    static constexpr qint64 breakMs = 5 * 60 * 1000;

    SittingBreakCounter(const WallClock &clock, IdleTime idleTime);

    // Starts counting from now.
    void start(int minutesOfUse);
    void stop();
    bool isRunning() const { return m_activeSince.has_value(); }
    std::optional<QDateTime> nextDue() const;
    Outcome check();
    // Whether the last check() had to count elapsed time because no idle source answered.
    bool countsElapsedTime() const { return m_countsElapsedTime; }

private:
    const WallClock &m_clock;
    IdleTime m_idleTime;
    int m_minutes = 50;
    std::optional<QDateTime> m_activeSince;
    bool m_countsElapsedTime = false;
};

} // namespace limber
