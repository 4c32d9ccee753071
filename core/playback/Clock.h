#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace limber {

// Monotonic milliseconds. Injected wherever time matters, so tests advance time instead of
// sleeping and nothing depends on how often a timer fires.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SteadyClock final : public Clock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer; // monotonic where the platform offers it
};

} // namespace limber
