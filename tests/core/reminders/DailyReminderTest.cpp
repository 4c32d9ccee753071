#include "reminders/DailyReminder.h"

#include "FakeWallClock.h"

#include <gtest/gtest.h>
#include <QSet>

namespace limber::test {
namespace {

// 2026-12-07 is a Monday.
constexpr DailyReminder::DayMask monday = 1u << (Qt::Monday - 1);
constexpr DailyReminder::DayMask wednesday = 1u << (Qt::Wednesday - 1);

class DailyReminderTest : public testing::Test
{
protected:
    void plan(DailyReminder::DayMask days = DailyReminder::everyDay, QTime time = QTime(18, 0))
    {
        reminder.setPlan({true, days, time});
    }

    FakeWallClock clock{berlin(2026, 12, 7, 9)};
    QSet<QDate> practised;
    DailyReminder reminder{clock, [this](QDate date) { return practised.contains(date); }};
};

TEST_F(DailyReminderTest, IsDueAtTheTimeOfDayAndNotBefore)
{
    plan();
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 7, 18));
    clock.set(berlin(2026, 12, 7, 17, 59));
    EXPECT_FALSE(reminder.takeDue());
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_TRUE(reminder.takeDue());
    EXPECT_FALSE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 8, 18));
}

TEST_F(DailyReminderTest, OffNeverReminds)
{
    reminder.setPlan({false, DailyReminder::everyDay, QTime(18, 0)});
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_EQ(reminder.nextDue(), std::nullopt);
    EXPECT_FALSE(reminder.takeDue());
}

TEST_F(DailyReminderTest, OnlyOnTheChosenDaysOfTheWeek)
{
    plan(monday | wednesday);
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_TRUE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 9, 18));
    clock.set(berlin(2026, 12, 8, 18, 30)); // Tuesday
    EXPECT_FALSE(reminder.takeDue());
    clock.set(berlin(2026, 12, 9, 18));
    EXPECT_TRUE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 14, 18));
}

TEST_F(DailyReminderTest, APlanWhoseTimeHasPassedStartsTomorrow)
{
    clock.set(berlin(2026, 12, 7, 18, 5));
    plan();
    EXPECT_FALSE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 8, 18));
}

TEST_F(DailyReminderTest, FollowsTheClocksTimeZone)
{
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), tokyo));
    plan();
    EXPECT_EQ(reminder.nextDue(), QDateTime(QDate(2026, 12, 7), QTime(18, 0), tokyo));
    EXPECT_EQ(reminder.nextDue()->toUTC(),
              QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
}

TEST_F(DailyReminderTest, KeepsTheTimeOfDayOverADaylightSavingChange)
{
    // Clocks go back from 03:00 to 02:00 on 2026-10-25 in Berlin: 25 hours that day.
    clock.set(berlin(2026, 10, 24, 18, 1));
    plan();
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 10, 25, 18));
    EXPECT_EQ(berlin(2026, 10, 24, 18).secsTo(*reminder.nextDue()), 25 * 3600);
}

TEST_F(DailyReminderTest, ATimeSkippedBySpringForwardComesJustAfterTheGap)
{
    // 2026-03-29 in Berlin has no 02:30: clocks jump from 02:00 to 03:00.
    clock.set(berlin(2026, 3, 28, 12));
    plan(DailyReminder::everyDay, QTime(2, 30));
    clock.set(berlin(2026, 3, 29, 1, 0));
    const auto due = reminder.nextDue();
    ASSERT_TRUE(due.has_value());
    EXPECT_TRUE(due->isValid());
    EXPECT_EQ(due->date(), QDate(2026, 3, 29));
    EXPECT_GE(due->time(), QTime(3, 0));
    clock.set(*due);
    EXPECT_TRUE(reminder.takeDue());
}

TEST_F(DailyReminderTest, NotTodaySuppressesOnlyToday)
{
    plan();
    clock.set(berlin(2026, 12, 7, 12));
    reminder.skipToday();
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_FALSE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 8, 18));
    clock.set(berlin(2026, 12, 8, 18));
    EXPECT_TRUE(reminder.takeDue());
}

TEST_F(DailyReminderTest, SnoozeRemindsOnceMoreLater)
{
    plan();
    clock.set(berlin(2026, 12, 7, 18));
    ASSERT_TRUE(reminder.takeDue());
    reminder.snooze(15);
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 7, 18, 15));
    clock.set(berlin(2026, 12, 7, 18, 14));
    EXPECT_FALSE(reminder.takeDue());
    clock.set(berlin(2026, 12, 7, 18, 15));
    EXPECT_TRUE(reminder.takeDue());
    EXPECT_FALSE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 8, 18));
}

TEST_F(DailyReminderTest, ASnoozeDoesNotCarryIntoTheNextDay)
{
    plan();
    clock.set(berlin(2026, 12, 7, 23, 50));
    reminder.snooze(15);
    clock.set(berlin(2026, 12, 8, 0, 5));
    EXPECT_FALSE(reminder.takeDue());
}

TEST_F(DailyReminderTest, SuspendedOverTheDueTimeRemindsOnceOnWaking)
{
    plan();
    clock.set(berlin(2026, 12, 7, 17, 30));
    EXPECT_FALSE(reminder.takeDue());
    // Asleep from 17:30 to 21:10: the clock jumps.
    clock.set(berlin(2026, 12, 7, 21, 10));
    EXPECT_TRUE(reminder.takeDue());
    EXPECT_FALSE(reminder.takeDue());
}

TEST_F(DailyReminderTest, SuspendedOverSeveralDueTimesRemindsOnlyForTheDayOfWaking)
{
    plan(monday | wednesday, QTime(18, 0));
    clock.set(berlin(2026, 12, 7, 17, 0));
    // Asleep until Wednesday morning: Monday's reminder is gone, Wednesday's still to come.
    clock.set(berlin(2026, 12, 9, 8, 0));
    EXPECT_FALSE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 9, 18));
    // Asleep from Wednesday afternoon to Thursday: nothing for Wednesday any more.
    clock.set(berlin(2026, 12, 10, 7, 0));
    EXPECT_FALSE(reminder.takeDue());
}

TEST_F(DailyReminderTest, ADayWithASessionNeedsNoReminder)
{
    plan();
    practised.insert(QDate(2026, 12, 7));
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 8, 18));
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_FALSE(reminder.takeDue());
}

TEST_F(DailyReminderTest, ASessionDuringTheSnoozeCancelsIt)
{
    plan();
    clock.set(berlin(2026, 12, 7, 18));
    ASSERT_TRUE(reminder.takeDue());
    reminder.snooze(15);
    practised.insert(QDate(2026, 12, 7));
    clock.set(berlin(2026, 12, 7, 18, 15));
    EXPECT_FALSE(reminder.takeDue());
}

TEST_F(DailyReminderTest, AClockSetBackwardsDoesNotRepeatAReminder)
{
    plan();
    clock.set(berlin(2026, 12, 7, 18));
    ASSERT_TRUE(reminder.takeDue());
    clock.set(berlin(2026, 12, 7, 17, 0));
    EXPECT_FALSE(reminder.takeDue());
    clock.set(berlin(2026, 12, 7, 18, 0));
    EXPECT_FALSE(reminder.takeDue());
    // Back by a whole day: yesterday is past and stays quiet.
    clock.set(berlin(2026, 12, 6, 19, 0));
    EXPECT_FALSE(reminder.takeDue());
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 8, 18));
}

TEST_F(DailyReminderTest, APauseHoldsTheReminderUntilItEnds)
{
    plan();
    clock.set(berlin(2026, 12, 7, 17, 30));
    reminder.pauseUntil(berlin(2026, 12, 7, 18, 30));
    EXPECT_EQ(reminder.nextDue(), berlin(2026, 12, 7, 18, 30));
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_FALSE(reminder.takeDue());
    clock.set(berlin(2026, 12, 7, 18, 30));
    EXPECT_TRUE(reminder.takeDue());
}

TEST_F(DailyReminderTest, APauseUntilTomorrowSkipsToday)
{
    plan();
    clock.set(berlin(2026, 12, 7, 12));
    reminder.pauseUntil(berlin(2026, 12, 8, 0));
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_FALSE(reminder.takeDue());
    clock.set(berlin(2026, 12, 8, 0));
    EXPECT_FALSE(reminder.takeDue()); // the pause ends, but today's time is still ahead
    clock.set(berlin(2026, 12, 8, 18));
    EXPECT_TRUE(reminder.takeDue());
}

} // namespace
} // namespace limber::test
