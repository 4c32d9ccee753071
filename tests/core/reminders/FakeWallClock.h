#pragma once

#include "reminders/WallClock.h"

#include <QTimeZone>

namespace limber::test {

// A wall clock in a chosen time zone that moves only when the test says so.
class FakeWallClock final : public WallClock
{
public:
    explicit FakeWallClock(const QDateTime &start)
        : m_now(start)
    {
    }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceMinutes(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }

private:
    QDateTime m_now;
};

inline QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Europe/Berlin")));
}

} // namespace limber::test
