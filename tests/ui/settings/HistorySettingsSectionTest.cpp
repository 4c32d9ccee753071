#include "SettingsViewTestSupport.h"

#include <QCheckBox>
#include <QSpinBox>

using namespace limber;

namespace {

using HistorySettingsSectionTest = limber::test::SettingsViewTest;

TEST_F(HistorySettingsSectionTest, ThePainQuestionIsOnByDefaultAndCanBeTurnedOff)
{
    view();
    auto *ask = control<QCheckBox>("askPainBefore");
    EXPECT_TRUE(ask->isChecked());
    ask->click();
    EXPECT_FALSE(settings.askPainBefore());
    EXPECT_EQ(store.value(QStringLiteral("history/ask_pain_before")).toBool(), false);
}

TEST_F(HistorySettingsSectionTest, TheWeeklyGoalIsThreeDaysAndStaysWithinAWeek)
{
    view();
    auto *goal = control<QSpinBox>("weeklyGoal");
    EXPECT_EQ(goal->value(), 3);
    EXPECT_EQ(goal->suffix(), QStringLiteral(" days a week"));
    goal->setValue(5);
    EXPECT_EQ(settings.weeklyGoalDays(), 5);
    goal->setValue(1);
    EXPECT_EQ(goal->suffix(), QStringLiteral(" day a week"));
    settings.setWeeklyGoalDays(9);
    EXPECT_EQ(goal->value(), 7) << "the setting clamps, and the page follows it";
}

} // namespace
