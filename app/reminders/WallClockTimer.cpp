#include "reminders/WallClockTimer.h"

#include <cerrno>
#include <cstdint>
#include <QSocketNotifier>
#include <sys/timerfd.h>
#include <unistd.h>

namespace limber {

WallClockTimer::WallClockTimer(QObject *parent)
    : QObject(parent)
    , m_fd(timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC))
{
    if (m_fd < 0)
        return;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &WallClockTimer::onReadable);
}

WallClockTimer::~WallClockTimer()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void WallClockTimer::arm(const QDateTime &at)
{
    if (m_fd < 0)
        return;
    const qint64 ms = std::max<qint64>(at.toMSecsSinceEpoch(), 1);
    itimerspec spec{};
    spec.it_value.tv_sec = time_t(ms / 1000);
    spec.it_value.tv_nsec = long(ms % 1000) * 1'000'000;
    // CANCEL_ON_SET: a clock set by hand or by NTP wakes us, so a reminder is looked at again.
    timerfd_settime(m_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr);
}

void WallClockTimer::disarm()
{
    if (m_fd < 0)
        return;
    const itimerspec off{};
    timerfd_settime(m_fd, 0, &off, nullptr);
}

void WallClockTimer::onReadable()
{
    std::uint64_t expirations = 0;
    // ECANCELED means the clock was set: as much a reason to look again as expiring.
    if (::read(m_fd, &expirations, sizeof expirations) < 0 && errno != ECANCELED)
        return;
    Q_EMIT fired();
}

} // namespace limber
