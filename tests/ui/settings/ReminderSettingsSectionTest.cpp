#include "settings/ReminderSettingsSection.h"

#include "reminders/ReminderSettings.h"

#include <gtest/gtest.h>
#include <QCheckBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeEdit>

namespace limber::test {
namespace {

TEST(ReminderSettingsSectionTest, EditsTheReminderSettings)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat);
    ReminderSettings settings(store);
    ReminderSettingsSection section(settings);
    EXPECT_FALSE(section.timeEdit()->isEnabled());
    section.dailyCheck()->click();
    EXPECT_TRUE(settings.dailyEnabled());
    EXPECT_TRUE(section.timeEdit()->isEnabled());
    section.dayCheck(Qt::Sunday)->click();
    EXPECT_FALSE(DailyReminder::contains(settings.days(), Qt::Sunday));
    EXPECT_TRUE(DailyReminder::contains(settings.days(), Qt::Saturday));
    section.autostartCheck()->click();
    EXPECT_TRUE(settings.startWithDesktop());
    // Changed elsewhere (the tray, another section): the page follows.
    settings.setBreakEnabled(true);
    EXPECT_TRUE(section.breakCheck()->isChecked());
}

} // namespace
} // namespace limber::test
