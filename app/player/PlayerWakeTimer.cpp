#include "player/PlayerWakeTimer.h"

#include "playback/RoutinePlayer.h"

namespace limber {

PlayerWakeTimer::PlayerWakeTimer(RoutinePlayer &player, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // Cues must sound on the millisecond they are due, not within a coarse timer's slack.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, &player, &RoutinePlayer::update);
    connect(&player, &RoutinePlayer::wakeUpRequested, this, [this](qint64 delayMs) {
        if (delayMs < 0)
            m_timer.stop();
        else
            m_timer.start(std::chrono::milliseconds(delayMs));
    });
}

} // namespace limber
