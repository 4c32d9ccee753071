// The History view's figures on local dates in Europe/Berlin: weeks that cross a
// daylight-saving change or the new year are still seven days, weeks in a row, pain change
// and minutes per week.

#include "history/HistoryStatistics.h"

#include "HistoryTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;

namespace {
const QTimeZone berlin("Europe/Berlin");

HistoryStatistics mondayFirst()
{
    return {berlin, Qt::Monday};
}

QList<Session> at(std::initializer_list<const char *> moments)
{
    QList<Session> sessions;
    int number = 0;
    for (const char *moment : moments)
        sessions.append(session(QByteArray::number(++number).constData(), moment));
    return sessions;
}

// Around the new year: the week of 14 Dec has two days, the weeks of 21 and 28 Dec three
// (28 Dec – 3 Jan crosses into 2027), the week of 4 Jan one so far.
QList<Session> aroundNewYear()
{
    return at({"2026-12-14T08:00:00+01:00", "2026-12-16T08:00:00+01:00",
               "2026-12-21T08:00:00+01:00", "2026-12-21T20:00:00+01:00",
               "2026-12-23T08:00:00+01:00", "2026-12-26T08:00:00+01:00",
               "2026-12-29T08:00:00+01:00", "2026-12-31T23:30:00+01:00",
               "2027-01-02T08:00:00+01:00", "2027-01-04T08:00:00+01:00"});
}
} // namespace

TEST(HistoryStatisticsTest, LocalDateIsTheDateInTheZone)
{
    const HistoryStatistics stats = mondayFirst();
    // 23:30 UTC is already the next day in Berlin, in winter (+1) and in summer (+2).
    EXPECT_EQ(stats.localDate(test::at("2026-03-28T23:30:00Z")), QDate(2026, 3, 29));
    EXPECT_EQ(stats.localDate(test::at("2026-03-29T22:30:00Z")), QDate(2026, 3, 30));
    EXPECT_EQ(stats.localDate(test::at("2026-03-29T21:30:00Z")), QDate(2026, 3, 29));
    EXPECT_EQ(stats.localDate(test::at("2026-12-31T23:30:00Z")), QDate(2027, 1, 1));
    EXPECT_EQ(stats.localDate(test::at("2026-12-31T18:00:00-08:00")), QDate(2027, 1, 1));
}

TEST(HistoryStatisticsTest, WeekStartsOnTheChosenDay)
{
    EXPECT_EQ(mondayFirst().weekStart(QDate(2027, 1, 1)), QDate(2026, 12, 28));
    EXPECT_EQ(mondayFirst().weekStart(QDate(2026, 12, 28)), QDate(2026, 12, 28));
    EXPECT_EQ(mondayFirst().weekStart(QDate(2027, 1, 3)), QDate(2026, 12, 28));
    const HistoryStatistics sunday(berlin, Qt::Sunday);
    EXPECT_EQ(sunday.weekStart(QDate(2027, 1, 1)), QDate(2026, 12, 27));
    EXPECT_EQ(sunday.weekStart(QDate(2027, 1, 3)), QDate(2027, 1, 3));
    const HistoryStatistics saturday(berlin, Qt::Saturday);
    EXPECT_EQ(saturday.weekStart(QDate(2027, 1, 1)), QDate(2026, 12, 26));
}

TEST(HistoryStatisticsTest, PractisedDaysCountEachLocalDateOnce)
{
    const QSet<QDate> days = mondayFirst().practisedDays(
        at({"2026-12-21T08:00:00+01:00", "2026-12-21T20:00:00+01:00", "2026-12-21T23:30:00Z"}));
    EXPECT_EQ(days, (QSet<QDate>{QDate(2026, 12, 21), QDate(2026, 12, 22)}));
}

TEST(HistoryStatisticsTest, WeeksInARowAcrossTheNewYearForEveryGoal)
{
    const HistoryStatistics stats = mondayFirst();
    const QDate today(2027, 1, 5);
    struct Case
    {
        int goal;
        int weeksInARow;
        bool met;
    };
    for (const Case c : {Case{1, 4, true}, Case{2, 3, false}, Case{3, 2, false}, Case{4, 0, false},
                         Case{7, 0, false}}) {
        SCOPED_TRACE(c.goal);
        const WeeklyGoalProgress progress = stats.goalProgress(aroundNewYear(), today, c.goal);
        EXPECT_EQ(progress.goalDays, c.goal);
        EXPECT_EQ(progress.daysThisWeek, 1);
        EXPECT_EQ(progress.weeksInARow, c.weeksInARow);
        EXPECT_EQ(progress.thisWeekMet(), c.met);
    }
    EXPECT_EQ(stats.goalProgress(aroundNewYear(), today, 0).goalDays, 1);
    EXPECT_EQ(stats.goalProgress(aroundNewYear(), today, 9).goalDays, 7);
}

TEST(HistoryStatisticsTest, ThisWeekStillOpenDoesNotBreakTheRun)
{
    // On the Sunday ending the new-year week, that week has met a goal of 3 and counts.
    const WeeklyGoalProgress met =
        mondayFirst().goalProgress(aroundNewYear(), QDate(2027, 1, 3), 3);
    EXPECT_EQ(met.daysThisWeek, 3);
    EXPECT_EQ(met.weeksInARow, 2);
    // On its Wednesday it has one day of three: the run of the week before still stands.
    const WeeklyGoalProgress open =
        mondayFirst().goalProgress(aroundNewYear(), QDate(2026, 12, 30), 3);
    EXPECT_EQ(open.daysThisWeek, 1);
    EXPECT_EQ(open.weeksInARow, 1);
}

TEST(HistoryStatisticsTest, WeeksAcrossDaylightSavingChangesAreSevenDays)
{
    const HistoryStatistics stats = mondayFirst();
    // Summer time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
    const QList<Session> spring = at({"2026-03-23T00:30:00+01:00", "2026-03-26T12:00:00+01:00",
                                      "2026-03-29T21:30:00Z" /* 23:30 CEST, still Sunday */,
                                      "2026-03-29T22:30:00Z" /* Monday 00:30 CEST */});
    const WeeklyGoalProgress march = stats.goalProgress(spring, QDate(2026, 3, 29), 3);
    EXPECT_EQ(march.daysThisWeek, 3);
    EXPECT_EQ(stats.goalProgress(spring, QDate(2026, 3, 30), 3).daysThisWeek, 1);
    EXPECT_EQ(stats.goalProgress(spring, QDate(2026, 3, 30), 3).weeksInARow, 1);

    const QList<Session> autumn = at({"2026-10-19T07:00:00+02:00", "2026-10-25T01:30:00+02:00",
                                      "2026-10-25T23:30:00+01:00", "2026-10-25T23:30:00Z"});
    EXPECT_EQ(stats.goalProgress(autumn, QDate(2026, 10, 25), 2).daysThisWeek, 2);
    EXPECT_EQ(stats.goalProgress(autumn, QDate(2026, 10, 26), 2).daysThisWeek, 1);
    EXPECT_EQ(stats.weekStart(QDate(2026, 10, 25)), QDate(2026, 10, 19));
}

TEST(HistoryStatisticsTest, PainChangeAveragesSessionsWithBothRatingsInThePeriod)
{
    QList<Session> sessions =
        at({"2026-11-24T08:00:00+01:00", "2026-11-25T08:00:00+01:00", "2026-11-28T08:00:00+01:00",
            "2026-11-30T08:00:00+01:00", "2026-12-01T08:00:00+01:00"});
    const std::pair<std::optional<int>, std::optional<int>> ratings[] = {
        {8, 1}, {6, 3}, {5, 4}, {7, std::nullopt}, {4, 4}};
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        sessions[i].painBefore = ratings[i].first;
        sessions[i].painAfter = ratings[i].second;
    }
    // The last 7 days up to 1 December start on 25 November: -3, -1 and 0.
    const PainChangeSummary week = mondayFirst().painChange(sessions, QDate(2026, 12, 1), 7);
    EXPECT_EQ(week.sessions, 3);
    EXPECT_DOUBLE_EQ(week.averageChange, -4.0 / 3.0);
    const PainChangeSummary longer = mondayFirst().painChange(sessions, QDate(2026, 12, 1), 8);
    EXPECT_EQ(longer.sessions, 4);
    EXPECT_DOUBLE_EQ(longer.averageChange, -11.0 / 4.0);
    EXPECT_EQ(mondayFirst().painChange(sessions, QDate(2026, 11, 20), 7).sessions, 0);
    EXPECT_EQ(mondayFirst().painChange(sessions, QDate(2026, 12, 1), 0).sessions, 0);
}

TEST(HistoryStatisticsTest, MinutesPerWeekIncludeEmptyWeeks)
{
    QList<Session> sessions = at({"2026-12-01T08:00:00+01:00", "2026-12-06T23:30:00+01:00",
                                  "2026-12-06T23:30:00Z" /* Monday 7th in Berlin */,
                                  "2026-12-29T08:00:00+01:00", "2027-01-03T08:00:00+01:00"});
    const qint64 activeMs[] = {600000, 90000, 30000, 120000, 60000};
    for (qsizetype i = 0; i < sessions.size(); ++i)
        sessions[i].activeMs = activeMs[i];

    const QList<WeekMinutes> weeks =
        mondayFirst().minutesPerWeek(sessions, QDate(2026, 12, 2), QDate(2027, 1, 5));
    ASSERT_EQ(weeks.size(), 6);
    const QDate starts[] = {QDate(2026, 11, 30), QDate(2026, 12, 7),  QDate(2026, 12, 14),
                            QDate(2026, 12, 21), QDate(2026, 12, 28), QDate(2027, 1, 4)};
    const double minutes[] = {11.5, 0.5, 0, 0, 3, 0};
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(weeks.at(i).weekStart, starts[i]);
        EXPECT_DOUBLE_EQ(weeks.at(i).minutes, minutes[i]);
    }
    EXPECT_TRUE(
        mondayFirst().minutesPerWeek(sessions, QDate(2027, 1, 5), QDate(2026, 12, 2)).isEmpty());
}
