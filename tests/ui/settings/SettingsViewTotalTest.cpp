#include "model/Routine.h"
#include "settings/HoldOverridesModel.h"
#include "settings/HoldOverridesTable.h"
#include "settings/SettingsView.h"
#include "settings/TimingSettingsSection.h"
#include "SettingsViewTestSupport.h"
#include "widgets/RoutineTotalLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>

using namespace limber;
using limber::test::SettingsViewTest;

namespace {

// Back and hips with the default settings: a 120 s warm-up, 5 s to get ready, nine 10 s
// rests, four sided stretches (8 holds of 25 s, 4 switches of 5 s) and six more holds
// (25 + 30 + 30 + 30 + 30 + 25 s): 605 s.
class SettingsViewTotalTest : public SettingsViewTest
{
protected:
    void SetUp() override { view().setRoutineForTotal(builtin::backAndHips(Catalog::builtIn())); }

    QString total() { return view().routineTotal()->text(); }
    static QString takes(const char *duration)
    {
        return QStringLiteral("Your routine “Back and hips” now takes %1.")
            .arg(QString::fromUtf8(duration));
    }
};

TEST_F(SettingsViewTotalTest, ShowsTheRoutinesLengthWithTheCurrentSettings)
{
    EXPECT_EQ(total(), takes("10 min 5 s"));
}

TEST_F(SettingsViewTotalTest, FollowsTheDefaultHold)
{
    control<QRadioButton>("sameHold")->click();
    control<QSpinBox>("defaultHoldSeconds")->setValue(40);
    // 14 holds of 40 s instead of 370 s in all.
    EXPECT_EQ(total(), takes("13 min 15 s"));
    control<QRadioButton>("recommendedHold")->click();
    EXPECT_EQ(total(), takes("10 min 5 s"));
}

TEST_F(SettingsViewTotalTest, FollowsAnOverrideAndItsReset)
{
    HoldOverridesTable *table = view().timingSection()->holdOverridesTable();
    auto *model = static_cast<HoldOverridesModel *>(table->model());
    const int row = model->rowOf(QStringLiteral("knee-to-chest"));
    // Both sides 40 s instead of 25 s.
    ASSERT_TRUE(model->setData(model->index(row, HoldOverridesModel::OverrideColumn), 40));
    EXPECT_EQ(total(), takes("10 min 35 s"));
    QTest::mouseClick(table->resetButton(row), Qt::LeftButton);
    EXPECT_EQ(total(), takes("10 min 5 s"));
}

TEST_F(SettingsViewTotalTest, FollowsTheGapsAndTheWarmUp)
{
    control<QSpinBox>("restSeconds")->setValue(20);
    EXPECT_EQ(total(), takes("11 min 35 s"));
    control<QCheckBox>("warmupEnabled")->click();
    EXPECT_EQ(total(), takes("9 min 35 s"));
    settings.setSwitchSeconds(0);
    EXPECT_EQ(total(), takes("9 min 15 s"));
}

TEST_F(SettingsViewTotalTest, NamesTheRoutineItWasGiven)
{
    Routine routine;
    routine.name = QStringLiteral("<b>Morning</b>");
    routine.warmupSeconds = 0;
    routine.steps = {{QStringLiteral("butterfly"), 60}};
    view().setRoutineForTotal(routine);
    EXPECT_EQ(view().routineTotal()->textFormat(), Qt::PlainText);
    EXPECT_EQ(total(), QStringLiteral("Your routine “<b>Morning</b>” now takes 1 min 5 s."));
}

TEST_F(SettingsViewTotalTest, ResetAllAsksFirstAndDoesNothingWhenTurnedDown)
{
    settings.setRestSeconds(30);
    settings.setHoldOverride(QStringLiteral("butterfly"), 60);
    settings.setSoundEnabled(false);
    settings.setColorScheme(ColorScheme::Dark);
    int asked = 0;
    QWidget *askedOver = nullptr;
    view().setResetConfirmer([&](QWidget *parent) {
        ++asked;
        askedOver = parent;
        return false;
    });

    QTest::mouseClick(view().resetAllButton(), Qt::LeftButton);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(askedOver, &view());
    EXPECT_EQ(settings.restSeconds(), 30);
    EXPECT_EQ(settings.holdOverride(QStringLiteral("butterfly")), 60);
    EXPECT_FALSE(settings.soundEnabled());
    EXPECT_EQ(settings.colorScheme(), ColorScheme::Dark);
    EXPECT_EQ(Settings(store).restSeconds(), 30);
}

TEST_F(SettingsViewTotalTest, ResetAllPutsEverySettingAndControlBackToItsDefault)
{
    settings.setRestSeconds(30);
    settings.setDefaultHoldSeconds(50);
    settings.setHoldOverride(QStringLiteral("butterfly"), 60);
    settings.setSoundEnabled(false);
    settings.setColorScheme(ColorScheme::Dark);
    view().setResetConfirmer([](QWidget *) { return true; });

    QTest::mouseClick(view().resetAllButton(), Qt::LeftButton);
    EXPECT_EQ(settings.restSeconds(), Settings::restRange.defaultValue);
    EXPECT_EQ(settings.defaultHoldSeconds(), std::nullopt);
    EXPECT_TRUE(settings.holdOverrides().isEmpty());
    EXPECT_TRUE(settings.soundEnabled());
    EXPECT_EQ(settings.colorScheme(), ColorScheme::System);

    EXPECT_EQ(control<QSpinBox>("restSeconds")->value(), Settings::restRange.defaultValue);
    EXPECT_TRUE(control<QRadioButton>("recommendedHold")->isChecked());
    EXPECT_TRUE(control<QCheckBox>("soundEnabled")->isChecked());
    EXPECT_TRUE(control<QSlider>("soundVolume")->isEnabled());
    EXPECT_TRUE(control<QRadioButton>("themeSystem")->isChecked());
    EXPECT_EQ(total(), takes("10 min 5 s"));
    // Showing the defaults must not write them back: unstored, a future default applies.
    EXPECT_EQ(store.allKeys(), QStringList());
}

TEST_F(SettingsViewTotalTest, TheContentStaysReadablyNarrowOnAWideWindow)
{
    QWidget *timing = view().timingSection();
    EXPECT_LE(timing->width(), 760);
    EXPECT_GE(timing->width(), 600);
    // Centred: as much room on the left as on the right, give or take the scroll bar.
    const QPoint left = timing->mapTo(&view(), QPoint(0, 0));
    const int right = view().width() - (left.x() + timing->width());
    EXPECT_NEAR(left.x(), right, 24);
}

TEST_F(SettingsViewTotalTest, TabFollowsThePageFromTopToBottom)
{
    const QStringList expected{
        QStringLiteral("recommendedHold"),
        QStringLiteral("prepareSeconds"),
        QStringLiteral("restSeconds"),
        QStringLiteral("switchSeconds"),
        QStringLiteral("warmupEnabled"),
        QStringLiteral("warmupSeconds"),
        QStringLiteral("holdOverrides"),
        QStringLiteral("soundEnabled"),
        QStringLiteral("soundVolume"),
        QStringLiteral("ticksEnabled"),
        QStringLiteral("voiceEnabled"),
        QStringLiteral("voiceName"),
        QStringLiteral("testVoice"),
        QStringLiteral("speechRate"),
        QStringLiteral("breathingPacerEnabled"),
        QStringLiteral("themeSystem"),
        QStringLiteral("language"),
        QStringLiteral("resetAll"),
    };
    auto *first = control<QRadioButton>("recommendedHold");
    first->setFocus(Qt::TabFocusReason);
    QStringList visited{first->objectName()};
    for (int step = 0; step < 40 && visited.size() < expected.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // A spin box's line edit has the focus: the control is the named ancestor.
        for (QWidget *widget = QApplication::focusWidget(); widget;
             widget = widget->parentWidget()) {
            if (expected.contains(widget->objectName())) {
                if (!visited.contains(widget->objectName()))
                    visited.append(widget->objectName());
                break;
            }
        }
    }
    EXPECT_EQ(visited, expected);
}

} // namespace
