// Moving this device's data into a folder the person chose: an empty folder gets an exact
// copy; a folder holding another device's data is merged into, never overwritten; every file
// is read back; any failure leaves the new folder exactly as it was and the old one untouched.

#include "sync/DataFolderMove.h"

#include "DataFolderTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {

class DataFolderMoveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_base.isValid());
        ASSERT_TRUE(m_outside.isValid());
    }

    QString image(const char *name, const QByteArray &bytes)
    {
        const QString path = m_outside.filePath(latin1(name));
        EXPECT_TRUE(writeFileAt(path, bytes));
        return path;
    }

    DataFolderMoveResult move()
    {
        m_oldBefore = treeOf(device.root());
        DataFolderMoveResult result = DataFolderMove(device.folder(), other.folder()).run();
        EXPECT_EQ(treeOf(device.root()), m_oldBefore) << "the old folder is only read";
        return result;
    }

    QTemporaryDir m_base;
    QTemporaryDir m_outside;
    DeviceFolder device{m_base.filePath(latin1("old"))};
    DeviceFolder other{m_base.filePath(latin1("new"))};
    QMap<QString, QString> m_oldBefore;
};

TEST_F(DataFolderMoveTest, AnEmptyFolderGetsAByteIdenticalCopyWithoutTheSyncToolsFiles)
{
    const QString stretchId =
        device.addStretch(ownStretch(latin1("Doorway stretch"), latin1("Arms on the frame.")),
                          image("door.png", pngBytes('d')));
    Routine routine = routineNamed(latin1("Evening unwind"));
    routine.steps.append({stretchId, 30});
    const QString routineId = device.addRoutine(routine);
    device.addFile(latin1("history/laptop.jsonl"), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    device.addFile(latin1("preferences/laptop.json"), "{\"weekly_goal\":3}");
    device.addFile(latin1("routines/evening-unwind.sync-conflict-20261204-101530-ABCDEF7.json"),
                   bytesOf(device.path(latin1("routines/evening-unwind.json"))));
    const QMap<QString, QByteArray> limberFiles = filesOf(device.root());
    device.addFile(latin1("routines/.syncthing.evening-unwind.json.tmp"), "half");
    device.addFile(latin1("history/laptop.jsonl.part"), "half");
    device.addFile(latin1("stretches/.~lock.doorway-stretch.json"), "lock");
    device.addFile(latin1("routines/evening-unwind.json~"), "editor backup");

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(filesOf(other.root()), limberFiles);
    EXPECT_EQ(result.routineIds.value(routineId), routineId);
    EXPECT_EQ(result.stretchIds.value(stretchId), stretchId);
    EXPECT_EQ(result.written.size(), limberFiles.size());
    EXPECT_TRUE(result.oldFolderNote.contains(device.root()));
    EXPECT_TRUE(result.oldFolderNote.contains(other.root()));
    EXPECT_TRUE(result.oldFolderNote.contains(latin1("you can delete it")));
    // Copied unchanged, a file keeps its modification time (the preferences rule reads it).
    EXPECT_EQ(QFileInfo(other.path(latin1("preferences/laptop.json"))).lastModified(),
              QFileInfo(device.path(latin1("preferences/laptop.json"))).lastModified());
}

TEST_F(DataFolderMoveTest, TheSameRoutineAndStretchAreNotCopiedTwice)
{
    const QString theirStretch =
        other.addStretch(ownStretch(latin1("Doorway stretch"), latin1("Arms on the frame.")));
    const QString theirRoutine = other.addRoutine(routineNamed(latin1("evening unwind")));
    const QMap<QString, QString> before = treeOf(other.root());
    device.addRoutine(routineNamed(latin1("Lunch")));
    const QString myStretch =
        device.addStretch(ownStretch(latin1("DOORWAY STRETCH"), latin1("Arms on the frame.")));
    const QString myRoutine = device.addRoutine(routineNamed(latin1("Evening Unwind")));

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    QMap<QString, QString> after = treeOf(other.root());
    EXPECT_EQ(after.remove(latin1("routines/lunch.json")), 1);
    EXPECT_EQ(after, before) << "nothing but the other routine was written";
    EXPECT_EQ(result.routineIds.value(myRoutine), theirRoutine);
    EXPECT_EQ(result.stretchIds.value(myStretch), theirStretch);
}

TEST_F(DataFolderMoveTest, SameNameDifferentContentKeepsBothTheIncomingOneNumbered)
{
    const QString theirs = other.addRoutine(routineNamed(latin1("Evening unwind"), 40));
    const QByteArray theirBytes = bytesOf(other.path(latin1("routines/evening-unwind.json")));
    const QString mine = device.addRoutine(routineNamed(latin1("Evening unwind"), 60));

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(bytesOf(other.path(latin1("routines/evening-unwind.json"))), theirBytes);
    const QString newId = result.routineIds.value(mine);
    EXPECT_NE(newId, theirs);
    const DeviceFolder::Read read(other.folder());
    ASSERT_EQ(read.routines.routines().size(), 2);
    const StoredRoutine *numbered = read.routines.find(newId);
    ASSERT_NE(numbered, nullptr);
    EXPECT_EQ(numbered->routine.name, latin1("Evening unwind (2)"));
    EXPECT_EQ(numbered->routine.steps.first().holdSeconds, 60);
    EXPECT_EQ(read.routines.find(theirs)->routine.name, latin1("Evening unwind"));
}

TEST_F(DataFolderMoveTest, AStretchGivenANewIdTakesItsImageAndThisDevicesRoutinesAlong)
{
    const QString theirStretch =
        other.addStretch(ownStretch(latin1("Doorway stretch"), latin1("Their doorway.")),
                         image("a.png", pngBytes('t')));
    const QString mine =
        device.addStretch(ownStretch(latin1("Doorway stretch"), latin1("My doorway.")),
                          image("b.png", pngBytes('m')));
    ASSERT_EQ(mine, theirStretch) << "the same id on both devices, for different stretches";
    Routine routine = routineNamed(latin1("Shoulders"));
    routine.steps.append({mine, 45});
    const QString routineId = device.addRoutine(routine);

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QString newId = result.stretchIds.value(mine);
    ASSERT_NE(newId, mine);
    EXPECT_EQ(bytesOf(other.path(latin1("stretches/%1.png").arg(newId))), pngBytes('m'));
    EXPECT_EQ(bytesOf(other.path(latin1("stretches/%1.png").arg(theirStretch))), pngBytes('t'));
    const DeviceFolder::Read read(other.folder());
    const Stretch *moved = read.stretches.find(newId);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->name(), latin1("Doorway stretch (2)"));
    EXPECT_EQ(moved->summary(), latin1("My doorway."));
    EXPECT_EQ(read.stretches.find(theirStretch)->summary(), latin1("Their doorway."));
    const StoredRoutine *shoulders = read.routines.find(result.routineIds.value(routineId));
    ASSERT_NE(shoulders, nullptr);
    ASSERT_EQ(shoulders->routine.steps.size(), 2);
    EXPECT_EQ(shoulders->routine.steps.at(1).stretchId, newId);
    EXPECT_EQ(shoulders->routine.steps.at(1).stretchName, latin1("Doorway stretch (2)"));
}

TEST_F(DataFolderMoveTest, TheHistoryOfThisDeviceFoundInBothIsMergedLineByLine)
{
    other.addFile(latin1("history/laptop.jsonl"), "{\"id\":\"a\"}\n{\"id\":\"c\"}\n");
    other.addFile(latin1("history/desktop.jsonl"), "{\"id\":\"d\"}\n");
    device.addFile(latin1("history/laptop.jsonl"), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(bytesOf(other.path(latin1("history/laptop.jsonl"))),
              "{\"id\":\"c\"}\n{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    EXPECT_EQ(bytesOf(other.path(latin1("history/desktop.jsonl"))), "{\"id\":\"d\"}\n");
}

TEST_F(DataFolderMoveTest, APreferencesFileInBothKeepsTheNewer)
{
    device.addFile(latin1("preferences/laptop.json"), "{\"mine\":1}");
    device.addFile(latin1("preferences/tablet.json"), "{\"mine\":2}");
    other.addFile(latin1("preferences/laptop.json"), "{\"theirs\":1}");
    other.addFile(latin1("preferences/tablet.json"), "{\"theirs\":2}");
    const QDateTime now = QDateTime::currentDateTime();
    ASSERT_TRUE(setModified(device.path(latin1("preferences/laptop.json")), now.addSecs(-60)));
    ASSERT_TRUE(setModified(other.path(latin1("preferences/laptop.json")), now.addSecs(-120)));
    ASSERT_TRUE(setModified(device.path(latin1("preferences/tablet.json")), now.addSecs(-120)));
    ASSERT_TRUE(setModified(other.path(latin1("preferences/tablet.json")), now.addSecs(-60)));

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(bytesOf(other.path(latin1("preferences/laptop.json"))), "{\"mine\":1}");
    EXPECT_EQ(bytesOf(other.path(latin1("preferences/tablet.json"))), "{\"theirs\":2}");
}

TEST_F(DataFolderMoveTest, AConflictCopyIsCopiedAsItIsAndFollowsItsRoutinesNewId)
{
    other.addRoutine(routineNamed(latin1("Evening unwind"), 40));
    const QString mine = device.addRoutine(routineNamed(latin1("Evening unwind"), 60));
    const QByteArray copyBytes = "{\"not\": \"even read\"}";
    const char *syncthingCopy = "routines/%1.sync-conflict-20261204-101530-ABCDEF7.json";
    device.addFile(latin1(syncthingCopy).arg(mine), copyBytes);
    const QString nextcloudCopy = latin1("stretches/lost (conflicted copy 2026-12-04 101530).json");
    device.addFile(nextcloudCopy, "x");

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QString newId = result.routineIds.value(mine);
    ASSERT_NE(newId, mine);
    EXPECT_EQ(bytesOf(other.path(latin1(syncthingCopy).arg(newId))), copyBytes);
    EXPECT_EQ(bytesOf(other.path(nextcloudCopy)), "x");
}

TEST_F(DataFolderMoveTest, AFileThatCannotBeReadAsARoutineIsCopiedNeverOverwriting)
{
    other.addFile(latin1("routines/broken.json"), "{ theirs");
    device.addFile(latin1("routines/broken.json"), "{ mine");

    const DataFolderMoveResult result = move();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(bytesOf(other.path(latin1("routines/broken.json"))), "{ theirs");
    EXPECT_EQ(bytesOf(other.path(latin1("routines/broken (2).json"))), "{ mine");
}

TEST_F(DataFolderMoveTest, MovingIntoTheSameFolderIsRefused)
{
    device.addRoutine(routineNamed(latin1("Evening unwind")));
    const DataFolderMoveResult result = DataFolderMove(device.folder(), device.folder()).run();
    EXPECT_EQ(result.error, latin1("Your data is already kept in %1").arg(device.root()));
}

TEST_F(DataFolderMoveTest, AFailureIntoAFolderThatDidNotExistLeavesNoFolder)
{
    device.addRoutine(routineNamed(latin1("Evening unwind")));
    const DeviceFolder deep(m_base.filePath(latin1("a/b/new")));
    DataFolderMove move(device.folder(), deep.folder());
    move.setAfterWrite([](const QString &) { return latin1("injected"); });
    EXPECT_EQ(move.run().error, latin1("injected"));
    EXPECT_FALSE(QFileInfo::exists(m_base.filePath(latin1("a"))));
}

// A folder holding another device's routine, a history file this move merges into (so it is
// replaced) and a preferences file.
class DataFolderMoveRollbackTest : public DataFolderMoveTest
{
protected:
    void SetUp() override
    {
        DataFolderMoveTest::SetUp();
        other.addRoutine(routineNamed(latin1("Desk break"), 20));
        other.addFile(latin1("history/laptop.jsonl"), "{\"id\":\"x\"}\n");
        other.addFile(latin1("preferences/desktop.json"), "{}");
        for (const char *name : {"Evening unwind", "Morning", "Lunch", "Night"})
            device.addRoutine(routineNamed(latin1(name)));
        device.addStretch(ownStretch(latin1("Doorway stretch"), latin1("Arms on the frame.")),
                          image("door.png", pngBytes('d')));
        device.addFile(latin1("history/laptop.jsonl"), "{\"id\":\"y\"}\n");
        m_newBefore = treeOf(other.root());
    }

    // Runs the move with hook called after each file written (its path, and n counting from 1).
    DataFolderMoveResult moveCalling(const std::function<QString(const QString &path, int n)> &hook)
    {
        m_oldBefore = treeOf(device.root());
        DataFolderMove move(device.folder(), other.folder());
        int written = 0;
        move.setAfterWrite([&](const QString &path) { return hook(path, ++written); });
        DataFolderMoveResult result = move.run();
        EXPECT_EQ(treeOf(device.root()), m_oldBefore) << "the old folder is only read";
        return result;
    }

    QMap<QString, QString> m_newBefore;
};

TEST_F(DataFolderMoveRollbackTest, AWriteFailingHalfwayLeavesTheNewFolderExactlyAsItWas)
{
    int calls = 0;
    const DataFolderMoveResult result = moveCalling([&calls](const QString &path, int n) {
        calls = n;
        return n == 5 ? latin1("Limber cannot write %1: disk on fire").arg(path) : QString();
    });

    EXPECT_TRUE(result.error.startsWith(latin1("Limber cannot write %1/").arg(other.root())))
        << result.error.toStdString();
    EXPECT_TRUE(result.written.isEmpty());
    EXPECT_EQ(calls, 5) << "four files were written before the failure, none after";
    EXPECT_EQ(treeOf(other.root()), m_newBefore);
}

TEST_F(DataFolderMoveRollbackTest, AFileReadingBackOtherwiseFailsTheMoveAndUndoesIt)
{
    QString changed;
    const DataFolderMoveResult result = moveCalling([&changed](const QString &path, int n) {
        if (n == 3) {
            changed = path;
            writeFileAt(path, "changed behind Limber's back");
        }
        return QString();
    });

    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(result.error.left(result.error.indexOf(latin1(" ("))),
              latin1("%1 does not hold what Limber wrote there").arg(changed));
    EXPECT_EQ(treeOf(other.root()), m_newBefore);
}

TEST_F(DataFolderMoveRollbackTest, AFailureAfterTheHistoryFileWasReplacedPutsTheOldOneBack)
{
    const QString history = other.path(latin1("history/laptop.jsonl"));
    QByteArray merged;
    const DataFolderMoveResult result = moveCalling([&](const QString &path, int) {
        if (path != history)
            return QString();
        merged = bytesOf(path);
        return latin1("injected after the history file was replaced");
    });

    EXPECT_EQ(result.error, latin1("injected after the history file was replaced"));
    EXPECT_EQ(merged, "{\"id\":\"x\"}\n{\"id\":\"y\"}\n") << "it was replaced";
    EXPECT_EQ(treeOf(other.root()), m_newBefore) << "and put back, modification time too";
}

} // namespace
