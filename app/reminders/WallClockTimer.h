#pragma once

#include <QDateTime>
#include <QObject>

class QSocketNotifier;

namespace limber {

// Fires once at a wall-clock moment, and also when the clock is set (so the caller can look
// again). A QTimer counts monotonic time, which stops while the machine sleeps: armed for
// 18:00 before a suspend at 17:30 and a wake at 21:00, it would fire at 21:30. A timerfd on
// CLOCK_REALTIME fires at once on waking instead, and costs no wake-up until then.
class WallClockTimer : public QObject
{
    Q_OBJECT

public:
    explicit WallClockTimer(QObject *parent = nullptr);
    ~WallClockTimer() override;

    void arm(const QDateTime &at);
    void disarm();

Q_SIGNALS:
    void fired();

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace limber
