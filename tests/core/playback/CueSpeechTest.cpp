#include "playback/CueSpeech.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/Cue.h"
#include "playback/Timeline.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

Timeline timelineOf(QList<RoutineStep> steps, int warmup = 0)
{
    Routine routine;
    routine.prepareSeconds = 5;
    routine.restSeconds = 10;
    routine.switchSeconds = 5;
    routine.warmupSeconds = warmup;
    routine.steps = std::move(steps);
    return Timeline::build(routine, TimingPreferences(), Catalog::builtIn());
}

QString spoken(const Cue &cue, const Timeline &timeline)
{
    return spokenTextFor(cue, timeline, Catalog::builtIn());
}

QString spokenAtStart(int index, const Timeline &timeline)
{
    return spokenTextForSegmentStart(index, timeline, Catalog::builtIn());
}

QList<Cue> cuesOfKind(const Timeline &timeline, CueKind kind)
{
    QList<Cue> found;
    for (const Cue &cue : cuesOf(timeline)) {
        if (cue.kind == kind)
            found.append(cue);
    }
    return found;
}

// prepare | hold L | switch | hold R | rest | butterfly | rest | cat-cow
const Timeline &mixedTimeline()
{
    static const Timeline timeline = timelineOf({{QStringLiteral("knee-to-chest"), 25},
                                                 {QStringLiteral("butterfly"), 25},
                                                 {QStringLiteral("cat-cow"), 30}});
    return timeline;
}

TEST(CueSpeechTest, AnnouncesEachStretchWithSideAndDuration)
{
    const QList<Cue> starts = cuesOfKind(mixedTimeline(), CueKind::ExerciseStarted);
    ASSERT_EQ(starts.size(), 4);
    EXPECT_EQ(spoken(starts.at(0), mixedTimeline()),
              QStringLiteral("Knee to chest, left side, 25 seconds"));
    EXPECT_EQ(spoken(starts.at(1), mixedTimeline()),
              QStringLiteral("Knee to chest, right side, 25 seconds"));
    EXPECT_EQ(spoken(starts.at(2), mixedTimeline()),
              QStringLiteral("Butterfly stretch, 25 seconds"));
    EXPECT_EQ(spoken(starts.at(3), mixedTimeline()),
              QStringLiteral("Cat-cow, move slowly, 30 seconds"));
}

TEST(CueSpeechTest, TheDurationComesFromTheSegmentNotTheStretchDefault)
{
    const Timeline timeline = timelineOf({{QStringLiteral("butterfly"), 45}});
    const QList<Cue> starts = cuesOfKind(timeline, CueKind::ExerciseStarted);
    ASSERT_EQ(starts.size(), 1);
    EXPECT_EQ(spoken(starts.first(), timeline), QStringLiteral("Butterfly stretch, 45 seconds"));
}

TEST(CueSpeechTest, HalfwayIsSpokenOnlyForHoldsOfTwentySecondsOrMore)
{
    const Timeline twenty = timelineOf({{QStringLiteral("butterfly"), 20}});
    const QList<Cue> halfway20 = cuesOfKind(twenty, CueKind::Halfway);
    ASSERT_EQ(halfway20.size(), 1);
    EXPECT_EQ(spoken(halfway20.first(), twenty), QStringLiteral("Halfway"));

    const Timeline nineteen = timelineOf({{QStringLiteral("butterfly"), 19}});
    const QList<Cue> halfway19 = cuesOfKind(nineteen, CueKind::Halfway);
    ASSERT_EQ(halfway19.size(), 1);
    EXPECT_EQ(spoken(halfway19.first(), nineteen), QString());
}

TEST(CueSpeechTest, SwitchSidesAndTheEndAreSpoken)
{
    const QList<Cue> switches = cuesOfKind(mixedTimeline(), CueKind::SwitchSides);
    ASSERT_EQ(switches.size(), 1);
    EXPECT_EQ(spoken(switches.first(), mixedTimeline()), QStringLiteral("Switch sides"));

    const QList<Cue> ends = cuesOfKind(mixedTimeline(), CueKind::RoutineFinished);
    ASSERT_EQ(ends.size(), 1);
    EXPECT_EQ(spoken(ends.first(), mixedTimeline()),
              QStringLiteral("Routine complete. Well done."));
}

TEST(CueSpeechTest, CountdownsAreTicksNotWords)
{
    const QList<Cue> countdowns = cuesOfKind(mixedTimeline(), CueKind::Countdown);
    ASSERT_EQ(countdowns.size(), 12); // prepare, switch and two rests, 3 each
    for (const Cue &cue : countdowns)
        EXPECT_EQ(spoken(cue, mixedTimeline()), QString()) << "count " << cue.count;
}

TEST(CueSpeechTest, GapsBeforeAStretchNameWhatComesNext)
{
    const QList<Segment> &segments = mixedTimeline().segments();
    ASSERT_EQ(segments.size(), 8);
    ASSERT_EQ(segments.at(0).kind, SegmentKind::Prepare);
    EXPECT_EQ(spokenAtStart(0, mixedTimeline()), QStringLiteral("Next: Knee to chest, left side"));
    ASSERT_EQ(segments.at(4).kind, SegmentKind::Rest);
    EXPECT_EQ(spokenAtStart(4, mixedTimeline()), QStringLiteral("Next: Butterfly stretch"));
    ASSERT_EQ(segments.at(6).kind, SegmentKind::Rest);
    EXPECT_EQ(spokenAtStart(6, mixedTimeline()), QStringLiteral("Next: Cat-cow"));
}

TEST(CueSpeechTest, ARightSideOnlyStepNamesTheRightSide)
{
    const Timeline timeline = timelineOf({{QStringLiteral("figure-four"), 30, Sides::Right}});
    EXPECT_EQ(spokenAtStart(0, timeline), QStringLiteral("Next: Figure four, right side"));
}

TEST(CueSpeechTest, SegmentsAnnouncedByTheirCuesSayNothingAtTheirStart)
{
    // Holds, flows and switches speak through ExerciseStarted and SwitchSides; saying
    // something at their start too would announce them twice.
    const QList<Segment> &segments = mixedTimeline().segments();
    for (int index = 0; index < segments.size(); ++index) {
        if (segments.at(index).isExercise() || segments.at(index).kind == SegmentKind::Switch) {
            EXPECT_EQ(spokenAtStart(index, mixedTimeline()), QString()) << "segment " << index;
        }
    }
}

TEST(CueSpeechTest, TheWarmUpInvitesMarching)
{
    const Timeline timeline = timelineOf({{QStringLiteral("butterfly"), 25}}, 60);
    ASSERT_EQ(timeline.segments().first().kind, SegmentKind::Warmup);
    EXPECT_EQ(spokenAtStart(0, timeline), QStringLiteral("Warm-up: march gently in place"));
}

TEST(CueSpeechTest, IndexesOutsideTheTimelineSayNothing)
{
    EXPECT_EQ(spokenAtStart(-1, mixedTimeline()), QString());
    EXPECT_EQ(spokenAtStart(int(mixedTimeline().segments().size()), mixedTimeline()), QString());
    EXPECT_EQ(spoken({CueKind::ExerciseStarted, 99, 0, 0}, mixedTimeline()), QString());
}

// Restores the default locale whatever the test does.
class CueSpeechLanguageTest : public ::testing::Test
{
protected:
    ~CueSpeechLanguageTest() override { QLocale::setDefault(m_saved); }

private:
    QLocale m_saved;
};

TEST_F(CueSpeechLanguageTest, AnUntranslatedInterfaceIsSpokenInEnglish)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(spokenLanguage().language(), QLocale::English);
}

TEST_F(CueSpeechLanguageTest, EnglishKeepsItsVariant)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(spokenLanguage(), QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace
