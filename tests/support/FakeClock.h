#pragma once

#include "playback/Clock.h"

namespace limber::test {

// A clock that moves only when the test says so.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'000'000)
        : m_nowMs(startMs)
    {
    }

    qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace limber::test
