// The Play view with a practice history: the pain question before Start, the session kept
// when it ends (played through or stopped), the summary's answers, and stretches that hurt.

#include "FakeClock.h"
#include "history/HistoryFile.h"
#include "history/HistoryStore.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/HurtNotice.h"
#include "player/PainQuestionPage.h"
#include "player/PainScale.h"
#include "player/PlayerView.h"
#include "player/PracticeJournal.h"
#include "player/SummaryPage.h"
#include "PlayerRecorder.h"
#include "TestRoutines.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace limber;
using limber::test::FakeClock;
using limber::test::runFor;
using State = RoutinePlayer::State;

namespace {

const QDateTime startedAt(QDate(2026, 12, 1), QTime(18, 5), Qt::OffsetFromUTC, 3600);

class PlayerHistoryTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const qint64 clockAtStart = clock.nowMs();
        journal.setWallClock(
            [this, clockAtStart] { return startedAt.addMSecs(clock.nowMs() - clockAtStart); });
        journal.setRoutine(QStringLiteral("two"), QStringLiteral("Two"));
        view.setJournal(&journal);
        view.setAskPainBefore(true);
        Routine routine = limber::test::kneeToChestThenButterfly();
        routine.name = QStringLiteral("Two");
        view.setRoutine(routine, TimingPreferences());
        view.setStopConfirmer([](QWidget *) { return true; });
        view.setItHurtsChooser(
            [](QWidget *, const QString &) { return ItHurtsDialog::EndRoutine; });
        view.resize(1366, 768);
        view.show();
        QApplication::setActiveWindow(&view);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    }

    // What a fresh reader finds in the folder: what was really written.
    QList<Session> onDisk() const
    {
        HistoryStore reader(dir.path(), QStringLiteral("other"), QStringLiteral("other"));
        reader.load();
        return reader.sessions();
    }

    void startWithoutRating()
    {
        view.start();
        ASSERT_EQ(view.currentPage(), view.painQuestionPage());
        view.painQuestionPage()->skipButton()->click();
    }

    QTemporaryDir dir;
    HistoryStore store{dir.path(), QStringLiteral("laptop-id"), QStringLiteral("laptop")};
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    PlayerView view{Catalog::builtIn(), player, recorder};
    PracticeJournal journal{Catalog::builtIn(), store, player, recorder};
};

TEST_F(PlayerHistoryTest, StartAsksHowTheBackIsAndADigitAnswersAndStarts)
{
    view.start();
    EXPECT_EQ(view.currentPage(), view.painQuestionPage());
    EXPECT_EQ(player.state(), State::Idle) << "nothing plays while the question is open";
    QTest::keyClick(view.painQuestionPage()->scale(), Qt::Key_6);
    EXPECT_EQ(player.state(), State::Running);
    runFor(clock, player, 100'000);
    ASSERT_EQ(onDisk().size(), 1);
    EXPECT_EQ(onDisk().first().painBefore, 6);
}

TEST_F(PlayerHistoryTest, SpaceOnTheStartPageAsksFirstToo)
{
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Space);
    EXPECT_EQ(view.currentPage(), view.painQuestionPage());
    EXPECT_EQ(player.state(), State::Idle);
    QTest::keyClick(view.painQuestionPage()->scale(), Qt::Key_Space);
    EXPECT_EQ(player.state(), State::Idle) << "Space is no answer";
}

TEST_F(PlayerHistoryTest, EscapeSkipsTheQuestionAndNothingIsRated)
{
    view.start();
    QTest::keyClick(view.painQuestionPage()->scale(), Qt::Key_Escape);
    EXPECT_EQ(player.state(), State::Running);
    runFor(clock, player, 100'000);
    ASSERT_EQ(onDisk().size(), 1);
    EXPECT_FALSE(onDisk().first().painBefore.has_value());
}

TEST_F(PlayerHistoryTest, TheQuestionCanBeTurnedOff)
{
    view.setAskPainBefore(false);
    view.start();
    EXPECT_EQ(player.state(), State::Running);
}

TEST_F(PlayerHistoryTest, AFinishedSessionIsSavedBeforeTheSummarySaysSo)
{
    startWithoutRating();
    runFor(clock, player, 100'000);
    ASSERT_EQ(view.currentPage(), view.summaryPage());
    EXPECT_EQ(view.summaryPage()->saveStatus(), QStringLiteral("Saved in your history."));
    const QList<Session> saved = onDisk();
    ASSERT_EQ(saved.size(), 1);
    const Session &session = saved.first();
    EXPECT_EQ(session.routineId, QStringLiteral("two"));
    EXPECT_EQ(session.started, startedAt);
    EXPECT_EQ(session.started.offsetFromUtc(), 3600);
    EXPECT_EQ(session.deviceId, QStringLiteral("laptop-id"));
    // Both sides of knee to chest, then butterfly: every planned hold, in order.
    ASSERT_EQ(session.holds.size(), 3);
    EXPECT_EQ(session.holds.at(0).side, Side::Left);
    EXPECT_EQ(session.holds.at(1).side, Side::Right);
    EXPECT_EQ(session.holds.at(2).stretchId, QStringLiteral("butterfly"));
    EXPECT_EQ(session.count(HoldOutcome::Done), 3);
    EXPECT_EQ(session.holds.at(2).heldMs, 20'000);
}

TEST_F(PlayerHistoryTest, TheSummaryAddsThePainAfterAndANoteToTheSameSession)
{
    startWithoutRating();
    runFor(clock, player, 100'000);
    SummaryPage *summary = view.summaryPage();
    QTest::keyClick(summary->painScale(), Qt::Key_2);
    summary->noteField()->setText(QStringLiteral("Left hip tight"));
    Q_EMIT summary->noteField()->editingFinished();
    const QList<Session> saved = onDisk();
    ASSERT_EQ(saved.size(), 1) << "completed in place, not a second session";
    EXPECT_EQ(saved.first().painAfter, 2);
    EXPECT_EQ(saved.first().note, QStringLiteral("Left hip tight"));
    EXPECT_EQ(summary->saveStatus(), QStringLiteral("Saved in your history, with your answers."));
}

TEST_F(PlayerHistoryTest, OneTapAfterOneTenMeansTenWithinTheWindow)
{
    startWithoutRating();
    runFor(clock, player, 100'000);
    PainScale *scale = view.summaryPage()->painScale();
    QTest::keyClick(scale, Qt::Key_1);
    EXPECT_FALSE(onDisk().first().painAfter.has_value()) << "a 1 waits for a possible 0";
    QTest::keyClick(scale, Qt::Key_0);
    EXPECT_EQ(onDisk().first().painAfter, 10);
}

TEST_F(PlayerHistoryTest, AOneAloneIsOneOnceTheWindowCloses)
{
    startWithoutRating();
    runFor(clock, player, 100'000);
    PainScale *scale = view.summaryPage()->painScale();
    scale->setTenWindow(std::chrono::milliseconds(20));
    QTest::keyClick(scale, Qt::Key_1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return onDisk().first().painAfter == 1; }, 2000));
}

TEST_F(PlayerHistoryTest, StoppedAfterAHoldIsKeptAndEndsOnTheSummary)
{
    startWithoutRating();
    runFor(clock, player, 32'000); // left side held, 2 s into the right side
    ASSERT_TRUE(view.requestStop());
    EXPECT_EQ(view.currentPage(), view.summaryPage());
    const QList<Session> saved = onDisk();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().count(HoldOutcome::Done), 1);
    EXPECT_EQ(saved.first().count(HoldOutcome::Skipped), 2);
    EXPECT_EQ(saved.first().holds.at(1).heldMs, 2'000);
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_NE(view.currentPage(), view.summaryPage());
}

TEST_F(PlayerHistoryTest, UnderOneHoldNothingIsKept)
{
    startWithoutRating();
    runFor(clock, player, 10'000);
    ASSERT_TRUE(view.requestStop());
    EXPECT_TRUE(onDisk().isEmpty());
    EXPECT_NE(view.currentPage(), view.summaryPage());
}

TEST_F(PlayerHistoryTest, ItHurtsIsRememberedForThatHold)
{
    startWithoutRating();
    runFor(clock, player, 8'000); // holding knee to chest, left
    view.itHurts();               // and ending the routine there
    const QList<Session> saved = onDisk();
    ASSERT_EQ(saved.size(), 1) << "a hold stopped with It hurts is worth keeping";
    EXPECT_EQ(saved.first().holds.at(0).outcome, HoldOutcome::Hurt);
    EXPECT_EQ(saved.first().holds.at(0).heldMs, 3'000);
}

TEST_F(PlayerHistoryTest, AStretchThatHurtIsFlaggedBeforeItStartsAndCanBeSkipped)
{
    const QDateTime hurtOn(QDate(2026, 12, 1), QTime(18, 0));
    view.setHurtMarks({{QStringLiteral("butterfly"), hurtOn}});
    startWithoutRating();
    runFor(clock, player, 2'000);
    EXPECT_TRUE(view.hurtNotice()->isHidden()) << "knee to chest did not hurt";
    runFor(clock, player, 50'000); // the rest before butterfly
    ASSERT_FALSE(view.hurtNotice()->isHidden());
    EXPECT_TRUE(view.hurtNotice()->text().contains(QStringLiteral("This hurt on Tue 1 Dec")))
        << view.hurtNotice()->text().toStdString();
    view.hurtNotice()->skipButton()->click();
    EXPECT_EQ(player.state(), State::Finished) << "butterfly was the last stretch";
    EXPECT_EQ(onDisk().first().holds.at(2).outcome, HoldOutcome::Skipped);
}

} // namespace
