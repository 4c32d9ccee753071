#include "player/PlayerWakeTimer.h"

#include "FakeClock.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/RoutinePlayer.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::test::FakeClock;

namespace {

class PlayerWakeTimerTest : public testing::Test
{
protected:
    void SetUp() override
    {
        Routine routine;
        routine.prepareSeconds = 5;
        routine.warmupSeconds = 0;
        routine.steps = {{QStringLiteral("butterfly"), 10, Sides::Both, 1}};
        player.setTimeline(Timeline::build(routine, TimingPreferences(), Catalog::builtIn()));
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    PlayerWakeTimer timer{player};
};

TEST_F(PlayerWakeTimerTest, RunsOnlyWhilePlaying)
{
    EXPECT_FALSE(timer.isActive());
    player.start();
    EXPECT_TRUE(timer.isActive());
    EXPECT_LE(timer.remainingMs(), 1000); // the next displayed second
    player.pause();
    EXPECT_FALSE(timer.isActive());
    player.resume();
    EXPECT_TRUE(timer.isActive());
    player.stop();
    EXPECT_FALSE(timer.isActive());
}

TEST_F(PlayerWakeTimerTest, StopsWhenTheRoutineEnds)
{
    player.start();
    clock.advance(60'000);
    player.update();
    EXPECT_EQ(player.state(), RoutinePlayer::State::Finished);
    EXPECT_FALSE(timer.isActive());
}

TEST_F(PlayerWakeTimerTest, WakesThePlayerAtTheRequestedMoment)
{
    player.start();
    clock.advance(400);
    player.update(); // asks to be woken in 600 ms, at the next second of the countdown
    EXPECT_GT(timer.remainingMs(), 500);
    EXPECT_LE(timer.remainingMs(), 600);
}

} // namespace
