#include "playback/RoutinePlayer.h"

#include "FakeClock.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "PlayerRecorder.h"
#include "TestRoutines.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::test::FakeClock;
using limber::test::PlayerRecorder;
using limber::test::runFor;
using State = RoutinePlayer::State;

namespace {

Timeline smallTimeline()
{
    return Timeline::build(limber::test::kneeToChestThenButterfly(), TimingPreferences(),
                           Catalog::builtIn());
}

class RoutinePlayerTest : public testing::Test
{
protected:
    void SetUp() override
    {
        player.setTimeline(smallTimeline());
        ASSERT_EQ(player.timeline().totalMs(), 80000);
    }

    void startAndRun(qint64 ms)
    {
        player.start();
        runFor(clock, player, ms);
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    PlayerRecorder recorder{player};
};

TEST_F(RoutinePlayerTest, StartsIdleAndStartsAtZero)
{
    EXPECT_EQ(player.state(), State::Idle);
    EXPECT_EQ(player.currentSegmentIndex(), -1);
    EXPECT_EQ(player.nextWakeUpDelayMs(), -1);
    player.start();
    EXPECT_EQ(player.state(), State::Running);
    EXPECT_EQ(player.positionMs(), 0);
    EXPECT_EQ(player.currentSegmentIndex(), 0);
    EXPECT_EQ(recorder.segments, QList<int>{0});
    EXPECT_EQ(recorder.states, QList<State>{State::Running});
}

TEST_F(RoutinePlayerTest, PositionFollowsTheClockNotTheUpdates)
{
    player.start();
    clock.advance(12345);
    EXPECT_EQ(player.positionMs(), 12345); // no update() was needed
    EXPECT_EQ(player.remainingMs(), 80000 - 12345);
}

TEST_F(RoutinePlayerTest, EveryCueIsEmittedOnceAtItsExactTime)
{
    startAndRun(90000);
    ASSERT_EQ(recorder.cues.size(), player.cues().size());
    for (qsizetype index = 0; index < recorder.cues.size(); ++index) {
        EXPECT_EQ(recorder.cues.at(index).cue, player.cues().at(index));
        EXPECT_EQ(recorder.cues.at(index).positionMs, player.cues().at(index).atMs);
    }
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(recorder.segments, (QList<int>{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(recorder.states, (QList<State>{State::Running, State::Finished}));
}

TEST_F(RoutinePlayerTest, WakesAtSecondBoundariesAndCues)
{
    player.start();
    EXPECT_EQ(player.nextWakeUpDelayMs(), 1000);
    clock.advance(400);
    player.update();
    EXPECT_EQ(player.nextWakeUpDelayMs(), 600);
    // Halfway through a 20 s hold is a whole second; a 5 s hold's halfway is not.
    player.setTimeline(smallTimeline());
    player.start();
    player.extendCurrent(0); // no-op: extends by nothing
    clock.advance(5000);
    player.update();
    EXPECT_EQ(player.currentSegmentIndex(), 1);
    EXPECT_EQ(player.nextWakeUpDelayMs(), 1000);
}

TEST_F(RoutinePlayerTest, HalfSecondCueGetsItsOwnWakeUp)
{
    Routine routine;
    routine.prepareSeconds = routine.restSeconds = routine.switchSeconds = 0;
    routine.warmupSeconds = 0;
    routine.steps = {{QStringLiteral("butterfly"), 5, Sides::Both, 1}};
    player.setTimeline(Timeline::build(routine, TimingPreferences(), Catalog::builtIn()));
    player.start();
    clock.advance(2000);
    player.update();
    EXPECT_EQ(player.nextWakeUpDelayMs(), 500); // halfway at 2.5 s
}

TEST_F(RoutinePlayerTest, PauseStopsTimeAndResumeContinues)
{
    startAndRun(3000);
    player.pause();
    EXPECT_EQ(player.state(), State::Paused);
    EXPECT_EQ(player.nextWakeUpDelayMs(), -1);
    EXPECT_EQ(recorder.wakeUps.last(), -1);
    clock.advance(60000);
    EXPECT_EQ(player.positionMs(), 3000);
    player.update();
    EXPECT_EQ(player.positionMs(), 3000);
    player.resume();
    clock.advance(2500);
    EXPECT_EQ(player.positionMs(), 5500);
    player.pause();
    clock.advance(1000);
    player.resume();
    clock.advance(500);
    EXPECT_EQ(player.positionMs(), 6000);
}

TEST_F(RoutinePlayerTest, NoCuesWhilePaused)
{
    startAndRun(1000);
    player.pause();
    recorder.clear();
    clock.advance(10000);
    player.update();
    EXPECT_TRUE(recorder.cues.isEmpty());
    player.resume();
    runFor(clock, player, 1000); // position 2 s: the "3" of the prepare countdown
    ASSERT_EQ(recorder.cues.size(), 1);
    EXPECT_EQ(recorder.cues.first().cue, (Cue{CueKind::Countdown, 0, 2000, 3}));
}

TEST_F(RoutinePlayerTest, PauseExactlyAtABoundaryDeliversItsCuesFirst)
{
    player.start();
    clock.advance(5000); // the hold starts exactly now
    player.pause();
    ASSERT_FALSE(recorder.cues.isEmpty());
    EXPECT_EQ(recorder.cues.last().cue.kind, CueKind::ExerciseStarted);
    EXPECT_EQ(player.currentSegmentIndex(), 1);
    recorder.clear();
    player.resume();
    EXPECT_TRUE(recorder.cues.isEmpty()); // not twice
}

TEST_F(RoutinePlayerTest, TogglePauseStartsPausesAndResumes)
{
    player.togglePause();
    EXPECT_EQ(player.state(), State::Running);
    player.togglePause();
    EXPECT_EQ(player.state(), State::Paused);
    player.togglePause();
    EXPECT_EQ(player.state(), State::Running);
}

TEST_F(RoutinePlayerTest, NextDuringAGapGoesStraightToTheExercise)
{
    startAndRun(1000);
    recorder.clear();
    player.next();
    EXPECT_EQ(player.positionMs(), 5000);
    EXPECT_EQ(player.currentSegmentIndex(), 1);
    // The skipped countdown stays silent; the hold's start sounds at once.
    ASSERT_EQ(recorder.cues.size(), 1);
    EXPECT_EQ(recorder.cues.first().cue.kind, CueKind::ExerciseStarted);
}

TEST_F(RoutinePlayerTest, NextDuringAStretchSkipsToTheNextStretch)
{
    startAndRun(7000); // knee to chest, left side
    player.next();
    EXPECT_EQ(player.positionMs(), 50000); // the rest before butterfly
    EXPECT_EQ(player.currentSegmentIndex(), 4);
    player.next(); // and from that rest, into butterfly
    EXPECT_EQ(player.positionMs(), 60000);
}

TEST_F(RoutinePlayerTest, NextAtExactlyASegmentStart)
{
    startAndRun(25000); // the switch starts exactly now
    EXPECT_EQ(player.currentSegmentIndex(), 2);
    player.next();
    EXPECT_EQ(player.positionMs(), 30000); // the right side's hold
}

TEST_F(RoutinePlayerTest, NextFromTheLastStretchFinishes)
{
    startAndRun(61000);
    recorder.clear();
    player.next();
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(player.positionMs(), 80000);
    ASSERT_EQ(recorder.cues.size(), 1);
    EXPECT_EQ(recorder.cues.first().cue.kind, CueKind::RoutineFinished);
    player.next(); // nothing left to skip
    EXPECT_EQ(player.state(), State::Finished);
}

TEST_F(RoutinePlayerTest, PreviousRestartsTheCurrentStretchWhenPastItsFirstSeconds)
{
    startAndRun(64000); // butterfly, 4 s into its hold (14 s into its block)
    player.previous();
    EXPECT_EQ(player.positionMs(), 50000); // the start of the rest leading into it
    EXPECT_EQ(player.state(), State::Running);
}

TEST_F(RoutinePlayerTest, PreviousWithinTheFirstSecondsGoesToTheStretchBefore)
{
    startAndRun(51000); // 1 s into butterfly's block
    recorder.clear();
    player.previous();
    EXPECT_EQ(player.positionMs(), 0);
    EXPECT_EQ(player.currentSegmentIndex(), 0);
    // Going back replays the countdown.
    runFor(clock, player, 2000);
    ASSERT_EQ(recorder.cues.size(), 1);
    EXPECT_EQ(recorder.cues.first().cue, (Cue{CueKind::Countdown, 0, 2000, 3}));
}

TEST_F(RoutinePlayerTest, PreviousAtTheFirstStretchRestartsIt)
{
    startAndRun(1000);
    player.previous();
    EXPECT_EQ(player.positionMs(), 0);
    EXPECT_EQ(player.state(), State::Running);
}

TEST_F(RoutinePlayerTest, SkipsWhilePausedStayPausedAndCueOnResume)
{
    startAndRun(1000);
    player.pause();
    recorder.clear();
    player.next();
    EXPECT_EQ(player.state(), State::Paused);
    EXPECT_EQ(player.currentSegmentIndex(), 1);
    EXPECT_TRUE(recorder.cues.isEmpty());
    clock.advance(5000);
    EXPECT_EQ(player.positionMs(), 5000);
    player.resume();
    ASSERT_EQ(recorder.cues.size(), 1);
    EXPECT_EQ(recorder.cues.first().cue.kind, CueKind::ExerciseStarted);
}

TEST_F(RoutinePlayerTest, ExtendLengthensTheCurrentHoldAndMovesTheRest)
{
    startAndRun(20000); // left hold, past its halfway (15 s)
    ASSERT_EQ(recorder.cues.last().cue.kind, CueKind::Halfway);
    recorder.clear();
    EXPECT_TRUE(player.extendCurrent());
    EXPECT_EQ(player.positionMs(), 20000);
    EXPECT_EQ(player.timeline().totalMs(), 90000);
    EXPECT_EQ(player.segmentRemainingMs(), 15000);
    runFor(clock, player, 15000);
    EXPECT_EQ(player.currentSegmentIndex(), 2);
    // The halfway cue moved to 20 s but was already heard; the switch comes at 35 s.
    ASSERT_FALSE(recorder.cues.isEmpty());
    EXPECT_EQ(recorder.cues.first().cue, (Cue{CueKind::SwitchSides, 2, 35000, 0}));
    EXPECT_EQ(recorder.cues.first().positionMs, 35000);
}

TEST_F(RoutinePlayerTest, ExtendingAGapMovesItsCountdown)
{
    startAndRun(2500); // "3" of the prepare countdown was at 2 s
    recorder.clear();
    player.extendCurrent();
    runFor(clock, player, 13000); // to 15.5 s: the prepare now ends at 15 s
    QList<Cue> expected = {{CueKind::Countdown, 0, 13000, 2},
                           {CueKind::Countdown, 0, 14000, 1},
                           {CueKind::ExerciseStarted, 1, 15000, 0}};
    EXPECT_EQ(recorder.cueList(), expected);
}

TEST_F(RoutinePlayerTest, ExtendDoesNothingWhenNotPlaying)
{
    EXPECT_FALSE(player.extendCurrent());
    startAndRun(100000);
    EXPECT_FALSE(player.extendCurrent());
    EXPECT_EQ(player.timeline().totalMs(), 80000);
}

TEST_F(RoutinePlayerTest, StopReturnsToIdleAtTheStart)
{
    startAndRun(30000);
    player.stop();
    EXPECT_EQ(player.state(), State::Idle);
    EXPECT_EQ(player.positionMs(), 0);
    EXPECT_EQ(player.currentSegmentIndex(), -1);
    EXPECT_EQ(player.nextWakeUpDelayMs(), -1);
    player.next();
    player.previous();
    player.pause();
    EXPECT_EQ(player.state(), State::Idle);
}

TEST_F(RoutinePlayerTest, StartAgainAfterTheEndReplaysEverything)
{
    startAndRun(100000);
    const qsizetype cuesFirstTime = recorder.cues.size();
    recorder.clear();
    startAndRun(100000);
    EXPECT_EQ(recorder.cues.size(), cuesFirstTime);
}

TEST_F(RoutinePlayerTest, UpdatesLateDeliverEveryMissedCueInOrder)
{
    player.start();
    clock.advance(45000); // the machine slept through most of the routine
    player.update();
    QList<Cue> due;
    for (const Cue &cue : player.cues()) {
        if (cue.atMs <= 45000)
            due.append(cue);
    }
    EXPECT_EQ(recorder.cueList(), due);
    EXPECT_EQ(recorder.segments, (QList<int>{0, 1, 2, 3}));
}

TEST_F(RoutinePlayerTest, NewTimelineStopsPlayback)
{
    startAndRun(1000);
    player.setTimeline(smallTimeline());
    EXPECT_EQ(player.state(), State::Idle);
}

TEST_F(RoutinePlayerTest, EmptyTimelineCannotStart)
{
    player.setTimeline(Timeline());
    player.start();
    EXPECT_EQ(player.state(), State::Idle);
}

TEST(RoutinePlayerLongTest, ThirtyMinutesInIrregularStepsEndExactlyWithoutDrift)
{
    Routine routine;
    routine.prepareSeconds = 10;
    routine.restSeconds = 15;
    routine.switchSeconds = 5;
    routine.warmupSeconds = 180;
    for (const Stretch &stretch : Catalog::builtIn().stretches())
        routine.steps.append({stretch.id(), 120, Sides::Both, 1});
    const Timeline timeline = Timeline::build(routine, TimingPreferences(), Catalog::builtIn());
    ASSERT_GE(timeline.totalMs(), 30 * 60 * 1000);

    FakeClock clock;
    RoutinePlayer player(clock);
    PlayerRecorder recorder(player);
    player.setTimeline(timeline);
    const qint64 startClock = clock.nowMs();
    player.start();
    // Irregular wake-ups, as a busy machine gives them: never exactly on time.
    quint32 seed = 12345;
    while (player.state() == State::Running) {
        seed = seed * 1103515245u + 12345u;
        clock.advance(1 + (seed >> 16) % 1733);
        player.update();
        EXPECT_EQ(player.positionMs(), std::min(timeline.totalMs(), clock.nowMs() - startClock));
    }
    EXPECT_EQ(player.positionMs(), timeline.totalMs());
    EXPECT_LT(clock.nowMs() - startClock - timeline.totalMs(),
              1733); // finished on the first late wake-up
    ASSERT_EQ(recorder.cues.size(), cuesOf(timeline).size());
    for (const PlayerRecorder::CueAt &entry : recorder.cues)
        EXPECT_LT(entry.positionMs - entry.cue.atMs, 1733);
    EXPECT_EQ(recorder.cues.last().cue.kind, CueKind::RoutineFinished);
    EXPECT_EQ(recorder.cues.last().cue.atMs, timeline.totalMs());
}

} // namespace
