#include "MainWindow.h"

#include "Catalog.h"
#include "CueAnnouncer.h"
#include "FakeClock.h"
#include "LibraryView.h"
#include "PlayerView.h"
#include "Routine.h"
#include "RoutinePlayer.h"
#include "RoutineStepListModel.h"
#include "SessionRecorder.h"
#include "StretchDetailView.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QTest>

using namespace limber;
using limber::test::FakeClock;

namespace {

class MainWindowTest : public testing::Test
{
protected:
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    // No real outputs: the window only needs the announcer's switches and status.
    CueAnnouncer announcer{Catalog::builtIn(), player, nullptr, nullptr};
    MainWindow window{AppServices{Catalog::builtIn(), player, recorder, announcer, {}},
                      builtin::backAndHips(Catalog::builtIn())};
};

TEST_F(MainWindowTest, OpensOnTheSelectedRoutineReadyToPlay)
{
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Limber"));
    EXPECT_EQ(window.currentView(), MainWindow::Player);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Idle);
    EXPECT_EQ(player.timeline().stretchCount(), 10);

    const auto *list = window.playerView()->findChild<QListView *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), 10);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(list->model()->index(0, 0).data(RoutineStepListModel::DetailRole).toString(),
              QStringLiteral("25 s each side"));

    QStringList texts;
    for (const QLabel *label : window.playerView()->findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_TRUE(texts.contains(QStringLiteral("Back and hips")));
    // 605 s: warm-up 120, prepare 5, 14 holds, 4 switches, 9 rests.
    EXPECT_TRUE(texts.contains(QStringLiteral("10 stretches · 10 min 5 s in all")))
        << texts.join(QStringLiteral(" | ")).toStdString();
}

TEST_F(MainWindowTest, CtrlNumbersSwitchViews)
{
    window.show();
    QApplication::setActiveWindow(&window); // shortcuts reach only the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::Library);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::Player);
}

TEST_F(MainWindowTest, PlayingAStretchFromTheLibraryPlaysItAloneThenReturns)
{
    window.show();
    window.showView(MainWindow::Library);
    StretchDetailView *detail = window.libraryView()->detailView();
    Q_EMIT detail->playRequested(QStringLiteral("cat-cow"));
    EXPECT_EQ(window.currentView(), MainWindow::Player);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(), 1);
    EXPECT_EQ(player.timeline().segments().first().kind, SegmentKind::Prepare);
    player.stop();
    EXPECT_EQ(player.timeline().stretchCount(), 10); // back to the routine chosen at start
}

TEST_F(MainWindowTest, MuteSwitchesSoundAndVoiceOff)
{
    window.playerView()->setMuted(true);
    EXPECT_FALSE(announcer.soundEnabled());
    EXPECT_FALSE(announcer.voiceEnabled());
    window.playerView()->setMuted(false);
    EXPECT_TRUE(announcer.soundEnabled());
    EXPECT_TRUE(announcer.voiceEnabled());
}

TEST_F(MainWindowTest, RemembersItsGeometry)
{
    window.show();
    window.resize(1000, 700);
    window.close();
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

} // namespace
