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
