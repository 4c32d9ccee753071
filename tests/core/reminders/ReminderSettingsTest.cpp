#include "reminders/ReminderSettings.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QTemporaryDir>

namespace limber::test {
namespace {

class ReminderSettingsTest : public testing::Test
{
protected:
    QSettings store() const
    {
        return QSettings(m_dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat);
    }

private:
    QTemporaryDir m_dir;
};

TEST_F(ReminderSettingsTest, EverythingIsOffByDefault)
{
    QSettings stored = store();
    const ReminderSettings settings(stored);
    EXPECT_FALSE(settings.dailyEnabled());
    EXPECT_FALSE(settings.breakEnabled());
    EXPECT_FALSE(settings.startWithDesktop());
    EXPECT_EQ(settings.breakMinutes(), 50);
    EXPECT_EQ(settings.days(), DailyReminder::everyDay);
    EXPECT_TRUE(settings.warnings().isEmpty());
}

TEST_F(ReminderSettingsTest, ValuesSurviveARestart)
{
    {
        QSettings stored = store();
        ReminderSettings settings(stored);
        settings.setDailyEnabled(true);
        settings.setDays(0x15);
        settings.setTime(QTime(7, 45, 30));
        settings.setRoutine(QStringLiteral("desk-break"));
        settings.setBreakEnabled(true);
        settings.setBreakMinutes(200);
    }
    QSettings stored = store();
    const ReminderSettings settings(stored);
    EXPECT_TRUE(settings.dailyEnabled());
    EXPECT_EQ(settings.days(), 0x15u);
    EXPECT_EQ(settings.time(), QTime(7, 45));
    EXPECT_EQ(settings.routine(), QStringLiteral("desk-break"));
    EXPECT_TRUE(settings.breakEnabled());
    EXPECT_EQ(settings.breakMinutes(), 120);
}

TEST_F(ReminderSettingsTest, BadStoredValuesFallBackWithAWarning)
{
    {
        QSettings stored = store();
        stored.setValue(QStringLiteral("reminders/time"), QStringLiteral("teatime"));
        stored.setValue(QStringLiteral("reminders/break_minutes"), 5);
    }
    QSettings stored = store();
    const ReminderSettings settings(stored);
    EXPECT_EQ(settings.time(), QTime(18, 0));
    EXPECT_EQ(settings.breakMinutes(), 50);
    EXPECT_EQ(settings.warnings().size(), 2);
}

TEST_F(ReminderSettingsTest, SignalsOnlyRealChanges)
{
    QSettings stored = store();
    ReminderSettings settings(stored);
    int daily = 0;
    QObject::connect(&settings, &ReminderSettings::dailyChanged, [&daily] { ++daily; });
    settings.setDailyEnabled(true);
    settings.setDailyEnabled(true);
    settings.setTime(QTime(18, 0));
    EXPECT_EQ(daily, 1);
}

} // namespace
} // namespace limber::test
