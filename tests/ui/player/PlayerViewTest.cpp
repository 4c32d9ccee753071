#include "player/PlayerView.h"

#include "FakeClock.h"
#include "figures/IllustrationWidget.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/PlayingPage.h"
#include "player/SummaryPage.h"
#include "PlayerRecorder.h"
#include "TestRoutines.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace limber;
using limber::test::FakeClock;
using limber::test::runFor;
using State = RoutinePlayer::State;

namespace {

// prepare 5 | knee-to-chest L 20 | switch 5 | R 20 | rest 10 | butterfly 20   (total 80 s)
Routine twoStretches()
{
    Routine routine = limber::test::kneeToChestThenButterfly();
    routine.name = QStringLiteral("Two");
    return routine;
}

class PlayerViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        view.setRoutine(twoStretches(), TimingPreferences());
        view.setStopConfirmer([this](QWidget *) {
            ++stopQuestions;
            return confirmStop;
        });
        view.setItHurtsChooser([this](QWidget *, const QString &name) {
            hurtStretch = name;
            EXPECT_EQ(player.state(), State::Paused) << "the routine must pause at once";
            return hurtChoice;
        });
        view.resize(1366, 768);
        view.show();
        // Shortcuts reach only the active window's focus chain.
        QApplication::setActiveWindow(&view);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        view.setFocus();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(&view, key, modifiers);
    }

    PlayingPage &page() { return *view.playingPage(); }

    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    PlayerView view{Catalog::builtIn(), player, recorder};
    int stopQuestions = 0;
    bool confirmStop = true;
    QString hurtStretch;
    ItHurtsDialog::Choice hurtChoice = ItHurtsDialog::Continue;
};

TEST_F(PlayerViewTest, ReadyPageUntilStarted)
{
    EXPECT_EQ(player.state(), State::Idle);
    EXPECT_NE(view.currentPage(), view.playingPage()->parentWidget());
    press(Qt::Key_Space);
    EXPECT_EQ(player.state(), State::Running);
}

TEST_F(PlayerViewTest, PrepareShowsWhatComesNext)
{
    view.start();
    EXPECT_EQ(page().titleText(), QStringLiteral("Get ready"));
    EXPECT_EQ(page().nextUpText(), QStringLiteral("Next: Knee to chest, left side"));
    EXPECT_EQ(page().countdownText(), QStringLiteral("5"));
    EXPECT_EQ(page().positionText(), QStringLiteral("Stretch 1 of 2"));
    EXPECT_EQ(page().timeLeftText(), QStringLiteral("1:20 left"));
    EXPECT_EQ(page().illustration()->stretchId(), QStringLiteral("knee-to-chest"));
}

TEST_F(PlayerViewTest, HoldShowsNameSideAndCountdown)
{
    view.start();
    runFor(clock, player, 5000);
    EXPECT_EQ(page().titleText(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(page().sideText(), QStringLiteral("Left side"));
    EXPECT_EQ(page().countdownText(), QStringLiteral("20"));
    EXPECT_TRUE(page().nextUpText().isEmpty());
    EXPECT_FALSE(page().illustration()->isMirrored());
    runFor(clock, player, 1500);
    EXPECT_EQ(page().countdownText(), QStringLiteral("19"));
    EXPECT_EQ(page().timeLeftText(), QStringLiteral("1:14 left"));
}

TEST_F(PlayerViewTest, SwitchAndRightSideAreMirrored)
{
    view.start();
    runFor(clock, player, 25000);
    EXPECT_EQ(page().titleText(), QStringLiteral("Switch sides"));
    EXPECT_EQ(page().nextUpText(), QStringLiteral("Next: Knee to chest, right side"));
    EXPECT_TRUE(page().illustration()->isMirrored());
    runFor(clock, player, 5000);
    EXPECT_EQ(page().sideText(), QStringLiteral("Right side"));
    EXPECT_TRUE(page().illustration()->isMirrored());
}

TEST_F(PlayerViewTest, RestShowsTheNextStretchAndItsPicture)
{
    view.start();
    runFor(clock, player, 52000);
    EXPECT_EQ(page().titleText(), QStringLiteral("Rest"));
    EXPECT_EQ(page().nextUpText(), QStringLiteral("Next: Butterfly stretch"));
    EXPECT_EQ(page().positionText(), QStringLiteral("Stretch 2 of 2"));
    EXPECT_EQ(page().illustration()->stretchId(), QStringLiteral("butterfly"));
    EXPECT_EQ(page().countdownText(), QStringLiteral("8"));
}

TEST_F(PlayerViewTest, KeyboardDrivesThePlayer)
{
    view.start();
    press(Qt::Key_Space);
    EXPECT_EQ(player.state(), State::Paused);
    press(Qt::Key_Space);
    EXPECT_EQ(player.state(), State::Running);
    press(Qt::Key_Right); // from the prepare into the hold
    EXPECT_EQ(player.positionMs(), 5000);
    press(Qt::Key_Right); // to the next stretch
    EXPECT_EQ(player.positionMs(), 50000);
    press(Qt::Key_Left); // within its first seconds: back to the one before
    EXPECT_EQ(player.positionMs(), 0);
    const qint64 total = player.timeline().totalMs();
    press(Qt::Key_Plus);
    EXPECT_EQ(player.timeline().totalMs(), total + 10000);
    press(Qt::Key_Equal); // "+" without Shift
    EXPECT_EQ(player.timeline().totalMs(), total + 20000);
}

TEST_F(PlayerViewTest, EscapeStopsOnlyWhenConfirmed)
{
    view.start();
    confirmStop = false;
    press(Qt::Key_Escape);
    EXPECT_EQ(stopQuestions, 1);
    EXPECT_EQ(player.state(), State::Running);
    confirmStop = true;
    press(Qt::Key_Escape);
    EXPECT_EQ(stopQuestions, 2);
    EXPECT_EQ(player.state(), State::Idle);
}

TEST_F(PlayerViewTest, FullScreenKeysAskTheWindow)
{
    QSignalSpy requests(&view, &PlayerView::fullScreenToggleRequested);
    press(Qt::Key_F11);
    press(Qt::Key_F);
    EXPECT_EQ(requests.count(), 2);
}

TEST_F(PlayerViewTest, ItHurtsPausesAndContinueResumes)
{
    view.start();
    runFor(clock, player, 7000);
    hurtChoice = ItHurtsDialog::Continue;
    press(Qt::Key_H);
    EXPECT_EQ(hurtStretch, QStringLiteral("Knee to chest"));
    EXPECT_EQ(player.state(), State::Running);
    EXPECT_EQ(player.positionMs(), 7000);
    EXPECT_EQ(recorder.summary().itHurtsCount, 1);
}

TEST_F(PlayerViewTest, ItHurtsCanSkipTheStretch)
{
    view.start();
    runFor(clock, player, 7000);
    hurtChoice = ItHurtsDialog::SkipStretch;
    press(Qt::Key_H);
    EXPECT_EQ(player.state(), State::Running);
    EXPECT_EQ(player.positionMs(), 50000); // the rest before butterfly
}

TEST_F(PlayerViewTest, ItHurtsCanEndTheRoutine)
{
    view.start();
    runFor(clock, player, 7000);
    hurtChoice = ItHurtsDialog::EndRoutine;
    press(Qt::Key_H);
    EXPECT_EQ(player.state(), State::Idle);
}

TEST_F(PlayerViewTest, SummaryCountsDoneSkippedAndHurts)
{
    view.start();
    runFor(clock, player, 7000);
    hurtChoice = ItHurtsDialog::SkipStretch;
    press(Qt::Key_H);
    runFor(clock, player, 100000);
    ASSERT_EQ(player.state(), State::Finished);
    EXPECT_EQ(view.currentPage(), view.summaryPage());
    const QString figures = view.summaryPage()->figuresText();
    EXPECT_TRUE(figures.contains(QStringLiteral("1 stretch done"))) << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("1 skipped"))) << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("pressed 1 time"))) << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("Time spent: 37 s"))) << figures.toStdString();
}

TEST_F(PlayerViewTest, FloorModeHidesControlsUntilTheMouseMoves)
{
    view.setControlsHideDelay(std::chrono::milliseconds(1));
    view.start();
    view.setFloorMode(true);
    EXPECT_TRUE(view.areControlsVisible());
    EXPECT_TRUE(QTest::qWaitFor([this] { return !view.areControlsVisible(); }, 2000));
    QMouseEvent move(QEvent::MouseMove, QPointF(120, 120), QPointF(120, 120), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &move);
    EXPECT_TRUE(view.areControlsVisible());
    view.setFloorMode(false);
}

} // namespace
