// Importing a routine file that carries stretches, into a real stretch store: a new stretch is
// added, an identical one is reused, a different one with a taken name is numbered, and an
// exported routine arrives on another computer with its stretches and pictures.

#include "model/Catalog.h"
#include "model/TimingPreferences.h"
#include "QtPrinters.h"
#include "storage/RoutineExport.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineStore.h"
#include "storage/StretchFile.h"
#include "storage/StretchKeeping.h"
#include "storage/StretchStore.h"
#include "StretchFileTestSupport.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace limber;
using limber::test::drawingOf;
using limber::test::fileBytesOf;
using limber::test::pngBytes;
using limber::test::writeBytesTo;

namespace {

Stretch floss(int holdSeconds = 45, const QString &id = QStringLiteral("hamstring-floss"))
{
    return Stretch::own(
        id,
        WrittenText{QStringLiteral("Hamstring floss"),
                    {},
                    {QStringLiteral("Lie on your back."), QStringLiteral("Straighten the knee.")},
                    {}},
        {BodyArea::Hamstrings}, StretchKind::Hold, true, holdSeconds,
        {drawingOf("knee-to-chest"), {}});
}

Stretch wallCalf(const QString &imagePath = {})
{
    return Stretch::own(
        QStringLiteral("wall-calf"),
        WrittenText{
            QStringLiteral("Wall calf stretch"), {}, {QStringLiteral("Lean into the wall.")}, {}},
        {BodyArea::Hamstrings}, StretchKind::Hold, false, 30, {nullptr, imagePath});
}

RoutineStep stepNaming(const Stretch &stretch, Sides sides = Sides::Both)
{
    RoutineStep step{stretch.id(), 40, sides, 1};
    step.stretchName = stretch.untranslatedName();
    return step;
}

// One computer: its catalog, its stretches and its routines, in a folder of its own.
struct Computer
{
    Computer() { routines.setStretchKeeper(keepInto(stretches)); }

    QTemporaryDir folder;
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches{catalog, folder.filePath(QStringLiteral("stretches"))};
    RoutineStore routines{catalog, folder.filePath(QStringLiteral("routines"))};
};

class RoutineImportMergeTest : public ::testing::Test
{
protected:
    // A routine file carrying the floss (drawn, sided) and the wall calf (a PNG picture).
    QString carryingFile(const Stretch &carriedFloss = floss())
    {
        Routine routine;
        routine.name = QStringLiteral("From the physio");
        routine.steps = {stepNaming(carriedFloss, Sides::Left),
                         RoutineStep{QStringLiteral("cat-cow"), 30, Sides::Both, 1},
                         stepNaming(wallCalf()), stepNaming(carriedFloss)};
        const QString path = m_files.filePath(QStringLiteral("physio.json"));
        EXPECT_FALSE(
            RoutineFile::write(routine, path,
                               {EmbeddedStretch{carriedFloss, {}, {}},
                                EmbeddedStretch{wallCalf(), pngBytes(), QStringLiteral("png")}}));
        return path;
    }

    const Routine &imported(const StoreResult &result)
    {
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        static const Routine none;
        const StoredRoutine *stored = here.routines.find(result.id);
        return stored ? stored->routine : none;
    }

    QTemporaryDir m_files;
    Computer here;
};

} // namespace

TEST_F(RoutineImportMergeTest, NewStretchesAreAddedWithTheirPictures)
{
    const Routine &routine = imported(here.routines.importFile(carryingFile()));
    ASSERT_EQ(here.stretches.stretches().size(), 2);
    const Stretch *flossHere = here.stretches.findByName(QStringLiteral("Hamstring floss"));
    const Stretch *calfHere = here.stretches.findByName(QStringLiteral("Wall calf stretch"));
    ASSERT_NE(flossHere, nullptr);
    ASSERT_NE(calfHere, nullptr);
    EXPECT_TRUE(sameContent(*flossHere, floss()));
    ASSERT_TRUE(calfHere->picture().isImage());
    EXPECT_EQ(fileBytesOf(calfHere->picture().imagePath), pngBytes());

    ASSERT_EQ(routine.steps.size(), 4);
    EXPECT_EQ(routine.steps.at(0).stretchId, flossHere->id());
    EXPECT_EQ(routine.steps.at(0).sides, Sides::Left);
    EXPECT_EQ(routine.steps.at(2).stretchId, calfHere->id());
    EXPECT_EQ(routine.steps.at(3).stretchId, flossHere->id());
    // The catalog has them, so nothing is missing.
    EXPECT_TRUE(here.routines.missingStretches().isEmpty());
    EXPECT_TRUE(here.catalog.find(flossHere->id())->isOwn());
}

TEST_F(RoutineImportMergeTest, AnIdenticalStretchIsReusedWhateverItsId)
{
    const StoreResult mine = here.stretches.create(floss(45, QStringLiteral("my-own-floss")));
    ASSERT_TRUE(mine.ok()) << mine.error.toStdString();
    const Routine &routine = imported(here.routines.importFile(carryingFile()));
    // Only the picture stretch was new.
    EXPECT_EQ(here.stretches.stretches().size(), 2);
    EXPECT_EQ(routine.steps.at(0).stretchId, mine.id);
    EXPECT_EQ(routine.steps.at(0).stretchName, QStringLiteral("Hamstring floss"));
}

TEST_F(RoutineImportMergeTest, ImportingTheSameFileTwiceAddsTheStretchesOnce)
{
    const QString path = carryingFile();
    const Routine first = imported(here.routines.importFile(path));
    const Routine second = imported(here.routines.importFile(path));
    EXPECT_EQ(here.stretches.stretches().size(), 2);
    EXPECT_EQ(here.routines.routines().size(), 2);
    EXPECT_EQ(second.name, QStringLiteral("From the physio (2)"));
    EXPECT_EQ(second.steps, first.steps);
}

TEST_F(RoutineImportMergeTest, ADifferentStretchWithATakenNameIsNumbered)
{
    const StoreResult mine = here.stretches.create(floss(20));
    ASSERT_TRUE(mine.ok()) << mine.error.toStdString();
    const Routine &routine = imported(here.routines.importFile(carryingFile(floss(45))));
    ASSERT_EQ(here.stretches.stretches().size(), 3);
    const Stretch *numbered = here.stretches.findByName(QStringLiteral("Hamstring floss (2)"));
    ASSERT_NE(numbered, nullptr);
    EXPECT_EQ(numbered->defaultHoldSeconds(), 45);
    EXPECT_NE(numbered->id(), mine.id);
    EXPECT_EQ(here.stretches.find(mine.id)->defaultHoldSeconds(), 20); // untouched
    EXPECT_EQ(routine.steps.at(0).stretchId, numbered->id());
    EXPECT_EQ(routine.steps.at(0).stretchName, QStringLiteral("Hamstring floss (2)"));
    EXPECT_EQ(routine.steps.at(3).stretchId, numbered->id());
}

TEST_F(RoutineImportMergeTest, AnExportedRoutinePlaysOnAnotherComputer)
{
    Computer there;
    const QString picture = m_files.filePath(QStringLiteral("calf.png"));
    ASSERT_TRUE(writeBytesTo(picture, pngBytes('q')));
    const StoreResult flossThere = there.stretches.create(floss());
    const StoreResult calfThere = there.stretches.create(wallCalf(picture));
    ASSERT_TRUE(flossThere.ok() && calfThere.ok());
    Routine routine;
    routine.name = QStringLiteral("Mine");
    routine.steps = {RoutineStep{flossThere.id, std::nullopt, Sides::Right, 2},
                     RoutineStep{calfThere.id, 50, Sides::Both, 1}};
    const QString exported = m_files.filePath(QStringLiteral("mine.json"));
    ASSERT_FALSE(RoutineExport::write(routine, TimingPreferences{}, there.catalog, exported));

    const Routine &arrived = imported(here.routines.importFile(exported));
    ASSERT_EQ(here.stretches.stretches().size(), 2);
    const Stretch *calfHere = here.stretches.findByName(QStringLiteral("Wall calf stretch"));
    ASSERT_NE(calfHere, nullptr);
    EXPECT_EQ(fileBytesOf(calfHere->picture().imagePath), pngBytes('q'));
    ASSERT_EQ(arrived.steps.size(), 2);
    EXPECT_EQ(arrived.steps.at(0).sides, Sides::Right);
    EXPECT_EQ(arrived.steps.at(0).repeat, 2);
    EXPECT_EQ(arrived.steps.at(0).holdSeconds, 45); // written out from the stretch's default
    EXPECT_EQ(arrived.steps.at(1).stretchId, calfHere->id());
    EXPECT_EQ(arrived.steps.at(1).holdSeconds, 50);
}
