#include "player/BreathingPacer.h"

#include "figures/FrameClock.h"

#include <gtest/gtest.h>
#include <QTest>

using namespace limber;

namespace {

// Each painted pass costs the X server's reply and wakes two threads: the guide's changes
// share the passes of the countdown, which repaints once a second.
class BreathingPacerTest : public testing::Test
{
protected:
    void SetUp() override
    {
        pacer.resize(220, 64);
        pacer.setRunning(true);
        pacer.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&pacer));
        ASSERT_TRUE(pacer.isAnimating());
    }

    // Where the next change lies from the last joined repaint, on its quarter-second grid.
    static int offGrid(int remainingMs)
    {
        const int off = ((remainingMs - FrameClock::joinLagMs) % BreathingPacer::gridMs +
                         BreathingPacer::gridMs) %
                        BreathingPacer::gridMs;
        return std::min(off, BreathingPacer::gridMs - off);
    }

    BreathingPacer pacer;
};

TEST_F(BreathingPacerTest, AfterAJoinedRepaintTheNextChangeWaitsForTheGrid)
{
    for (int repaint = 0; repaint < 3; ++repaint) {
        pacer.joinRepaint();
        // A millisecond or two may pass between the join and the reading.
        EXPECT_LE(offGrid(pacer.nextTickInMs()), 3) << pacer.nextTickInMs();
        EXPECT_GT(pacer.nextTickInMs(), 0);
        QTest::qWait(130);
    }
}

TEST_F(BreathingPacerTest, AChangeDueWithinAQuarterSecondIsShownWithTheJoinedRepaint)
{
    // Mid-way through a breath, the circle changes by a pixel every few hundred milliseconds.
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const int remaining = pacer.nextTickInMs();
            return remaining > 30 && remaining < BreathingPacer::gridMs && pacer.circlePx() > 30 &&
                   pacer.circlePx() < 50;
        },
        4000));
    const int before = pacer.circlePx();
    pacer.joinRepaint();
    EXPECT_NE(pacer.circlePx(), before);
}

TEST_F(BreathingPacerTest, NothingToJoinWhileStopped)
{
    pacer.setRunning(false);
    const int before = pacer.circlePx();
    pacer.joinRepaint();
    EXPECT_EQ(pacer.circlePx(), before);
    EXPECT_EQ(pacer.nextTickInMs(), -1);
}

} // namespace
