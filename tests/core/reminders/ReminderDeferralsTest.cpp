#include "FakeWallClock.h"
#include "reminders/DailyReminder.h"
#include "reminders/ReminderSettings.h"

#include <gtest/gtest.h>
#include <memory>
#include <QSettings>
#include <QTemporaryDir>

namespace limber::test {
namespace {

// "In 15 minutes" and "Pause reminders" outlast a restart of Limber (a reboot, a log-out): the
// reminder and its settings are built again from the file, as at start-up, on the same clock.
class ReminderDeferralsTest : public testing::Test
{
protected:
    ReminderDeferralsTest() { restart(); }

    void restart()
    {
        reminder.reset();
        settings.reset();
        store = std::make_unique<QSettings>(dir.filePath(QStringLiteral("limber.conf")),
                                            QSettings::IniFormat);
        settings = std::make_unique<ReminderSettings>(*store);
        settings->setDailyEnabled(true);
        settings->setTime(QTime(18, 0));
        reminder = std::make_unique<DailyReminder>(clock, nullptr);
        reminder->setPlan(settings->plan());
        if (const auto snooze = settings->snooze())
            reminder->restoreSnooze(*snooze);
        if (const auto paused = settings->pausedUntil())
            reminder->pauseUntil(*paused);
    }

    void save()
    {
        settings->setSnooze(reminder->snoozed());
        settings->setPausedUntil(reminder->pausedUntil());
    }

    QTemporaryDir dir;
    FakeWallClock clock{berlin(2026, 12, 7, 17)};
    std::unique_ptr<QSettings> store;
    std::unique_ptr<ReminderSettings> settings;
    std::unique_ptr<DailyReminder> reminder;
};

TEST_F(ReminderDeferralsTest, ASnoozeRemindsOnceAfterARestart)
{
    clock.set(berlin(2026, 12, 7, 18));
    ASSERT_TRUE(reminder->takeDue());
    reminder->snooze(15);
    save();

    clock.set(berlin(2026, 12, 7, 18, 5));
    restart();
    EXPECT_EQ(reminder->nextDue(), berlin(2026, 12, 7, 18, 15));
    clock.set(berlin(2026, 12, 7, 18, 10));
    EXPECT_FALSE(reminder->takeDue());
    clock.set(berlin(2026, 12, 7, 18, 15));
    EXPECT_TRUE(reminder->takeDue());
    EXPECT_FALSE(reminder->takeDue());
    EXPECT_EQ(reminder->nextDue(), berlin(2026, 12, 8, 18));
}

TEST_F(ReminderDeferralsTest, WithoutASnoozeARestartAfterTheReminderDoesNotRemindAgain)
{
    clock.set(berlin(2026, 12, 7, 18));
    ASSERT_TRUE(reminder->takeDue());
    save();
    clock.set(berlin(2026, 12, 7, 18, 20));
    restart();
    EXPECT_FALSE(reminder->takeDue());
    EXPECT_EQ(reminder->nextDue(), berlin(2026, 12, 8, 18));
}

TEST_F(ReminderDeferralsTest, ASnoozeRestoredTheNextDayIsDropped)
{
    settings->setTime(QTime(23, 45));
    reminder->setPlan(settings->plan());
    clock.set(berlin(2026, 12, 7, 23, 50));
    ASSERT_TRUE(reminder->takeDue());
    reminder->snooze(15); // 00:05 tomorrow
    save();

    clock.set(berlin(2026, 12, 8, 0, 10));
    restart();
    settings->setTime(QTime(23, 45));
    reminder->setPlan(settings->plan());
    if (const auto snooze = settings->snooze())
        reminder->restoreSnooze(*snooze);
    EXPECT_FALSE(reminder->takeDue());
    EXPECT_EQ(reminder->nextDue(), berlin(2026, 12, 8, 23, 45));
}

TEST_F(ReminderDeferralsTest, APauseHoldsAcrossARestart)
{
    clock.set(berlin(2026, 12, 7, 17, 30));
    reminder->pauseUntil(clock.now().addSecs(3600)); // "for 1 hour": past 18:00
    save();

    clock.set(berlin(2026, 12, 7, 17, 40));
    restart();
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_FALSE(reminder->takeDue());
    EXPECT_EQ(reminder->nextDue(), berlin(2026, 12, 7, 18, 30));
    clock.set(berlin(2026, 12, 7, 18, 30));
    EXPECT_TRUE(reminder->takeDue()); // once, when the pause ends
    EXPECT_FALSE(reminder->takeDue());
}

TEST_F(ReminderDeferralsTest, APauseUntilTomorrowHoldsAcrossARestartToday)
{
    clock.set(berlin(2026, 12, 7, 12));
    reminder->skipToday();
    reminder->pauseUntil(berlin(2026, 12, 8, 0));
    save();

    clock.set(berlin(2026, 12, 7, 12, 30));
    restart();
    clock.set(berlin(2026, 12, 7, 18));
    EXPECT_FALSE(reminder->takeDue());
    clock.set(berlin(2026, 12, 7, 23, 59));
    EXPECT_FALSE(reminder->takeDue());
    clock.set(berlin(2026, 12, 8, 18));
    EXPECT_TRUE(reminder->takeDue());
}

TEST_F(ReminderDeferralsTest, MomentsAreStoredInUtcAndMeanTheSameInstantInAnotherZone)
{
    settings->setPausedUntil(berlin(2026, 12, 7, 19));
    EXPECT_EQ(store->value(QStringLiteral("reminders/paused_until")).toString(),
              QStringLiteral("2026-12-07T18:00:00.000Z"));
    restart();
    const QDateTime newYork(QDate(2026, 12, 7), QTime(13, 0),
                            QTimeZone(QByteArrayLiteral("America/New_York")));
    EXPECT_EQ(settings->pausedUntil(), newYork);
}

TEST_F(ReminderDeferralsTest, AnEndedDeferralIsForgotten)
{
    clock.set(berlin(2026, 12, 7, 18));
    ASSERT_TRUE(reminder->takeDue());
    reminder->snooze(15);
    save();
    clock.set(berlin(2026, 12, 7, 18, 15));
    ASSERT_TRUE(reminder->takeDue());
    save();
    EXPECT_FALSE(store->contains(QStringLiteral("reminders/snoozed_until")));
    EXPECT_FALSE(store->contains(QStringLiteral("reminders/snoozed_day")));
    restart();
    EXPECT_EQ(settings->snooze(), std::nullopt);
}

TEST_F(ReminderDeferralsTest, AnUnreadableMomentIsIgnoredWithAWarning)
{
    store->setValue(QStringLiteral("reminders/paused_until"), QStringLiteral("after lunch"));
    store->setValue(QStringLiteral("reminders/snoozed_until"),
                    QStringLiteral("2026-12-07T17:15:00.000Z"));
    store->setValue(QStringLiteral("reminders/snoozed_day"), QStringLiteral("monday"));
    store->sync();
    restart();
    EXPECT_EQ(settings->pausedUntil(), std::nullopt);
    EXPECT_EQ(settings->snooze(), std::nullopt);
    EXPECT_EQ(settings->warnings().size(), 2);
}

} // namespace
} // namespace limber::test
