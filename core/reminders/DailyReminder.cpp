#include "reminders/DailyReminder.h"

#include <QTimeZone>
#include <utility>

namespace limber {

namespace {
// Days looked ahead for the next reminder: a whole week holds every planned weekday.
constexpr int daysInWeek = 7;
} // namespace

DailyReminder::DailyReminder(const WallClock &clock, PractisedOn practisedOn)
    : m_clock(clock)
    , m_practisedOn(std::move(practisedOn))
{
}

void DailyReminder::setPlan(const Plan &plan)
{
    m_plan = plan;
    m_snoozedUntil.reset();
    const QDateTime now = m_clock.now();
    m_handledThrough = now >= dueOn(now.date(), now) ? now.date() : now.date().addDays(-1);
}

QDateTime DailyReminder::dueOn(QDate date, const QDateTime &now) const
{
    QDateTime due(date, m_plan.time, now.timeZone());
    // A time skipped by a daylight-saving change (02:30 when clocks jump from 02:00 to
    // 03:00): an hour later is on the far side of every gap in use.
    if (!due.isValid())
        due = QDateTime(date, m_plan.time.addSecs(3600), now.timeZone());
    return due;
}

bool DailyReminder::remindsOn(QDate date) const
{
    return m_plan.enabled && date > m_handledThrough &&
           contains(m_plan.days, Qt::DayOfWeek(date.dayOfWeek())) &&
           !(m_practisedOn && m_practisedOn(date));
}

void DailyReminder::markHandled(QDate date)
{
    if (!m_handledThrough.isValid() || date > m_handledThrough)
        m_handledThrough = date;
}

std::optional<QDateTime> DailyReminder::nextDue() const
{
    if (!m_plan.enabled)
        return std::nullopt;
    const QDateTime now = m_clock.now();
    std::optional<QDateTime> next;
    if (m_snoozedUntil)
        next = m_snoozedUntil;
    for (int ahead = 0; ahead <= daysInWeek && !next; ++ahead) {
        const QDate date = now.date().addDays(ahead);
        if (remindsOn(date))
            next = dueOn(date, now);
    }
    if (next && m_pausedUntil && *next < *m_pausedUntil)
        next = m_pausedUntil;
    return next;
}

bool DailyReminder::takeDue()
{
    if (!m_plan.enabled)
        return false;
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    if (m_pausedUntil) {
        if (now < *m_pausedUntil)
            return false;
        m_pausedUntil.reset();
    }
    if (m_snoozedUntil) {
        if (now < *m_snoozedUntil)
            return false;
        const QDate snoozedDay = m_snoozedOn;
        m_snoozedUntil.reset();
        // A snooze never carries a reminder into the next day, nor past a session.
        return snoozedDay == today && !(m_practisedOn && m_practisedOn(today));
    }
    if (!remindsOn(today)) {
        if (m_plan.enabled && m_practisedOn && m_practisedOn(today))
            markHandled(today);
        return false;
    }
    if (now < dueOn(today, now))
        return false;
    markHandled(today);
    return true;
}

void DailyReminder::snooze(int minutes)
{
    const QDateTime now = m_clock.now();
    m_snoozedUntil = now.addSecs(qint64(minutes) * 60);
    m_snoozedOn = now.date();
    markHandled(now.date());
}

std::optional<DailyReminder::Snooze> DailyReminder::snoozed() const
{
    if (!m_snoozedUntil)
        return std::nullopt;
    return Snooze{*m_snoozedUntil, m_snoozedOn};
}

void DailyReminder::restoreSnooze(const Snooze &snooze)
{
    m_snoozedUntil = snooze.until;
    m_snoozedOn = snooze.day;
    markHandled(snooze.day);
}

void DailyReminder::skipToday()
{
    m_snoozedUntil.reset();
    markHandled(m_clock.now().date());
}

void DailyReminder::pauseUntil(const QDateTime &until)
{
    m_pausedUntil = until;
}

} // namespace limber
