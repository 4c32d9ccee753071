#pragma once

#include <QElapsedTimer>

namespace limber {

// Caps how often an animation repaints. Qt's animation timer ticks at 60 Hz; a slow stretch
// or a breathing guide looks just as calm at a fraction of that, for a fraction of the
// battery (a full-size figure costs about 4 ms a frame).
class FrameThrottle
{
public:
    explicit FrameThrottle(int framesPerSecond)
        : m_intervalMs(1000 / framesPerSecond)
    {
    }

    // True when enough time has passed since the last frame that was due.
    bool frameDue()
    {
        if (m_lastFrame.isValid() && m_lastFrame.elapsed() < m_intervalMs)
            return false;
        m_lastFrame.start();
        return true;
    }

private:
    qint64 m_intervalMs;
    QElapsedTimer m_lastFrame;
};

} // namespace limber
