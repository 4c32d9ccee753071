#include "reminders/SittingBreakCounter.h"

#include "FakeWallClock.h"

#include <gtest/gtest.h>

namespace limber::test {
namespace {

using Outcome = SittingBreakCounter::Outcome;

class SittingBreakCounterTest : public testing::Test
{
protected:
    FakeWallClock clock{berlin(2026, 12, 7, 9)};
    std::optional<qint64> idleMs = 0;
    int queries = 0;
    SittingBreakCounter counter{clock, [this] {
                                    ++queries;
                                    return idleMs;
                                }};
};

TEST_F(SittingBreakCounterTest, NudgesAfterTheMinutesOfUseAndCountsAgain)
{
    counter.start(50);
    EXPECT_EQ(counter.nextDue(), berlin(2026, 12, 7, 9, 50));
    clock.set(berlin(2026, 12, 7, 9, 49));
    EXPECT_EQ(counter.check(), Outcome::NotYet);
    clock.set(berlin(2026, 12, 7, 9, 50));
    EXPECT_EQ(counter.check(), Outcome::Nudge);
    EXPECT_EQ(counter.nextDue(), berlin(2026, 12, 7, 10, 40));
}

TEST_F(SittingBreakCounterTest, AsksForIdleTimeOnlyWhenANudgeIsDue)
{
    counter.start(50);
    clock.set(berlin(2026, 12, 7, 9, 30));
    counter.check();
    EXPECT_EQ(queries, 0);
    clock.set(berlin(2026, 12, 7, 9, 50));
    counter.check();
    EXPECT_EQ(queries, 1);
}

TEST_F(SittingBreakCounterTest, FiveMinutesIdleRestartsTheCount)
{
    counter.start(30);
    clock.set(berlin(2026, 12, 7, 9, 30));
    idleMs = SittingBreakCounter::breakMs;
    EXPECT_EQ(counter.check(), Outcome::Restarted);
    EXPECT_EQ(counter.nextDue(), berlin(2026, 12, 7, 10, 0));
}

TEST_F(SittingBreakCounterTest, ShortIdleStillCountsAsUse)
{
    counter.start(30);
    clock.set(berlin(2026, 12, 7, 9, 30));
    idleMs = SittingBreakCounter::breakMs - 1;
    EXPECT_EQ(counter.check(), Outcome::Nudge);
}

TEST_F(SittingBreakCounterTest, WithoutAnIdleSourceElapsedTimeCounts)
{
    idleMs.reset();
    counter.start(30);
    clock.set(berlin(2026, 12, 7, 9, 30));
    EXPECT_EQ(counter.check(), Outcome::Nudge);
    EXPECT_TRUE(counter.countsElapsedTime());
}

TEST_F(SittingBreakCounterTest, SleepingPastTheDueTimeIsABreak)
{
    idleMs.reset();
    counter.start(30);
    clock.set(berlin(2026, 12, 7, 11, 0));
    EXPECT_EQ(counter.check(), Outcome::Restarted);
    EXPECT_EQ(counter.nextDue(), berlin(2026, 12, 7, 11, 30));
}

TEST_F(SittingBreakCounterTest, AClockSetBackwardsCountsFromThen)
{
    counter.start(30);
    clock.set(berlin(2026, 12, 7, 8, 0));
    EXPECT_EQ(counter.check(), Outcome::NotYet);
    EXPECT_EQ(counter.nextDue(), berlin(2026, 12, 7, 8, 30));
}

TEST_F(SittingBreakCounterTest, StoppedNeverNudges)
{
    counter.start(30);
    counter.stop();
    clock.set(berlin(2026, 12, 7, 9, 30));
    EXPECT_EQ(counter.nextDue(), std::nullopt);
    EXPECT_EQ(counter.check(), Outcome::NotYet);
}

} // namespace
} // namespace limber::test
