#include "reminders/SittingBreakCounter.h"

#include <utility>

namespace limber {

SittingBreakCounter::SittingBreakCounter(const WallClock &clock, IdleTime idleTime)
    : m_clock(clock)
    , m_idleTime(std::move(idleTime))
{
}

void SittingBreakCounter::start(int minutesOfUse)
{
    m_minutes = minutesOfUse;
    m_activeSince = m_clock.now();
}

void SittingBreakCounter::stop()
{
    m_activeSince.reset();
}

std::optional<QDateTime> SittingBreakCounter::nextDue() const
{
    if (!m_activeSince)
        return std::nullopt;
    return m_activeSince->addSecs(qint64(m_minutes) * 60);
}

SittingBreakCounter::Outcome SittingBreakCounter::check()
{
    if (!m_activeSince)
        return Outcome::NotYet;
    const QDateTime now = m_clock.now();
    if (now < *m_activeSince) { // the clock was set back: count from now
        m_activeSince = now;
        return Outcome::NotYet;
    }
    const QDateTime due = *nextDue();
    if (now < due)
        return Outcome::NotYet;
    const std::optional<qint64> idle = m_idleTime ? m_idleTime() : std::nullopt;
    m_countsElapsedTime = !idle.has_value();
    // Woken long after the due time: the machine slept, which is a break of its own.
    const bool slept = due.msecsTo(now) >= breakMs;
    m_activeSince = now;
    if (slept || (idle && *idle >= breakMs))
        return Outcome::Restarted;
    return Outcome::Nudge;
}

} // namespace limber
