#pragma once

#include <QObject>
#include <QTimer>

namespace limber {

class RoutinePlayer;

// Wakes the player exactly when it asked to be woken, and never otherwise: no timer runs
// while the player is idle, paused or finished.
class PlayerWakeTimer : public QObject
{
    Q_OBJECT

public:
    explicit PlayerWakeTimer(RoutinePlayer &player, QObject *parent = nullptr);

    bool isActive() const { return m_timer.isActive(); }
    int remainingMs() const { return m_timer.remainingTime(); }

private:
    QTimer m_timer;
};

} // namespace limber
