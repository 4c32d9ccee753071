#include "sync/RoutineConflicts.h"

#include "../storage/RoutineStoreTestSupport.h"
#include "QtPrinters.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;

namespace {

class RoutineConflictsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        const StoreResult made = store.create(storeRoutine(QStringLiteral("Evening unwind")));
        ASSERT_TRUE(made.ok()) << made.error.toStdString();
        id = made.id;
    }

    // What the other device saved: the same routine with a longer hold.
    QString dropConflictCopy(const QString &fileName, int holdSeconds = 90)
    {
        Routine theirs = store.find(id)->routine;
        theirs.steps.first().holdSeconds = holdSeconds;
        const QString path = folder.filePath(fileName);
        EXPECT_FALSE(RoutineFile::write(theirs, path));
        conflicts.refresh();
        return path;
    }

    QString syncthingName() const
    {
        return id + QStringLiteral(".sync-conflict-20261204-101530-ABCDEF7.json");
    }

    QTemporaryDir folder;
    Catalog catalog = Catalog::builtIn();
    RoutineStore store{catalog, folder.path()};
    RoutineConflicts conflicts{store};
    QString id;
};

TEST_F(RoutineConflictsTest, ASyncthingCopyIsShownWithBothVersionsAndItsOrigin)
{
    int signalled = 0;
    QObject::connect(&conflicts, &RoutineConflicts::conflictsChanged, [&] { ++signalled; });
    const QString copy = dropConflictCopy(syncthingName());

    ASSERT_EQ(conflicts.conflicts().size(), 1);
    const RoutineConflict &conflict = conflicts.conflicts().first();
    EXPECT_EQ(conflict.copyPath, copy);
    EXPECT_EQ(conflict.id, id);
    EXPECT_EQ(conflict.made.origin, QStringLiteral("ABCDEF7"));
    ASSERT_TRUE(conflict.other);
    EXPECT_EQ(conflict.other->steps.first().holdSeconds, 90);
    EXPECT_EQ(signalled, 1);
    conflicts.refresh();
    EXPECT_EQ(signalled, 1) << "nothing changed, nothing to say";
}

TEST_F(RoutineConflictsTest, KeepThisOneDeletesOnlyTheCopy)
{
    const Routine before = store.find(id)->routine;
    const QString copy = dropConflictCopy(syncthingName());
    ASSERT_TRUE(conflicts.keepThis(copy).ok());
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_TRUE(conflicts.conflicts().isEmpty());
    store.load();
    ASSERT_EQ(store.routines().size(), 1);
    EXPECT_EQ(store.find(id)->routine, before);
}

TEST_F(RoutineConflictsTest, KeepTheOtherReplacesTheRoutineUnderItsId)
{
    const QString copy = dropConflictCopy(syncthingName(), 75);
    const StoreResult kept = conflicts.keepOther(copy);
    ASSERT_TRUE(kept.ok()) << kept.error.toStdString();
    EXPECT_EQ(kept.id, id);
    EXPECT_FALSE(QFile::exists(copy));
    store.load();
    ASSERT_EQ(store.routines().size(), 1);
    EXPECT_EQ(store.find(id)->routine.steps.first().holdSeconds, 75);
}

TEST_F(RoutineConflictsTest, KeepBothAddsTheOtherNumbered)
{
    const QString copy =
        dropConflictCopy(id + QStringLiteral(" (conflicted copy 2026-12-04 101530).json"), 75);
    const StoreResult kept = conflicts.keepBoth(copy);
    ASSERT_TRUE(kept.ok()) << kept.error.toStdString();
    EXPECT_FALSE(QFile::exists(copy));
    store.load();
    ASSERT_EQ(store.routines().size(), 2);
    EXPECT_EQ(store.find(id)->routine.steps.first().holdSeconds, 40);
    EXPECT_EQ(store.find(kept.id)->routine.name, QStringLiteral("Evening unwind (2)"));
    EXPECT_EQ(store.find(kept.id)->routine.steps.first().holdSeconds, 75);
}

TEST_F(RoutineConflictsTest, AnUnreadableCopyCanOnlyBeDroppedAndNothingElseChanges)
{
    const QString copy = folder.filePath(syncthingName());
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"limber-routine\"");
    file.close();
    conflicts.refresh();
    ASSERT_EQ(conflicts.conflicts().size(), 1);
    EXPECT_FALSE(conflicts.conflicts().first().other);
    EXPECT_FALSE(conflicts.conflicts().first().otherError.isEmpty());

    const auto before = folderContents(folder.path());
    const StoreResult refused = conflicts.keepOther(copy);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error.contains(copy)) << refused.error.toStdString();
    EXPECT_FALSE(conflicts.keepBoth(copy).ok());
    EXPECT_EQ(folderContents(folder.path()), before);
    EXPECT_TRUE(conflicts.keepThis(copy).ok());
    EXPECT_FALSE(QFile::exists(copy));
}

TEST_F(RoutineConflictsTest, ACopyOfADeletedRoutineBringsItBack)
{
    const QString copy = dropConflictCopy(syncthingName(), 75);
    ASSERT_TRUE(store.remove(id).ok());
    conflicts.refresh();
    const StoreResult kept = conflicts.keepOther(copy);
    ASSERT_TRUE(kept.ok()) << kept.error.toStdString();
    ASSERT_EQ(store.routines().size(), 1);
    EXPECT_EQ(store.routines().first().routine.name, QStringLiteral("Evening unwind"));
    EXPECT_EQ(store.routines().first().routine.steps.first().holdSeconds, 75);
}

} // namespace
