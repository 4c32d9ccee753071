#include "model/Catalog.h"
#include "QtPrinters.h"
#include "RoutineStoreTestSupport.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineStore.h"

#include <csignal>
#include <gtest/gtest.h>
#include <QFileInfo>
#include <sys/resource.h>

using namespace limber;
using limber::test::fileBytes;
using limber::test::folderContents;
using limber::test::storeRoutine;
using limber::test::writeBytes;

namespace {

const QByteArray brokenBytes = QByteArrayLiteral(
    "{\"format\": \"limber-routine\", \"version\": 1, \"name\": \"Old\", \"steps\": []}\n\xff");

// Files may grow to `bytes` only, as on a full disk: writes beyond that fail part way with
// EFBIG instead of raising SIGXFSZ. Both are restored when the guard ends.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool ok() const { return m_ok; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_ok = false;
};

// Far more than the few hundred bytes a one-step routine takes.
Routine largeRoutine(const QString &name)
{
    Routine routine = storeRoutine(name);
    for (int index = 0; index < 60; ++index)
        routine.steps.append({QStringLiteral("seated-spinal-twist"), 45, Sides::Right, 3});
    return routine;
}

class RoutineStoreFilesTest : public limber::test::RoutineStoreFixture
{
};

TEST_F(RoutineStoreFilesTest, BrokenFilesAreMovedAsideUnchangedAndReportedOnce)
{
    ASSERT_FALSE(RoutineFile::write(storeRoutine(QStringLiteral("Good")),
                                    filePath(QStringLiteral("good.json"))));
    const QString brokenPath = filePath(QStringLiteral("evening.json"));
    ASSERT_TRUE(writeBytes(brokenPath, brokenBytes));
    const QString reason = RoutineFile::read(brokenPath, Catalog::builtIn()).errorText();
    ASSERT_FALSE(reason.isEmpty());

    const QList<BrokenRoutineFile> broken = m_store.load();
    ASSERT_EQ(broken.size(), 1);
    EXPECT_EQ(broken.first().originalPath, brokenPath);
    EXPECT_EQ(broken.first().movedTo, filePath(QStringLiteral("evening.broken-2026-03-04.json")));
    EXPECT_EQ(broken.first().reason, reason);
    EXPECT_FALSE(QFileInfo::exists(brokenPath));
    EXPECT_EQ(fileBytes(broken.first().movedTo), brokenBytes);
    ASSERT_EQ(m_store.routines().size(), 1);
    EXPECT_EQ(m_store.routines().first().id, QStringLiteral("good"));

    const auto afterFirstLoad = folderContents(folder());
    EXPECT_TRUE(m_store.load().isEmpty());
    EXPECT_EQ(folderContents(folder()), afterFirstLoad);
    EXPECT_EQ(m_store.routines().size(), 1);
}

TEST_F(RoutineStoreFilesTest, AMovedAsideFileIsNeverOverwritten)
{
    const QString earlier = filePath(QStringLiteral("evening.broken-2026-03-04.json"));
    ASSERT_TRUE(writeBytes(earlier, "the one moved aside this morning"));
    ASSERT_TRUE(writeBytes(filePath(QStringLiteral("evening.json")), brokenBytes));

    QList<BrokenRoutineFile> broken = m_store.load();
    ASSERT_EQ(broken.size(), 1);
    EXPECT_EQ(broken.first().movedTo, filePath(QStringLiteral("evening.broken-2026-03-04-2.json")));
    EXPECT_EQ(fileBytes(earlier), "the one moved aside this morning");
    EXPECT_EQ(fileBytes(broken.first().movedTo), brokenBytes);

    ASSERT_TRUE(writeBytes(filePath(QStringLiteral("evening.json")), "third"));
    broken = m_store.load();
    ASSERT_EQ(broken.size(), 1);
    EXPECT_EQ(broken.first().movedTo, filePath(QStringLiteral("evening.broken-2026-03-04-3.json")));
    EXPECT_EQ(folderContents(folder()).size(), 3);
}

TEST_F(RoutineStoreFilesTest, LeaveInPlaceOnlyReports)
{
    const QString brokenPath = filePath(QStringLiteral("evening.json"));
    ASSERT_TRUE(writeBytes(brokenPath, brokenBytes));
    const auto before = folderContents(folder());
    for (int round = 0; round < 2; ++round) {
        const QList<BrokenRoutineFile> broken =
            m_store.load(RoutineStore::BrokenFiles::LeaveInPlace);
        ASSERT_EQ(broken.size(), 1);
        EXPECT_EQ(broken.first().originalPath, brokenPath);
        EXPECT_TRUE(broken.first().movedTo.isEmpty());
        EXPECT_TRUE(broken.first().reason.startsWith(brokenPath + QStringLiteral(": ")));
    }
    EXPECT_EQ(folderContents(folder()), before);
}

TEST_F(RoutineStoreFilesTest, FilesAlreadyMovedAsideAreNotRead)
{
    ASSERT_TRUE(writeBytes(filePath(QStringLiteral("a.broken-2020-01-01.json")), "junk"));
    ASSERT_TRUE(writeBytes(filePath(QStringLiteral("a.broken-2020-01-01-2.json")), "junk"));
    ASSERT_FALSE(RoutineFile::write(storeRoutine(QStringLiteral("Valid, though moved once")),
                                    filePath(QStringLiteral("b.broken-x.json"))));
    ASSERT_TRUE(writeBytes(filePath(QStringLiteral("notes.txt")), "not a routine"));
    const auto before = folderContents(folder());
    EXPECT_TRUE(m_store.load().isEmpty());
    EXPECT_TRUE(m_store.routines().isEmpty());
    EXPECT_EQ(folderContents(folder()), before);
}

TEST_F(RoutineStoreFilesTest, AMissingFolderIsAnEmptyStore)
{
    RoutineStore store(Catalog::builtIn(), filePath(QStringLiteral("missing")));
    EXPECT_TRUE(store.load().isEmpty());
    EXPECT_TRUE(store.routines().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(filePath(QStringLiteral("missing"))));
}

TEST_F(RoutineStoreFilesTest, AWriteFailingPartWayLeavesTheOldFileIntact)
{
    const Routine original = storeRoutine(QStringLiteral("Evening unwind"));
    const QString id = created(original);
    const QString path = m_store.find(id)->path;
    const auto before = folderContents(folder());
    ASSERT_LT(fileBytes(path).size(), 300);
    ASSERT_GT(RoutineFile::serialize(largeRoutine(original.name)).size(), 2000);
    const int changesBefore = m_changes;

    StoreResult saved;
    StoreResult createdLarge;
    {
        const FileSizeLimit limit(400);
        ASSERT_TRUE(limit.ok());
        saved = m_store.save(id, largeRoutine(original.name));
        createdLarge = m_store.create(largeRoutine(QStringLiteral("Morning")));
    }

    EXPECT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error.startsWith(path + QStringLiteral(": cannot be written: ")))
        << saved.error.toStdString();
    EXPECT_FALSE(createdLarge.ok());
    EXPECT_TRUE(createdLarge.error.contains(QStringLiteral("morning.json: cannot be written: ")))
        << createdLarge.error.toStdString();
    // Byte for byte the old file, and no temporary file or half-written new one beside it.
    EXPECT_EQ(folderContents(folder()), before);
    EXPECT_EQ(m_store.find(id)->routine, original);
    EXPECT_EQ(m_store.routines().size(), 1);
    EXPECT_EQ(m_changes, changesBefore);

    // Once there is room again the same save goes through.
    EXPECT_TRUE(m_store.save(id, largeRoutine(original.name)).ok());
    EXPECT_EQ(*RoutineFile::read(path, Catalog::builtIn()).routine, largeRoutine(original.name));
}

TEST_F(RoutineStoreFilesTest, AFolderThatIsAFileRefusesCreation)
{
    const QString notAFolder = filePath(QStringLiteral("routines"));
    ASSERT_TRUE(writeBytes(notAFolder, "a file"));
    RoutineStore store(Catalog::builtIn(), notAFolder);
    const StoreResult result = store.create(storeRoutine(QStringLiteral("Evening unwind")));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.startsWith(notAFolder)) << result.error.toStdString();
    EXPECT_EQ(fileBytes(notAFolder), "a file");
    EXPECT_TRUE(store.routines().isEmpty());
}

} // namespace
