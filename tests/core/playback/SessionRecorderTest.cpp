#include "playback/SessionRecorder.h"

#include "FakeClock.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/RoutinePlayer.h"
#include "PlayerRecorder.h"
#include "TestRoutines.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::test::FakeClock;
using limber::test::runFor;

namespace {

// prepare 5 | knee-to-chest L 20 | switch 5 | R 20 | rest 10 | butterfly 20 | rest 10 | cat-cow 20
Timeline threeStretches()
{
    using limber::test::stepOf;
    return limber::test::timelineOf(
        {stepOf("knee-to-chest", 20), stepOf("butterfly", 20), stepOf("cat-cow", 20)}, 5, 10, 5);
}

class SessionRecorderTest : public testing::Test
{
protected:
    void SetUp() override { player.setTimeline(threeStretches()); }

    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
};

TEST_F(SessionRecorderTest, AFullRunCountsEveryStretchAndTheTimeSpent)
{
    player.start();
    runFor(clock, player, 200'000);
    ASSERT_EQ(player.state(), RoutinePlayer::State::Finished);
    const SessionSummary summary = recorder.summary();
    EXPECT_EQ(summary.stretchesDone, 3);
    EXPECT_EQ(summary.stretchesSkipped, 0);
    EXPECT_EQ(summary.itHurtsCount, 0);
    EXPECT_EQ(summary.activeMs, player.timeline().totalMs()); // time after the end is not spent
}

TEST_F(SessionRecorderTest, PausesDoNotCountAsTimeSpent)
{
    player.start();
    runFor(clock, player, 10'000);
    player.pause();
    clock.advance(60'000);
    player.resume();
    runFor(clock, player, 5'000);
    EXPECT_EQ(recorder.summary().activeMs, 15'000);
}

TEST_F(SessionRecorderTest, SkippedStretchesAreCountedApart)
{
    player.start();
    runFor(clock, player, 10'000); // knee to chest, left side
    player.next();                 // skip the rest of it, into the rest before butterfly
    runFor(clock, player, 200'000);
    const SessionSummary summary = recorder.summary();
    EXPECT_EQ(summary.stretchesDone, 2);
    EXPECT_EQ(summary.stretchesSkipped, 1);
}

TEST_F(SessionRecorderTest, ItHurtsMomentsAreCountedAndResetForANewSession)
{
    player.start();
    recorder.noteItHurts();
    recorder.noteItHurts();
    EXPECT_EQ(recorder.summary().itHurtsCount, 2);
    runFor(clock, player, 200'000);
    player.start();
    EXPECT_EQ(recorder.summary().itHurtsCount, 0);
    EXPECT_EQ(recorder.summary().stretchesDone, 0);
}

TEST_F(SessionRecorderTest, StretchesNotYetReachedAreNeitherDoneNorSkipped)
{
    player.start();
    runFor(clock, player, 52'000); // into the rest before butterfly
    const SessionSummary summary = recorder.summary();
    EXPECT_EQ(summary.stretchesDone, 1);
    EXPECT_EQ(summary.stretchesSkipped, 0);
}

} // namespace

TEST_F(SessionRecorderTest, EachHoldKeepsTheTimeHeldAndWhetherItRanToItsEnd)
{
    player.start();
    runFor(clock, player, 20'000); // knee to chest left: 15 s held
    player.pause();
    clock.advance(30'000); // a pause is not holding
    player.resume();
    runFor(clock, player, 15'000); // left done at 25 s, switch, right 5 s in
    player.next();                 // right side skipped 5 s in
    const QList<PlayedExercise> played = recorder.exercises();
    ASSERT_EQ(played.size(), 4); // left, right, butterfly, cat-cow
    EXPECT_EQ(played.at(0).heldMs, 20'000);
    EXPECT_TRUE(played.at(0).completed);
    EXPECT_EQ(played.at(1).heldMs, 5'000);
    EXPECT_FALSE(played.at(1).completed);
    EXPECT_EQ(played.at(2).heldMs, 0);
    EXPECT_TRUE(recorder.heldAnything());
}

TEST_F(SessionRecorderTest, ItHurtsMarksTheHoldBeingDoneOrComingNext)
{
    player.start();
    recorder.noteItHurts();        // while getting ready: about knee to chest, left
    runFor(clock, player, 52'000); // the rest before butterfly
    recorder.noteItHurts();
    const QList<PlayedExercise> played = recorder.exercises();
    EXPECT_TRUE(played.at(0).hurt);
    EXPECT_FALSE(played.at(1).hurt);
    EXPECT_TRUE(played.at(2).hurt);
}

TEST_F(SessionRecorderTest, TheEndOfASessionIsSignalledOnceWhetherFinishedOrStopped)
{
    QList<bool> ended;
    QObject::connect(&recorder, &SessionRecorder::sessionEnded,
                     [&ended](bool finished) { ended.append(finished); });
    player.start();
    runFor(clock, player, 200'000);
    player.stop(); // from the summary back to the start: not a second end
    player.start();
    runFor(clock, player, 55'000); // both sides of knee to chest, into the rest
    player.stop();
    EXPECT_EQ(ended, (QList<bool>{true, false}));
    // A stopped session keeps its figures for the summary.
    EXPECT_EQ(recorder.summary().stretchesDone, 1);
    EXPECT_TRUE(recorder.exercises().at(0).completed);
}

TEST_F(SessionRecorderTest, NothingHeldIsNothingToKeep)
{
    player.start();
    runFor(clock, player, 3'000);
    player.stop();
    EXPECT_FALSE(recorder.heldAnything());
}
