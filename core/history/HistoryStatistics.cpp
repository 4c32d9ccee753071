#include "history/HistoryStatistics.h"

#include <algorithm>
#include <QHash>

namespace limber {

HistoryStatistics::HistoryStatistics(QTimeZone zone, Qt::DayOfWeek firstDayOfWeek)
    : m_zone(std::move(zone))
    , m_firstDay(firstDayOfWeek)
{
}

QDate HistoryStatistics::localDate(const QDateTime &moment) const
{
    return moment.toTimeZone(m_zone).date();
}

QDate HistoryStatistics::weekStart(QDate date) const
{
    // Counted in calendar days, so daylight-saving changes cannot stretch or shrink a week.
    return date.addDays(-((date.dayOfWeek() - int(m_firstDay) + 7) % 7));
}

QSet<QDate> HistoryStatistics::practisedDays(const QList<Session> &sessions) const
{
    QSet<QDate> days;
    for (const Session &session : sessions)
        days.insert(localDate(session.started));
    return days;
}

WeeklyGoalProgress HistoryStatistics::goalProgress(const QList<Session> &sessions, QDate today,
                                                   int goalDays) const
{
    WeeklyGoalProgress progress;
    progress.goalDays = std::clamp(goalDays, 1, 7);

    const QDate thisWeek = weekStart(today);
    QHash<QDate, int> daysPerWeek;
    for (const QDate &day : practisedDays(sessions)) {
        // A day after today can only come from a device whose clock is ahead.
        if (day <= today)
            ++daysPerWeek[weekStart(day)];
    }
    progress.daysThisWeek = daysPerWeek.value(thisWeek);
    // Each week counted needs at least one practised day, so this ends within the history.
    for (QDate week = thisWeek.addDays(-7); daysPerWeek.value(week) >= progress.goalDays;
         week = week.addDays(-7))
        ++progress.weeksInARow;
    if (progress.thisWeekMet())
        ++progress.weeksInARow;
    return progress;
}

PainChangeSummary HistoryStatistics::painChange(const QList<Session> &sessions, QDate today,
                                                int days) const
{
    PainChangeSummary summary;
    if (days <= 0)
        return summary;
    const QDate first = today.addDays(-(days - 1));
    int total = 0;
    for (const Session &session : sessions) {
        const QDate day = localDate(session.started);
        const std::optional<int> change = session.painChange();
        if (change && day >= first && day <= today) {
            ++summary.sessions;
            total += *change;
        }
    }
    if (summary.sessions > 0)
        summary.averageChange = double(total) / summary.sessions;
    return summary;
}

QList<WeekMinutes> HistoryStatistics::minutesPerWeek(const QList<Session> &sessions, QDate from,
                                                     QDate to) const
{
    QList<WeekMinutes> weeks;
    if (!from.isValid() || !to.isValid() || from > to)
        return weeks;
    const QDate first = weekStart(from);
    for (QDate week = first; week <= weekStart(to); week = week.addDays(7))
        weeks.append({week, 0});
    for (const Session &session : sessions) {
        const qint64 index = first.daysTo(weekStart(localDate(session.started))) / 7;
        if (index >= 0 && index < weeks.size())
            weeks[index].minutes += double(session.activeMs) / 60000.0;
    }
    return weeks;
}

} // namespace limber
