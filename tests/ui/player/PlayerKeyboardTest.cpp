#include "FakeClock.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/PainScale.h"
#include "player/PlayerView.h"
#include "TestRoutines.h"
#include "widgets/KeyBindings.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QSet>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>

using namespace limber;
using limber::test::FakeClock;
using State = RoutinePlayer::State;

namespace {

class PlayerKeyboardTest : public testing::Test
{
protected:
    void SetUp() override
    {
        view.setRoutine(limber::test::kneeToChestThenButterfly(), TimingPreferences());
        view.setStopConfirmer([](QWidget *) { return false; });
        view.resize(1366, 768);
        view.show();
        QApplication::setActiveWindow(&view);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        view.setFocus();
    }

    // The next focus stop from where the focus is, as Tab would take it.
    QWidget *tab()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget();
    }

    QAbstractButton *buttonNamed(const QString &text)
    {
        for (auto *button : view.findChildren<QAbstractButton *>()) {
            if (button->isVisible() && button->text() == text)
                return button;
        }
        return nullptr;
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    PlayerView view{Catalog::builtIn(), player, recorder};
};

TEST_F(PlayerKeyboardTest, TabReachesStartAndSpacePressesIt)
{
    QAbstractButton *start = buttonNamed(QStringLiteral("Start"));
    ASSERT_NE(start, nullptr);
    for (int i = 0; i < 10 && QApplication::focusWidget() != start; ++i)
        tab();
    ASSERT_EQ(QApplication::focusWidget(), start) << "Start is not a Tab stop";
    QTest::keyClick(start, Qt::Key_Space);
    EXPECT_EQ(player.state(), State::Running);
}

TEST_F(PlayerKeyboardTest, SpaceOnAFocusedControlPressesItInsteadOfPausing)
{
    QTest::keyClick(&view, Qt::Key_Space);
    ASSERT_EQ(player.state(), State::Running);
    const int before = player.currentSegmentIndex();
    QAbstractButton *next = buttonNamed(QStringLiteral("Next"));
    ASSERT_NE(next, nullptr);
    ASSERT_TRUE(next->focusPolicy() & Qt::TabFocus) << "the control bar must be reachable";
    next->setFocus(Qt::TabFocusReason);
    QTest::keyClick(next, Qt::Key_Space);
    EXPECT_EQ(player.state(), State::Running) << "Space paused instead of pressing Next";
    EXPECT_GT(player.currentSegmentIndex(), before);

    QAbstractButton *pause = buttonNamed(QStringLiteral("Pause"));
    ASSERT_NE(pause, nullptr);
    pause->setFocus(Qt::TabFocusReason);
    QTest::keyClick(pause, Qt::Key_Space);
    EXPECT_EQ(player.state(), State::Paused);
}

TEST_F(PlayerKeyboardTest, EveryPlayerKeyOfTheTableIsBound)
{
    QSet<QKeySequence> bound;
    for (const QShortcut *shortcut : view.findChildren<QShortcut *>())
        bound.insert(shortcut->key());
    QSet<QKeySequence> listed;
    for (const KeyBinding &binding : KeyBindings::all()) {
        if (binding.area == KeyArea::Player) {
            const QList<QKeySequence> keys = KeyBindings::keys(binding.command);
            listed.unite(QSet<QKeySequence>(keys.begin(), keys.end()));
        }
    }
    EXPECT_EQ(bound, listed) << "the player and the shortcuts dialog disagree";
}

TEST(PainScaleKeys, ArrowsPickAndSpaceAnswers)
{
    PainScale scale;
    scale.show();
    QApplication::setActiveWindow(&scale);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&scale));
    scale.setFocus();
    QSignalSpy answered(&scale, &PainScale::answered);
    QTest::keyClick(&scale, Qt::Key_Space);
    EXPECT_TRUE(answered.isEmpty()) << "Space before picking is no answer";
    QTest::keyClick(&scale, Qt::Key_Right); // 0
    QTest::keyClick(&scale, Qt::Key_Right);
    QTest::keyClick(&scale, Qt::Key_Right);
    QTest::keyClick(&scale, Qt::Key_Left);
    EXPECT_TRUE(answered.isEmpty()) << "picking is not answering";
    QTest::keyClick(&scale, Qt::Key_Space);
    ASSERT_EQ(answered.size(), 1);
    EXPECT_EQ(answered.at(0).at(0).toInt(), 1);
    QTest::keyClick(&scale, Qt::Key_End);
    QTest::keyClick(&scale, Qt::Key_Return);
    ASSERT_EQ(answered.size(), 2);
    EXPECT_EQ(answered.at(1).at(0).toInt(), 10);
}

TEST(KeyBindingsTable, KeypadKeysMatchAndEveryCommandIsDescribed)
{
    QKeyEvent keypadPlus(QEvent::KeyPress, Qt::Key_Plus, Qt::KeypadModifier, QStringLiteral("+"));
    EXPECT_TRUE(KeyBindings::matches(KeyCommand::ExtendHold, &keypadPlus));
    QKeyEvent altUp(QEvent::KeyPress, Qt::Key_Up, Qt::AltModifier | Qt::KeypadModifier);
    EXPECT_TRUE(KeyBindings::matches(KeyCommand::MoveStep, &altUp));
    QKeyEvent up(QEvent::KeyPress, Qt::Key_Up, Qt::NoModifier);
    EXPECT_FALSE(KeyBindings::matches(KeyCommand::MoveStep, &up));
    for (const KeyBinding &binding : KeyBindings::all()) {
        EXPECT_FALSE(binding.keys.isEmpty()) << int(binding.command);
        EXPECT_FALSE(KeyBindings::description(binding.command).isEmpty()) << int(binding.command);
    }
}

} // namespace
