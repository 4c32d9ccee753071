#include "playback/Timeline.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

struct Expected
{
    SegmentKind kind;
    const char *stretch;
    Side side;
    qint64 startMs;
    qint64 durationMs;
};

void expectSegments(const Timeline &timeline, const std::vector<Expected> &expected)
{
    ASSERT_EQ(timeline.segments().size(), qsizetype(expected.size()));
    for (size_t index = 0; index < expected.size(); ++index) {
        const Segment &segment = timeline.segments().at(qsizetype(index));
        SCOPED_TRACE(testing::Message() << "segment " << index);
        EXPECT_EQ(segment.kind, expected[index].kind);
        EXPECT_EQ(segment.stretchId.toStdString(), expected[index].stretch);
        EXPECT_EQ(segment.side, expected[index].side);
        EXPECT_EQ(segment.startMs, expected[index].startMs);
        EXPECT_EQ(segment.durationMs, expected[index].durationMs);
    }
}

RoutineStep step(const char *id, std::optional<int> hold = std::nullopt, Sides sides = Sides::Both,
                 int repeat = 1)
{
    return RoutineStep{QString::fromLatin1(id), hold, sides, repeat};
}

TimingPreferences noGaps()
{
    TimingPreferences preferences;
    preferences.prepareSeconds = 0;
    preferences.restSeconds = 0;
    preferences.switchSeconds = 0;
    preferences.warmupSeconds = 0;
    return preferences;
}

class TimelineTest : public testing::Test
{
protected:
    const Catalog &catalog = Catalog::builtIn();
    TimingPreferences preferences; // prepare 5, rest 10, switch 5, warm-up 120
};

TEST_F(TimelineTest, SidedStretchPlaysLeftSwitchRight)
{
    Routine routine;
    routine.warmupSeconds = 0;
    routine.steps = {step("knee-to-chest", 30)};
    expectSegments(Timeline::build(routine, preferences, catalog),
                   {{SegmentKind::Prepare, "knee-to-chest", Side::Left, 0, 5000},
                    {SegmentKind::Hold, "knee-to-chest", Side::Left, 5000, 30000},
                    {SegmentKind::Switch, "knee-to-chest", Side::Right, 35000, 5000},
                    {SegmentKind::Hold, "knee-to-chest", Side::Right, 40000, 30000}});
}

TEST_F(TimelineTest, OneSidedStepPlaysOnlyThatSide)
{
    Routine routine;
    routine.warmupSeconds = 0;
    routine.steps = {step("figure-four", 20, Sides::Right), step("runners-lunge", 20, Sides::Left)};
    expectSegments(Timeline::build(routine, preferences, catalog),
                   {{SegmentKind::Prepare, "figure-four", Side::Right, 0, 5000},
                    {SegmentKind::Hold, "figure-four", Side::Right, 5000, 20000},
                    {SegmentKind::Rest, "runners-lunge", Side::Left, 25000, 10000},
                    {SegmentKind::Hold, "runners-lunge", Side::Left, 35000, 20000}});
}

TEST_F(TimelineTest, UnsidedHoldAndFlowHaveNoSide)
{
    Routine routine;
    routine.warmupSeconds = 0;
    routine.steps = {step("childs-pose"), step("cat-cow", 40)};
    expectSegments(Timeline::build(routine, preferences, catalog),
                   {{SegmentKind::Prepare, "childs-pose", Side::None, 0, 5000},
                    {SegmentKind::Hold, "childs-pose", Side::None, 5000, 30000},
                    {SegmentKind::Rest, "cat-cow", Side::None, 35000, 10000},
                    {SegmentKind::Flow, "cat-cow", Side::None, 45000, 40000}});
}

TEST_F(TimelineTest, RepeatsAreSeparatedByRest)
{
    Routine routine;
    routine.warmupSeconds = 0;
    routine.restSeconds = 7;
    routine.steps = {step("butterfly", 20, Sides::Both, 3)};
    const Timeline timeline = Timeline::build(routine, preferences, catalog);
    expectSegments(timeline, {{SegmentKind::Prepare, "butterfly", Side::None, 0, 5000},
                              {SegmentKind::Hold, "butterfly", Side::None, 5000, 20000},
                              {SegmentKind::Rest, "butterfly", Side::None, 25000, 7000},
                              {SegmentKind::Hold, "butterfly", Side::None, 32000, 20000},
                              {SegmentKind::Rest, "butterfly", Side::None, 52000, 7000},
                              {SegmentKind::Hold, "butterfly", Side::None, 59000, 20000}});
    EXPECT_EQ(timeline.stretchCount(), 3);
    EXPECT_EQ(timeline.segments().at(3).repeatIndex, 1);
    EXPECT_EQ(timeline.segments().at(5).repeatIndex, 2);
    EXPECT_EQ(timeline.segments().at(5).stretchOrdinal, 2);
}

TEST_F(TimelineTest, SidedRepeatsSwitchWithinEachRepeat)
{
    Routine routine;
    routine.warmupSeconds = 0;
    routine.steps = {step("seated-spinal-twist", 10, Sides::Both, 2)};
    expectSegments(Timeline::build(routine, preferences, catalog),
                   {{SegmentKind::Prepare, "seated-spinal-twist", Side::Left, 0, 5000},
                    {SegmentKind::Hold, "seated-spinal-twist", Side::Left, 5000, 10000},
                    {SegmentKind::Switch, "seated-spinal-twist", Side::Right, 15000, 5000},
                    {SegmentKind::Hold, "seated-spinal-twist", Side::Right, 20000, 10000},
                    {SegmentKind::Rest, "seated-spinal-twist", Side::Left, 30000, 10000},
                    {SegmentKind::Hold, "seated-spinal-twist", Side::Left, 40000, 10000},
                    {SegmentKind::Switch, "seated-spinal-twist", Side::Right, 50000, 5000},
                    {SegmentKind::Hold, "seated-spinal-twist", Side::Right, 55000, 10000}});
}

TEST_F(TimelineTest, WarmupComesFirstWhenOn)
{
    Routine routine;
    routine.steps = {step("happy-baby", 30)};
    preferences.warmupSeconds = 90;
    expectSegments(Timeline::build(routine, preferences, catalog),
                   {{SegmentKind::Warmup, "warm-up-march", Side::None, 0, 90000},
                    {SegmentKind::Prepare, "happy-baby", Side::None, 90000, 5000},
                    {SegmentKind::Hold, "happy-baby", Side::None, 95000, 30000}});
}

TEST_F(TimelineTest, WarmupOffLeavesNoWarmupSegment)
{
    Routine routine;
    routine.steps = {step("happy-baby", 30)};
    preferences.warmupSeconds = 0;
    const Timeline timeline = Timeline::build(routine, preferences, catalog);
    ASSERT_FALSE(timeline.isEmpty());
    EXPECT_EQ(timeline.segments().first().kind, SegmentKind::Prepare);
}

TEST_F(TimelineTest, RoutineTimingsOverridePreferences)
{
    Routine routine;
    routine.prepareSeconds = 2;
    routine.restSeconds = 3;
    routine.switchSeconds = 4;
    routine.warmupSeconds = 6;
    routine.steps = {step("knee-to-chest", 10), step("cat-cow", 10)};
    expectSegments(Timeline::build(routine, preferences, catalog),
                   {{SegmentKind::Warmup, "warm-up-march", Side::None, 0, 6000},
                    {SegmentKind::Prepare, "knee-to-chest", Side::Left, 6000, 2000},
                    {SegmentKind::Hold, "knee-to-chest", Side::Left, 8000, 10000},
                    {SegmentKind::Switch, "knee-to-chest", Side::Right, 18000, 4000},
                    {SegmentKind::Hold, "knee-to-chest", Side::Right, 22000, 10000},
                    {SegmentKind::Rest, "cat-cow", Side::None, 32000, 3000},
                    {SegmentKind::Flow, "cat-cow", Side::None, 35000, 10000}});
}

TEST_F(TimelineTest, ZeroGapsAreLeftOutAndSegmentsStayContiguous)
{
    Routine routine;
    routine.steps = {step("knee-to-chest", 10), step("butterfly", 10)};
    expectSegments(Timeline::build(routine, noGaps(), catalog),
                   {{SegmentKind::Hold, "knee-to-chest", Side::Left, 0, 10000},
                    {SegmentKind::Hold, "knee-to-chest", Side::Right, 10000, 10000},
                    {SegmentKind::Hold, "butterfly", Side::None, 20000, 10000}});
}

TEST_F(TimelineTest, HoldPrecedenceIsStepThenOverrideThenDefaultThenStretch)
{
    Routine routine;
    routine.steps = {step("butterfly", 40), step("butterfly"), step("cat-cow"), step("happy-baby")};
    TimingPreferences preferences = noGaps();
    preferences.holdOverrides.insert(QStringLiteral("butterfly"), 50);
    Timeline timeline = Timeline::build(routine, preferences, catalog);
    ASSERT_EQ(timeline.segments().size(), 4);
    EXPECT_EQ(timeline.segments().at(0).durationMs, 40000); // the step's own value
    EXPECT_EQ(timeline.segments().at(1).durationMs, 50000); // the user's override
    EXPECT_EQ(timeline.segments().at(2).durationMs, 30000); // cat-cow's default
    EXPECT_EQ(timeline.segments().at(3).durationMs, 30000); // happy baby's default

    preferences.defaultHoldSeconds = 45;
    timeline = Timeline::build(routine, preferences, catalog);
    EXPECT_EQ(timeline.segments().at(1).durationMs, 50000);
    EXPECT_EQ(timeline.segments().at(2).durationMs, 45000);
}

TEST_F(TimelineTest, SeedRoutinePlaysTenStretchesWithBothSides)
{
    const Timeline timeline = Timeline::build(builtin::backAndHips(catalog), preferences, catalog);
    EXPECT_EQ(timeline.stretchCount(), 10);
    int holds = 0;
    int switches = 0;
    qint64 expectedStart = 0;
    for (const Segment &segment : timeline.segments()) {
        EXPECT_EQ(segment.startMs, expectedStart);
        expectedStart = segment.endMs();
        holds += segment.isExercise() ? 1 : 0;
        switches += segment.kind == SegmentKind::Switch ? 1 : 0;
    }
    EXPECT_EQ(holds, 14); // ten stretches, four of them on both sides
    EXPECT_EQ(switches, 4);
    EXPECT_EQ(timeline.totalMs(), expectedStart);
    EXPECT_EQ(timeline.segments().first().kind, SegmentKind::Warmup);
    EXPECT_EQ(timeline.segments().last().stretchId, QStringLiteral("seated-spinal-twist"));
}

TEST_F(TimelineTest, BuildIsPure)
{
    const Routine routine = builtin::backAndHips(catalog);
    EXPECT_EQ(Timeline::build(routine, preferences, catalog),
              Timeline::build(routine, preferences, catalog));
}

TEST_F(TimelineTest, TheSeedRoutineHoldsOnlyTheSeedsStretches)
{
    Catalog withOwn = Catalog::builtIn();
    withOwn.setOwnStretches({Stretch::own(QStringLiteral("wall-calf"),
                                          WrittenText{QStringLiteral("Wall calf"), {}, {}, {}}, {},
                                          StretchKind::Hold, false, 30, {})});
    withOwn.setMissingStretches({Stretch::missing(QStringLiteral("gone"), QStringLiteral("Gone"))});
    EXPECT_EQ(builtin::backAndHips(withOwn), builtin::backAndHips(Catalog::builtIn()));
    EXPECT_EQ(builtin::backAndHips(withOwn).steps.size(), 10);
}

TEST_F(TimelineTest, AMissingStretchPlaysAsAnUnsidedHoldOfItsStepsTime)
{
    Catalog withMissing = Catalog::builtIn();
    withMissing.setMissingStretches(
        {Stretch::missing(QStringLiteral("gone"), QStringLiteral("Gone stretch"))});
    Routine routine;
    routine.steps = {step("gone", 40),
                     RoutineStep{QStringLiteral("gone"), std::nullopt, Sides::Left, 1}};
    const Timeline timeline = Timeline::build(routine, noGaps(), withMissing);
    ASSERT_EQ(timeline.segments().size(), 2);
    for (const Segment &segment : timeline.segments()) {
        EXPECT_EQ(segment.kind, SegmentKind::Hold);
        EXPECT_EQ(segment.side, Side::None);
        EXPECT_EQ(segment.stretchId, QStringLiteral("gone"));
    }
    EXPECT_EQ(timeline.segments().at(0).durationMs, 40'000);
    EXPECT_EQ(timeline.segments().at(1).durationMs, 30'000); // the placeholder's default
}

TEST_F(TimelineTest, UnknownStretchesAreSkipped)
{
    Routine routine;
    routine.steps = {step("no-such-stretch", 10), step("butterfly", 10)};
    const Timeline timeline = Timeline::build(routine, noGaps(), catalog);
    ASSERT_EQ(timeline.segments().size(), 1);
    EXPECT_EQ(timeline.segments().first().stepIndex, 1);
}

TEST_F(TimelineTest, IndexAtFindsTheOwningSegment)
{
    Routine routine;
    routine.warmupSeconds = 0;
    routine.steps = {step("butterfly", 20)};
    const Timeline timeline = Timeline::build(routine, preferences, catalog);
    EXPECT_EQ(timeline.indexAt(0), 0);
    EXPECT_EQ(timeline.indexAt(4999), 0);
    EXPECT_EQ(timeline.indexAt(5000), 1);
    EXPECT_EQ(timeline.indexAt(24999), 1);
    EXPECT_EQ(timeline.indexAt(25000), 1); // the end belongs to the last segment
    EXPECT_EQ(Timeline().indexAt(0), -1);
}

TEST_F(TimelineTest, ExtendingASegmentMovesTheRest)
{
    Routine routine;
    routine.warmupSeconds = 0;
    routine.steps = {step("knee-to-chest", 10)};
    Timeline timeline = Timeline::build(routine, preferences, catalog);
    timeline.extendSegment(1, 10000);
    expectSegments(timeline, {{SegmentKind::Prepare, "knee-to-chest", Side::Left, 0, 5000},
                              {SegmentKind::Hold, "knee-to-chest", Side::Left, 5000, 20000},
                              {SegmentKind::Switch, "knee-to-chest", Side::Right, 25000, 5000},
                              {SegmentKind::Hold, "knee-to-chest", Side::Right, 30000, 10000}});
}

TEST_F(TimelineTest, BlocksGroupALeadInWithItsStretch)
{
    Routine routine;
    routine.steps = {step("knee-to-chest", 10), step("butterfly", 10)};
    preferences.warmupSeconds = 60;
    const Timeline timeline = Timeline::build(routine, preferences, catalog);
    // warm-up | prepare, hold L, switch, hold R | rest, hold
    ASSERT_EQ(timeline.segments().size(), 7);
    EXPECT_EQ(timeline.blockStartIndex(0), 0);
    EXPECT_EQ(timeline.nextBlockStartIndex(0), 1);
    EXPECT_EQ(timeline.blockStartIndex(4), 1);
    EXPECT_EQ(timeline.blockExerciseIndex(1), 2);
    EXPECT_EQ(timeline.nextBlockStartIndex(3), 5);
    EXPECT_EQ(timeline.blockExerciseIndex(5), 6);
    EXPECT_EQ(timeline.nextBlockStartIndex(6), -1);
}

} // namespace
