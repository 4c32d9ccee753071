#include "figures/FrameClock.h"

#include <algorithm>

namespace limber {

FrameClock::FrameClock(int framesPerSecond, QObject *parent)
    : QObject(parent)
    , m_frameMs(1000 / std::max(1, framesPerSecond))
{
    m_timer.setInterval(m_frameMs);
    // Precise, so that a tick joined to another repaint stays joined (see tickEarly()): a
    // coarse timer drifts by up to 5 % a tick and soon races the repaint it should follow.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FrameClock::onTimeout);
}

void FrameClock::setDuration(int durationMs)
{
    m_durationMs = std::max(1, durationMs);
}

void FrameClock::start()
{
    m_bankedMs = 0;
    m_since.start();
    m_state = State::Running;
    m_timer.start(m_frameMs);
}

void FrameClock::pause()
{
    if (m_state != State::Running)
        return;
    m_bankedMs = elapsedMs();
    m_state = State::Paused;
    m_timer.stop();
}

void FrameClock::resume()
{
    if (m_state != State::Paused)
        return;
    m_since.start();
    m_state = State::Running;
    m_timer.start(m_frameMs);
}

void FrameClock::stop()
{
    m_bankedMs = elapsedMs();
    m_state = State::Stopped;
    m_timer.stop();
}

qint64 FrameClock::elapsedMs() const
{
    return m_state == State::Running ? m_bankedMs + m_since.elapsed() : m_bankedMs;
}

int FrameClock::currentTime() const
{
    const qint64 elapsed = elapsedMs();
    if (m_looping)
        return int(elapsed % m_durationMs);
    return int(std::min<qint64>(elapsed, m_durationMs));
}

void FrameClock::setCurrentTime(int ms)
{
    m_bankedMs = std::max(0, ms);
    if (m_state == State::Running)
        m_since.start();
}

double FrameClock::progress() const
{
    return double(currentTime()) / m_durationMs;
}

void FrameClock::setNextTickIn(int ms)
{
    if (m_state == State::Running)
        m_timer.start(std::max(ms, m_frameMs));
}

int FrameClock::remainingMs() const
{
    return m_state == State::Running ? m_timer.remainingTime() : -1;
}

bool FrameClock::tickEarly(int withinMs)
{
    if (m_state != State::Running || m_timer.remainingTime() > withinMs)
        return false;
    onTimeout();
    // Unless the owner scheduled the next tick itself while handling this one.
    if (m_state == State::Running && m_timer.interval() == m_frameMs)
        m_timer.start(m_frameMs + joinLagMs);
    return true;
}

void FrameClock::onTimeout()
{
    if (m_timer.interval() != m_frameMs)
        m_timer.setInterval(m_frameMs);
    const bool ended = !m_looping && elapsedMs() >= m_durationMs;
    if (ended)
        stop();
    Q_EMIT ticked();
    if (ended)
        Q_EMIT finished();
}

} // namespace limber
