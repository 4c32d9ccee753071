#include "figures/FrameClock.h"

#include <gtest/gtest.h>
#include <QSignalSpy>

using namespace limber;

namespace {

// An animation's frame can join a repaint that happens anyway, and its next frame then falls
// just after the next such repaint rather than racing it.
TEST(FrameClockTest, ATickDueSoonJoinsARepaintAndTheNextComesAFrameAndALagLater)
{
    FrameClock clock(10);
    clock.setDuration(10'000);
    clock.start();
    QSignalSpy ticks(&clock, &FrameClock::ticked);
    EXPECT_TRUE(clock.tickEarly(100));
    EXPECT_EQ(ticks.size(), 1);
    EXPECT_GT(clock.remainingMs(), 100);
    EXPECT_LE(clock.remainingMs(), 100 + FrameClock::joinLagMs);
    // The tick after is too far off to join a repaint now.
    EXPECT_FALSE(clock.tickEarly(50));
    EXPECT_EQ(ticks.size(), 1);
}

TEST(FrameClockTest, AStoppedClockJoinsNothing)
{
    FrameClock clock(10);
    QSignalSpy ticks(&clock, &FrameClock::ticked);
    EXPECT_FALSE(clock.tickEarly(1000));
    EXPECT_EQ(clock.remainingMs(), -1);
    EXPECT_TRUE(ticks.isEmpty());
}

TEST(FrameClockTest, AnOwnerScheduleSurvivesAJoinedTick)
{
    FrameClock clock(10);
    clock.setDuration(10'000);
    clock.start();
    QObject::connect(&clock, &FrameClock::ticked, &clock, [&clock] { clock.setNextTickIn(700); });
    EXPECT_TRUE(clock.tickEarly(100));
    EXPECT_GT(clock.remainingMs(), 600);
}

} // namespace
