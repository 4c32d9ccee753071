#include "model/Catalog.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"
#include "QtPrinters.h"
#include "RoutineStoreTestSupport.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineStore.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::test::storeRoutine;

namespace {

// Holds and flows, explicit and unset timings, one side, repeats, and the warm-up march used
// as a step of its own.
Routine mixedRoutine()
{
    Routine routine = storeRoutine(QStringLiteral("Mixed"),
                                   {{QStringLiteral("cat-cow"), std::nullopt},
                                    {QStringLiteral("knee-rotations"), 40},
                                    {QStringLiteral("warm-up-march"), std::nullopt},
                                    {QStringLiteral("figure-four"), std::nullopt, Sides::Left, 2},
                                    {QStringLiteral("runners-lunge"), 35},
                                    {QStringLiteral("childs-pose"), std::nullopt, Sides::Both, 3}});
    routine.restSeconds = 7;
    return routine;
}

QList<TimingPreferences> preferenceSets()
{
    TimingPreferences defaults;

    TimingPreferences overridden;
    overridden.defaultHoldSeconds = 45;
    overridden.holdOverrides = {{QStringLiteral("cat-cow"), 50},
                                {QStringLiteral("figure-four"), 20},
                                {QStringLiteral("warm-up-march"), 60}};
    overridden.prepareSeconds = 0;
    overridden.restSeconds = 3;
    overridden.switchSeconds = 0;
    overridden.warmupSeconds = 0;

    TimingPreferences long_;
    long_.holdOverrides = {{QStringLiteral("knee-rotations"), 600},
                           {QStringLiteral("childs-pose"), 90}};
    long_.prepareSeconds = 120;
    long_.restSeconds = 120;
    long_.switchSeconds = 17;
    long_.warmupSeconds = 900;

    TimingPreferences shortHolds;
    shortHolds.defaultHoldSeconds = 5;
    shortHolds.warmupSeconds = 10;
    return {defaults, overridden, long_, shortHolds};
}

QList<Routine> routines()
{
    Routine allSet = mixedRoutine();
    allSet.prepareSeconds = 9;
    allSet.switchSeconds = 2;
    allSet.warmupSeconds = 30;
    return {builtin::backAndHips(Catalog::builtIn()), mixedRoutine(), allSet};
}

TEST(WithExplicitTimingsTest, PlaysTheSameTimelineWhateverTheOtherSettings)
{
    const Catalog &catalog = Catalog::builtIn();
    for (const Routine &routine : routines()) {
        for (const TimingPreferences &mine : preferenceSets()) {
            const Timeline expected = Timeline::build(routine, mine, catalog);
            const Routine explicitRoutine = withExplicitTimings(routine, mine, catalog);
            for (const TimingPreferences &theirs : preferenceSets())
                EXPECT_EQ(Timeline::build(explicitRoutine, theirs, catalog), expected);
        }
    }
}

TEST(WithExplicitTimingsTest, WritesEveryTimingOutAndKeepsTheRest)
{
    const TimingPreferences preferences = preferenceSets().at(1);
    const Routine routine = mixedRoutine();
    const Routine explicitRoutine = withExplicitTimings(routine, preferences, Catalog::builtIn());
    EXPECT_EQ(explicitRoutine.name, routine.name);
    EXPECT_EQ(explicitRoutine.prepareSeconds, 0);
    EXPECT_EQ(explicitRoutine.restSeconds, 7); // the routine's own value wins
    EXPECT_EQ(explicitRoutine.switchSeconds, 0);
    EXPECT_EQ(explicitRoutine.warmupSeconds, 0);
    ASSERT_EQ(explicitRoutine.steps.size(), routine.steps.size());
    const QList<std::optional<int>> holds{50, 40, 60, 20, 35, 45};
    for (qsizetype index = 0; index < holds.size(); ++index) {
        SCOPED_TRACE(index);
        EXPECT_EQ(explicitRoutine.steps.at(index).holdSeconds, holds.at(index));
        EXPECT_EQ(explicitRoutine.steps.at(index).stretchId, routine.steps.at(index).stretchId);
        EXPECT_EQ(explicitRoutine.steps.at(index).sides, routine.steps.at(index).sides);
        EXPECT_EQ(explicitRoutine.steps.at(index).repeat, routine.steps.at(index).repeat);
    }
}

class RoutineStoreRoundTripTest : public limber::test::RoutineStoreFixture
{
};

// What one person exports and another imports plays the same for both.
TEST_F(RoutineStoreRoundTripTest, ExportThenImportGivesTheSameTimeline)
{
    const Catalog &catalog = Catalog::builtIn();
    QTemporaryDir exports;
    ASSERT_TRUE(exports.isValid());
    int fileNumber = 0;
    for (const Routine &routine : routines()) {
        for (const TimingPreferences &mine : preferenceSets()) {
            const QString file = exports.filePath(QStringLiteral("%1.json").arg(++fileNumber));
            ASSERT_FALSE(RoutineFile::write(withExplicitTimings(routine, mine, catalog), file));
            const StoreResult imported = m_store.importFile(file);
            ASSERT_TRUE(imported.ok()) << imported.error.toStdString();

            const Timeline expected = Timeline::build(routine, mine, catalog);
            for (const TimingPreferences &theirs : preferenceSets())
                EXPECT_EQ(Timeline::build(m_store.find(imported.id)->routine, theirs, catalog),
                          expected);
        }
    }
}

} // namespace
