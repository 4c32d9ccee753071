#include "playback/Cue.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"
#include "TestRoutines.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::test::timelineOf;

namespace {

TEST(CueTest, SidedStretchCuesAtExactTimes)
{
    // prepare 5 s | hold L 20 s | switch 5 s | hold R 20 s
    const Timeline timeline =
        timelineOf({{QStringLiteral("knee-to-chest"), 20, Sides::Both, 1}}, 5, 10, 5);
    const QList<Cue> expected = {
        {CueKind::Countdown, 0, 2000, 3},  {CueKind::Countdown, 0, 3000, 2},
        {CueKind::Countdown, 0, 4000, 1},  {CueKind::ExerciseStarted, 1, 5000, 0},
        {CueKind::Halfway, 1, 15000, 0},   {CueKind::SwitchSides, 2, 25000, 0},
        {CueKind::Countdown, 2, 27000, 3}, {CueKind::Countdown, 2, 28000, 2},
        {CueKind::Countdown, 2, 29000, 1}, {CueKind::ExerciseStarted, 3, 30000, 0},
        {CueKind::Halfway, 3, 40000, 0},   {CueKind::RoutineFinished, 3, 50000, 0},
    };
    EXPECT_EQ(cuesOf(timeline), expected);
}

TEST(CueTest, FlowsStartButHaveNoHalfway)
{
    const Timeline timeline =
        timelineOf({{QStringLiteral("cat-cow"), 30, Sides::Both, 1}}, 0, 0, 0);
    const QList<Cue> expected = {{CueKind::ExerciseStarted, 0, 0, 0},
                                 {CueKind::RoutineFinished, 0, 30000, 0}};
    EXPECT_EQ(cuesOf(timeline), expected);
}

TEST(CueTest, SwitchWithoutGapIsAnnouncedAtTheSecondSide)
{
    const Timeline timeline =
        timelineOf({{QStringLiteral("figure-four"), 10, Sides::Both, 1}}, 0, 0, 0);
    const QList<Cue> expected = {
        {CueKind::ExerciseStarted, 0, 0, 0}, {CueKind::Halfway, 0, 5000, 0},
        {CueKind::SwitchSides, 1, 10000, 0}, {CueKind::ExerciseStarted, 1, 10000, 0},
        {CueKind::Halfway, 1, 15000, 0},     {CueKind::RoutineFinished, 1, 20000, 0},
    };
    EXPECT_EQ(cuesOf(timeline), expected);
}

TEST(CueTest, ShortGapsCountDownOnlyTheirSeconds)
{
    const Timeline timeline =
        timelineOf({{QStringLiteral("butterfly"), 10, Sides::Both, 1}}, 2, 0, 0);
    const QList<Cue> cues = cuesOf(timeline);
    ASSERT_GE(cues.size(), 2);
    EXPECT_EQ(cues.at(0), (Cue{CueKind::Countdown, 0, 0, 2}));
    EXPECT_EQ(cues.at(1), (Cue{CueKind::Countdown, 0, 1000, 1}));
    EXPECT_EQ(cues.at(2).kind, CueKind::ExerciseStarted);
}

TEST(CueTest, CuesAreOrderedByTime)
{
    const Timeline timeline = Timeline::build(builtin::backAndHips(Catalog::builtIn()),
                                              TimingPreferences(), Catalog::builtIn());
    const QList<Cue> cues = cuesOf(timeline);
    ASSERT_FALSE(cues.isEmpty());
    for (qsizetype index = 1; index < cues.size(); ++index)
        EXPECT_LE(cues.at(index - 1).atMs, cues.at(index).atMs) << "cue " << index;
    EXPECT_EQ(cues.last().kind, CueKind::RoutineFinished);
    EXPECT_EQ(cues.last().atMs, timeline.totalMs());
}

TEST(CueTest, EmptyTimelineHasNoCues)
{
    EXPECT_TRUE(cuesOf(Timeline()).isEmpty());
}

} // namespace
