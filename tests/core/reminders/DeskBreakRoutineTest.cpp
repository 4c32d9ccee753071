#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"

#include <gtest/gtest.h>

namespace limber::test {
namespace {

TEST(DeskBreakRoutineTest, TakesTwoToThreeMinutesWhateverTheSettings)
{
    const Timeline timeline =
        Timeline::build(builtin::deskBreak(), TimingPreferences{}, Catalog::builtIn());
    EXPECT_GE(timeline.totalMs(), 120'000);
    EXPECT_LE(timeline.totalMs(), 180'000);
}

TEST(DeskBreakRoutineTest, HoldsOnlyStretchesThatCanBeDoneStanding)
{
    // Of the seed's stretches only the runner's lunge (hands on the front thigh) is done
    // standing; the warm-up march comes from the routine's warm-up time.
    const Routine routine = builtin::deskBreak();
    ASSERT_EQ(routine.steps.size(), 1);
    EXPECT_EQ(routine.steps.first().stretchId, QStringLiteral("runners-lunge"));
    EXPECT_GT(routine.warmupSeconds.value_or(0), 0);
    EXPECT_NE(Catalog::builtIn().find(routine.steps.first().stretchId), nullptr);
}

} // namespace
} // namespace limber::test
