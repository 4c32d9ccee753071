#pragma once

#include "history/Session.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace limber {

struct WeeklyGoalProgress
{
    int goalDays = 3;
    int daysThisWeek = 0;
    // Whole weeks in a row that met the goal, up to the last one; this week counts once it
    // has met the goal, and does not break the run while it still can.
    int weeksInARow = 0;
    bool thisWeekMet() const { return daysThisWeek >= goalDays; }
};

struct WeekMinutes
{
    QDate weekStart;
    double minutes = 0;
};

struct PainChangeSummary
{
    int sessions = 0;         // sessions with both ratings in the period
    double averageChange = 0; // after minus before: negative is less pain after
};

// Figures the History view shows, computed on local dates in the given time zone (so a week
// crossing a daylight-saving change or the new year is still seven days).
class HistoryStatistics
{
public:
    static constexpr int defaultGoalDays = 3;

    HistoryStatistics(QTimeZone zone, Qt::DayOfWeek firstDayOfWeek);

    QDate localDate(const QDateTime &moment) const;
    QDate weekStart(QDate date) const;
    QSet<QDate> practisedDays(const QList<Session> &sessions) const;
    WeeklyGoalProgress goalProgress(const QList<Session> &sessions, QDate today,
                                    int goalDays) const;
    // Sessions started in the last `days` days, today included.
    PainChangeSummary painChange(const QList<Session> &sessions, QDate today, int days) const;
    // One entry per week from the week of `from` to the week of `to`, empty weeks included.
    QList<WeekMinutes> minutesPerWeek(const QList<Session> &sessions, QDate from, QDate to) const;

private:
    QTimeZone m_zone;
    Qt::DayOfWeek m_firstDay;
};

} // namespace limber
