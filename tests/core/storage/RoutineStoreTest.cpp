#include "storage/RoutineStore.h"

#include "model/Catalog.h"
#include "QtPrinters.h"
#include "RoutineStoreTestSupport.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>

using namespace limber;
using limber::test::fileBytes;
using limber::test::folderContents;
using limber::test::storeRoutine;
using limber::test::writeBytes;

namespace {

class RoutineStoreTest : public limber::test::RoutineStoreFixture
{
};

TEST_F(RoutineStoreTest, CreateWritesOneFileNamedAfterTheRoutine)
{
    RoutineStore store(Catalog::builtIn(), filePath(QStringLiteral("not/yet/there")));
    const Routine routine =
        storeRoutine(QStringLiteral("Evening unwind"),
                     {{QStringLiteral("figure-four"), 30, Sides::Left, 2},
                      {QStringLiteral("childs-pose"), std::nullopt, Sides::Both, 1}});
    const StoreResult result = store.create(routine);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.id, QStringLiteral("evening-unwind"));

    const QString path = filePath(QStringLiteral("not/yet/there/evening-unwind.json"));
    const RoutineReadResult onDisk = RoutineFile::read(path, Catalog::builtIn());
    ASSERT_TRUE(onDisk.ok()) << onDisk.errorText().toStdString();
    EXPECT_EQ(*onDisk.routine, routine);
    ASSERT_EQ(store.routines().size(), 1);
    EXPECT_EQ(store.routines().first().path, path);
    EXPECT_EQ(store.routines().first().routine, routine);
    EXPECT_EQ(folderContents(store.directory()).keys(),
              QStringList{QStringLiteral("evening-unwind.json")});
}

TEST_F(RoutineStoreTest, IdsAreAsciiSlugsOfTheName)
{
    EXPECT_EQ(created(storeRoutine(QStringLiteral("  Évening -- Unwind!  "))),
              QStringLiteral("evening-unwind"));
    EXPECT_EQ(created(storeRoutine(QStringLiteral("Hüfte & Rücken 2"))),
              QStringLiteral("hufte-rucken-2"));
    EXPECT_EQ(created(storeRoutine(QStringLiteral("腰と股関節"))), QStringLiteral("routine"));
    EXPECT_EQ(created(storeRoutine(QStringLiteral("!!!"))), QStringLiteral("routine-2"));
    // The built-in routine's id stays unambiguous.
    EXPECT_EQ(created(storeRoutine(QStringLiteral("Back and hips"))),
              QStringLiteral("back-and-hips-2"));
    const QString longId = created(storeRoutine(QString(150, QLatin1Char('x'))));
    EXPECT_GE(longId.size(), 10);
    EXPECT_LE(longId.size(), 64);
}

TEST_F(RoutineStoreTest, IdsAreNumberedWhenTheFileExists)
{
    // A file the store did not load (here: not valid) still owns its name.
    ASSERT_TRUE(writeBytes(filePath(QStringLiteral("evening-unwind.json")), "not json"));
    EXPECT_EQ(created(storeRoutine(QStringLiteral("Evening unwind"))),
              QStringLiteral("evening-unwind-2"));
    EXPECT_EQ(created(storeRoutine(QStringLiteral("Evening, unwind"))),
              QStringLiteral("evening-unwind-3"));
    EXPECT_EQ(fileBytes(filePath(QStringLiteral("evening-unwind.json"))), "not json");
}

TEST_F(RoutineStoreTest, NameClashesAreNumberedIgnoringCase)
{
    const QString first = created(storeRoutine(QStringLiteral("Evening unwind")));
    const QString second = created(storeRoutine(QStringLiteral("evening UNWIND")));
    const QString third = created(storeRoutine(QStringLiteral("Evening unwind")));
    EXPECT_EQ(nameOf(first), QStringLiteral("Evening unwind"));
    EXPECT_EQ(nameOf(second), QStringLiteral("evening UNWIND (2)"));
    EXPECT_EQ(nameOf(third), QStringLiteral("Evening unwind (3)"));
    EXPECT_EQ(second, QStringLiteral("evening-unwind-2"));

    // Numbering goes on from the base name instead of stacking suffixes.
    EXPECT_EQ(m_store.uniqueName(QStringLiteral("Evening unwind (2)")),
              QStringLiteral("Evening unwind (4)"));
    EXPECT_EQ(m_store.uniqueName(QStringLiteral("Evening Unwind (7)")),
              QStringLiteral("Evening Unwind (7)"));
    EXPECT_EQ(m_store.uniqueName(QStringLiteral("  Morning  ")), QStringLiteral("Morning"));
    // A routine's own name is no clash with itself.
    EXPECT_EQ(m_store.uniqueName(QStringLiteral("EVENING unwind (2)"), second),
              QStringLiteral("EVENING unwind (2)"));
    EXPECT_EQ(m_store.findByName(QStringLiteral("EVENING UNWIND (3)"))->id, third);
    EXPECT_EQ(m_store.findByName(QStringLiteral("Evening")), nullptr);
}

TEST_F(RoutineStoreTest, NumberedNamesStayWithinTheLengthLimit)
{
    const QString longest(limits::maxNameLength, QLatin1Char('a'));
    created(storeRoutine(longest));
    const QString second = created(storeRoutine(longest));
    const QString name = nameOf(second);
    EXPECT_EQ(name.size(), limits::maxNameLength);
    EXPECT_EQ(name, QString(limits::maxNameLength - 4, QLatin1Char('a')) + QStringLiteral(" (2)"));
    EXPECT_TRUE(RoutineFile::read(m_store.find(second)->path, Catalog::builtIn()).ok());
    EXPECT_EQ(m_store.uniqueName(longest + QStringLiteral("b")).size(), limits::maxNameLength);
}

TEST_F(RoutineStoreTest, RenameKeepsTheIdAndTheFile)
{
    const QString id = created(storeRoutine(QStringLiteral("Evening unwind")));
    const QString other = created(storeRoutine(QStringLiteral("Morning")));
    const QString path = m_store.find(id)->path;
    const int changesBefore = m_changes;

    StoreResult result = m_store.rename(id, QStringLiteral("  Night  "));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.id, id);
    EXPECT_EQ(m_changes, changesBefore + 1);
    EXPECT_EQ(m_store.find(id)->path, path);
    EXPECT_EQ(RoutineFile::read(path, Catalog::builtIn()).routine->name, QStringLiteral("Night"));
    EXPECT_EQ(folderContents(folder()).keys(),
              (QStringList{QStringLiteral("evening-unwind.json"), QStringLiteral("morning.json")}));

    // Taking another routine's name numbers it; that routine keeps its own.
    result = m_store.rename(id, QStringLiteral("morning"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(nameOf(id), QStringLiteral("morning (2)"));
    EXPECT_EQ(nameOf(other), QStringLiteral("Morning"));

    RoutineStore reloaded(Catalog::builtIn(), folder());
    EXPECT_TRUE(reloaded.load().isEmpty());
    ASSERT_NE(reloaded.find(id), nullptr);
    EXPECT_EQ(reloaded.find(id)->routine.name, QStringLiteral("morning (2)"));
}

TEST_F(RoutineStoreTest, EmptyNamesAreRefusedAndChangeNothing)
{
    const QString id = created(storeRoutine(QStringLiteral("Evening unwind")));
    const auto before = folderContents(folder());
    const int changesBefore = m_changes;

    StoreResult result = m_store.create(storeRoutine(QStringLiteral("   ")));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.id.isEmpty());
    EXPECT_TRUE(result.error.endsWith(QStringLiteral("name: must not be empty")))
        << result.error.toStdString();
    result = m_store.rename(id, QStringLiteral("\t"));
    EXPECT_TRUE(result.error.endsWith(QStringLiteral("name: must not be empty")));
    result = m_store.save(id, storeRoutine(QString()));
    EXPECT_TRUE(result.error.endsWith(QStringLiteral("name: must not be empty")));

    EXPECT_EQ(folderContents(folder()), before);
    EXPECT_EQ(nameOf(id), QStringLiteral("Evening unwind"));
    EXPECT_EQ(m_changes, changesBefore);
}

TEST_F(RoutineStoreTest, SaveReplacesTheRoutineWithThatId)
{
    const QString id = created(storeRoutine(QStringLiteral("Evening unwind")));
    Routine changed = storeRoutine(QStringLiteral("Evening unwind"),
                                   {{QStringLiteral("butterfly"), 60, Sides::Both, 3}});
    changed.restSeconds = 20;
    const StoreResult result = m_store.save(id, changed);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(m_store.find(id)->routine, changed);
    EXPECT_EQ(*RoutineFile::read(m_store.find(id)->path, Catalog::builtIn()).routine, changed);
    EXPECT_EQ(m_store.routines().size(), 1);
}

TEST_F(RoutineStoreTest, SaveOfAnUnknownIdIsRefused)
{
    const auto before = folderContents(folder());
    const StoreResult result =
        m_store.save(QStringLiteral("nope"), storeRoutine(QStringLiteral("Nope")));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.startsWith(QStringLiteral("nope: "))) << result.error.toStdString();
    EXPECT_EQ(folderContents(folder()), before);
    EXPECT_TRUE(m_store.routines().isEmpty());
}

TEST_F(RoutineStoreTest, DuplicateNumbersTheName)
{
    const Routine routine = storeRoutine(QStringLiteral("Evening unwind"),
                                         {{QStringLiteral("happy-baby"), 45, Sides::Both, 2}});
    const QString id = created(routine);
    const StoreResult copy = m_store.duplicate(id);
    ASSERT_TRUE(copy.ok()) << copy.error.toStdString();
    EXPECT_NE(copy.id, id);
    Routine expected = routine;
    expected.name = QStringLiteral("Evening unwind (2)");
    EXPECT_EQ(m_store.find(copy.id)->routine, expected);
    EXPECT_EQ(m_store.find(id)->routine, routine);
    EXPECT_NE(m_store.find(copy.id)->path, m_store.find(id)->path);
    EXPECT_FALSE(m_store.duplicate(QStringLiteral("nope")).ok());
}

TEST_F(RoutineStoreTest, RemoveDeletesTheFile)
{
    const QString id = created(storeRoutine(QStringLiteral("Evening unwind")));
    const QString kept = created(storeRoutine(QStringLiteral("Morning")));
    const QString path = m_store.find(id)->path;
    const int changesBefore = m_changes;

    const StoreResult result = m_store.remove(id);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(m_store.find(id), nullptr);
    EXPECT_NE(m_store.find(kept), nullptr);
    EXPECT_EQ(m_changes, changesBefore + 1);

    EXPECT_FALSE(m_store.remove(id).ok());
    EXPECT_EQ(m_changes, changesBefore + 1);
}

TEST_F(RoutineStoreTest, RoutinesAreSortedByNameIgnoringCase)
{
    for (const char *name : {"charlie", "Bravo", "alpha", "Delta"})
        created(storeRoutine(QString::fromLatin1(name)));
    QStringList names;
    for (const StoredRoutine &stored : m_store.routines())
        names.append(stored.routine.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("Bravo"),
                                  QStringLiteral("charlie"), QStringLiteral("Delta")}));
}

TEST_F(RoutineStoreTest, LoadKeepsTwoFilesWithTheSameName)
{
    ASSERT_FALSE(RoutineFile::write(storeRoutine(QStringLiteral("Evening")),
                                    filePath(QStringLiteral("a.json"))));
    ASSERT_FALSE(RoutineFile::write(storeRoutine(QStringLiteral("EVENING")),
                                    filePath(QStringLiteral("b.json"))));
    const int changesBefore = m_changes;
    EXPECT_TRUE(m_store.load().isEmpty());
    EXPECT_EQ(m_changes, changesBefore + 1);
    ASSERT_EQ(m_store.routines().size(), 2);
    EXPECT_EQ(m_store.find(QStringLiteral("a"))->routine.name, QStringLiteral("Evening"));
    EXPECT_EQ(m_store.find(QStringLiteral("b"))->routine.name, QStringLiteral("EVENING"));
    EXPECT_EQ(m_store.uniqueName(QStringLiteral("evening")), QStringLiteral("evening (2)"));
}

TEST_F(RoutineStoreTest, ImportAddsAValidFileUnderAUniqueName)
{
    created(storeRoutine(QStringLiteral("Evening unwind")));
    QTemporaryDir elsewhere;
    const QString source = elsewhere.filePath(QStringLiteral("from-therapist.json"));
    const Routine routine = storeRoutine(QStringLiteral("Evening unwind"),
                                         {{QStringLiteral("figure-four"), 50, Sides::Right, 1}});
    ASSERT_FALSE(RoutineFile::write(routine, source));
    const QByteArray sourceBytes = fileBytes(source);

    const StoreResult result = m_store.importFile(source);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.id, QStringLiteral("evening-unwind-2"));
    Routine expected = routine;
    expected.name = QStringLiteral("Evening unwind (2)");
    EXPECT_EQ(m_store.find(result.id)->routine, expected);
    EXPECT_EQ(
        *RoutineFile::read(filePath(QStringLiteral("evening-unwind-2.json")), Catalog::builtIn())
             .routine,
        expected);
    EXPECT_EQ(fileBytes(source), sourceBytes);
}

TEST_F(RoutineStoreTest, ImportOfABadFileStoresNothing)
{
    created(storeRoutine(QStringLiteral("Evening unwind")));
    QTemporaryDir elsewhere;
    const QString source = elsewhere.filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeBytes(source, R"({"format":"limber-routine","version":1,"name":"Bad",
        "steps":[{"stretch":"cat-cow","hold_seconds":3}]})"));
    const auto before = folderContents(folder());
    const auto routinesBefore = m_store.routines().size();
    const int changesBefore = m_changes;

    const StoreResult result = m_store.importFile(source);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.id.isEmpty());
    EXPECT_EQ(result.error, RoutineFile::read(source, Catalog::builtIn()).errorText());
    EXPECT_EQ(result.error, source + QStringLiteral(": steps[0].hold_seconds: must be a whole "
                                                    "number from 5 to 600"));
    EXPECT_EQ(folderContents(folder()), before);
    EXPECT_EQ(m_store.routines().size(), routinesBefore);
    EXPECT_EQ(m_changes, changesBefore);

    const StoreResult missing =
        m_store.importFile(elsewhere.filePath(QStringLiteral("missing.json")));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.startsWith(elsewhere.filePath(QStringLiteral("missing.json"))));
    EXPECT_EQ(folderContents(folder()), before);
}

TEST_F(RoutineStoreTest, SyncToolsFilesAndConflictCopiesAreNoRoutinesOfTheirOwn)
{
    ASSERT_TRUE(m_store.create(storeRoutine(QStringLiteral("Evening unwind"))).ok());
    const QString original = m_store.routines().first().path;
    const QString folderPath = QFileInfo(original).path();
    for (const char *name :
         {"evening-unwind.sync-conflict-20261204-101530-ABCDEF7.json",
          "evening-unwind (conflicted copy 2026-12-04 101530).json", ".syncthing.other.json.tmp",
          "other.json.part", ".~other.json", "other.json~"})
        ASSERT_TRUE(QFile::copy(original, folderPath + u'/' + QString::fromUtf8(name))) << name;

    EXPECT_TRUE(m_store.load().isEmpty());
    ASSERT_EQ(m_store.routines().size(), 1);
    EXPECT_EQ(m_store.routines().first().path, original);
}

} // namespace
