// A full disk and a read-only file system, real ones: run through
// tests/support/with_small_mounts.sh (ctest core_sync_real_filesystems), which mounts a 64 KiB
// tmpfs and a read-only one in a private namespace. The suite fails without them when run as
// root (for whom chmod protects nothing); as another user it falls back to a chmod 0555 folder
// for "read-only" and skips what needs a full disk.

#include "DataFolderTestSupport.h"
#include "QtPrinters.h"
#include "sync/DataFolderMove.h"
#include "sync/DataLocationMigration.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>
#include <unistd.h>

using namespace limber;
using namespace limber::test;

namespace {

// Empties one of the places this suite was given (never anything else: an empty or relative
// path would mean the current directory).
void emptyFolder(const QString &path)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path) || !QFileInfo(path).isDir())
        return;
    const QDir folder(path);
    for (const QFileInfo &entry : folder.entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                       QDir::System | QDir::NoDotAndDotDot)) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

class DataFolderRealFilesystemTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.isValid());
        const QString full = qEnvironmentVariable("LIMBER_TEST_FULL_DIR");
        const QString readOnly = qEnvironmentVariable("LIMBER_TEST_READONLY_DIR");
        const QString backing = qEnvironmentVariable("LIMBER_TEST_READONLY_BACKING_DIR");
        if (full.isEmpty() || readOnly.isEmpty() || backing.isEmpty()) {
            ASSERT_NE(geteuid(), 0u)
                << "run through tests/support/with_small_mounts.sh: as root, only a real "
                   "read-only and a real full file system can refuse a write";
            m_readOnly = m_readOnlyBacking = m_scratch.filePath(latin1("readonly"));
            ASSERT_TRUE(QDir().mkpath(m_readOnly));
            m_chmodFallback = true;
        } else {
            ASSERT_TRUE(QDir::isAbsolutePath(full) && QDir::isAbsolutePath(readOnly) &&
                        QDir::isAbsolutePath(backing));
            m_full = full;
            m_readOnly = readOnly;
            m_readOnlyBacking = backing;
        }
        emptyFolder(m_readOnlyBacking);
        emptyFolder(m_full);
    }

    void TearDown() override
    {
        if (m_chmodFallback) {
            QFile::setPermissions(m_readOnly,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        emptyFolder(m_readOnlyBacking);
        emptyFolder(m_full);
    }

    // From now on, what was put into the read-only place through its backing folder can only
    // be read there.
    void sealReadOnly()
    {
        if (!m_chmodFallback)
            return;
        ASSERT_TRUE(QFile::setPermissions(m_readOnly, QFile::ReadOwner | QFile::ExeOwner |
                                                          QFile::ReadGroup | QFile::ExeGroup |
                                                          QFile::ReadOther | QFile::ExeOther));
    }

    bool hasNoFullDisk() const { return m_full.isEmpty(); }

    QTemporaryDir m_scratch;
    QString m_full;
    QString m_readOnly;
    QString m_readOnlyBacking;
    bool m_chmodFallback = false;
    DeviceFolder device{m_scratch.filePath(latin1("old"))};
};

TEST_F(DataFolderRealFilesystemTest, MovingOntoAFullDiskFailsSayingHowMuchIsNeeded)
{
    if (hasNoFullDisk())
        GTEST_SKIP() << "needs tests/support/with_small_mounts.sh for a full disk";
    device.addRoutine(routineNamed(latin1("Evening unwind")));
    device.addFile(latin1("history/laptop.jsonl"), QByteArray(100 * 1024, 'h') + '\n');
    const QMap<QString, QString> oldBefore = treeOf(device.root());
    const QMap<QString, QString> fullBefore = treeOf(m_full);
    const DeviceFolder target(m_full + latin1("/limber"));

    const DataFolderMoveResult result = DataFolderMove(device.folder(), target.folder()).run();

    EXPECT_TRUE(
        result.error.startsWith(latin1("There is not enough space in %1: ").arg(target.root())))
        << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(latin1(" needed, ")) &&
                result.error.endsWith(latin1(" free")))
        << result.error.toStdString();
    EXPECT_EQ(treeOf(m_full), fullBefore);
    EXPECT_EQ(treeOf(device.root()), oldBefore);
}

TEST_F(DataFolderRealFilesystemTest, ADiskFillingUpDuringTheMoveIsUndone)
{
    if (hasNoFullDisk())
        GTEST_SKIP() << "needs tests/support/with_small_mounts.sh for a full disk";
    for (const char *name : {"Evening unwind", "Morning", "Lunch"})
        device.addRoutine(routineNamed(latin1(name)));
    const QDir full(m_full);
    ASSERT_TRUE(writeFileAt(full.filePath(latin1("limber/theirs.txt")), "another device"));
    const DeviceFolder target(full.filePath(latin1("limber")));
    const QMap<QString, QString> before = treeOf(target.root());
    const QMap<QString, QString> oldBefore = treeOf(device.root());

    DataFolderMove move(device.folder(), target.folder());
    move.setSpaceMargin(0);
    // Another program takes the rest of the disk once the first file is written.
    move.setAfterWrite([&full](const QString &) {
        QFile filler(full.filePath(latin1("filler")));
        if (!filler.exists() && filler.open(QIODevice::WriteOnly)) {
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        return QString();
    });
    const DataFolderMoveResult result = move.run();

    EXPECT_TRUE(
        result.error.startsWith(latin1("Limber cannot write %1/routines/").arg(target.root())))
        << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(latin1("no space left on device")))
        << result.error.toStdString();
    EXPECT_EQ(treeOf(target.root()), before);
    EXPECT_EQ(treeOf(device.root()), oldBefore);
}

TEST_F(DataFolderRealFilesystemTest, MovingOntoAReadOnlyFileSystemFailsSayingSo)
{
    device.addRoutine(routineNamed(latin1("Evening unwind")));
    sealReadOnly();
    const QMap<QString, QString> oldBefore = treeOf(device.root());
    const QString reason =
        m_chmodFallback ? latin1("permission denied") : latin1("read-only file system");

    for (const QString &root : {m_readOnly, m_readOnly + latin1("/limber")}) {
        const DeviceFolder target(root);
        const DataFolderMoveResult result = DataFolderMove(device.folder(), target.folder()).run();
        EXPECT_EQ(result.error, latin1("Limber cannot write to %1: %2").arg(m_readOnly, reason));
        EXPECT_TRUE(treeOf(m_readOnly).isEmpty());
    }
    EXPECT_EQ(treeOf(device.root()), oldBefore);
}

TEST_F(DataFolderRealFilesystemTest, MigrationOntoAReadOnlyFileSystemLeavesTheOldFolder)
{
    ASSERT_TRUE(
        writeFileAt(m_readOnlyBacking + latin1("/data/Limber/limber/routines/a.json"), "{a}"));
    ASSERT_TRUE(writeFileAt(m_readOnlyBacking + latin1("/config/Limber/limber.conf"), "[x]\n"));
    sealReadOnly();
    const QMap<QString, QString> before = treeOf(m_readOnly);

    const DataLocationMigrationResult result =
        DataLocationMigration(m_readOnly + latin1("/data"), m_readOnly + latin1("/config")).run();

    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.moved.isEmpty());
    const QStringList failures = result.error.split(u'\n');
    ASSERT_EQ(failures.size(), 2) << result.error.toStdString();
    EXPECT_TRUE(failures.at(0).startsWith(
        latin1("Limber could not move %1/data/Limber/limber to %1/data/limber: ").arg(m_readOnly)))
        << failures.at(0).toStdString();
    EXPECT_TRUE(failures.at(0).endsWith(latin1(". It is still where it was.")));
    EXPECT_TRUE(failures.at(1).startsWith(
        latin1("Limber could not move %1/config/Limber/limber.conf to ").arg(m_readOnly)))
        << failures.at(1).toStdString();
    EXPECT_EQ(treeOf(m_readOnly), before);
}

TEST_F(DataFolderRealFilesystemTest, MigrationAcrossFileSystemsCopiesChecksAndOnlyThenRemoves)
{
    if (hasNoFullDisk())
        GTEST_SKIP() << "needs tests/support/with_small_mounts.sh for a second file system";
    // The old folder is on the small tmpfs, the new place on the disk the scratch folder is on.
    ASSERT_TRUE(writeFileAt(m_full + latin1("/Limber/limber/routines/a.json"), "{a}"));
    ASSERT_TRUE(writeFileAt(m_full + latin1("/Limber/limber/history/laptop.jsonl"), "{l}\n"));
    const QMap<QString, QByteArray> files = filesOf(m_full + latin1("/Limber/limber"));
    const QString data = m_scratch.filePath(latin1("data"));
    ASSERT_TRUE(QDir().mkpath(data));
    ASSERT_TRUE(QFile::link(m_full + latin1("/Limber"), data + latin1("/Limber")));

    const DataLocationMigrationResult result =
        DataLocationMigration(data, m_scratch.filePath(latin1("config"))).run();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(filesOf(data + latin1("/limber")), files);
    EXPECT_FALSE(QFileInfo::exists(m_full + latin1("/Limber/limber")));
    EXPECT_EQ(
        QDir(data).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
        (QStringList{latin1("Limber"), latin1("limber")}))
        << "no staging folder is left";
}

} // namespace
