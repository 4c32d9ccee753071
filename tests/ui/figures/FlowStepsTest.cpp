#include "figures/FlowSteps.h"

#include <gtest/gtest.h>
#include <QSet>

using namespace limber;

namespace {

// The warm-up march: standing, then two steps looped there and back, 1.4 s a cycle.
constexpr int marchCycleMs = 1400;
constexpr int frameMs = 100;

int changesPerCycle(const FlowSteps &steps, int cycleMs)
{
    int changes = 0;
    for (int time = steps.msUntilNextStep(0); time < cycleMs; time += steps.msUntilNextStep(time))
        ++changes;
    return changes;
}

TEST(FlowStepsTest, TheMarchShowsSixPosesThereAndBack)
{
    const FlowSteps steps(2, marchCycleMs, frameMs);
    QSet<int> poses;
    for (int time = 0; time < marchCycleMs; ++time)
        poses.insert(steps.stepAt(time).key());
    EXPECT_EQ(poses.size(), 6);
    EXPECT_EQ(steps.steps(), 5);
}

TEST(FlowStepsTest, TheWayBackGoesThroughTheSamePosesAsTheWayOut)
{
    const FlowSteps steps(4, 7000, frameMs);
    for (int time = 1; time < 3500; time += 7) {
        // Away from a change, the mirrored moment of the cycle shows the same pose.
        if (steps.msUntilNextStep(time) < 3 || steps.msUntilNextStep(7000 - time - 3) < 3)
            continue;
        EXPECT_EQ(steps.stepAt(time), steps.stepAt(7000 - time)) << time;
    }
}

TEST(FlowStepsTest, TheNextStepComesWhenThePoseChangesAndNotBefore)
{
    const FlowSteps steps(3, 5000, frameMs);
    for (int time = 0; time < 5000; time += 13) {
        const int ms = steps.msUntilNextStep(time);
        ASSERT_GE(ms, 1);
        EXPECT_NE(steps.stepAt(time + ms), steps.stepAt(time)) << time;
        if (ms > 3) { // a millisecond of rounding either side of the change
            EXPECT_EQ(steps.stepAt(time + ms - 3), steps.stepAt(time)) << time;
        }
    }
}

TEST(FlowStepsTest, AFlowNeedsAQuarterFewerFramesThanTenASecond)
{
    for (const int cycleMs : {1400, 7000, 12000}) {
        const FlowSteps steps(2, cycleMs, frameMs);
        const int changes = changesPerCycle(steps, cycleMs);
        EXPECT_LE(changes * 4, cycleMs / frameMs * 3) << cycleMs;
        EXPECT_GT(changes * 2, cycleMs / frameMs) << cycleMs;
    }
}

TEST(FlowStepsTest, AtItsFastestAStrokeStillGetsAFrameAboutEveryHundredMilliseconds)
{
    for (const int cycleMs : {1400, 7000, 12000}) {
        const FlowSteps steps(2, cycleMs, frameMs);
        int shortest = cycleMs;
        for (int time = 0; time < cycleMs;) {
            const int ms = steps.msUntilNextStep(time);
            if (time > 0) // the first step starts mid-way
                shortest = std::min(shortest, ms);
            time += ms;
        }
        EXPECT_GE(shortest, 75) << cycleMs;
        EXPECT_LE(shortest, 101) << cycleMs;
    }
}

TEST(FlowStepsTest, AStillFlowNeverChanges)
{
    const FlowSteps steps(1, 3000, frameMs);
    EXPECT_EQ(steps.stepAt(0), steps.stepAt(1700));
    EXPECT_EQ(steps.msUntilNextStep(0), 3000);
}

} // namespace
