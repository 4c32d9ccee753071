#include "sync/DataFolderWatcher.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

using namespace limber;
using Part = DataFolderWatcher::Part;

namespace {

class DataFolderWatcherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(root.isValid());
        ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("routines")));
        watcher = std::make_unique<DataFolderWatcher>(DataFolder(root.path()));
        QObject::connect(watcher.get(), &DataFolderWatcher::changed,
                         [this](Part part) { reported.append(part); });
    }

    void write(const QString &relativePath, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(root.filePath(relativePath)).path());
        QSaveFile file(root.filePath(relativePath));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        ASSERT_TRUE(file.commit());
    }

    void append(const QString &relativePath, const QByteArray &bytes)
    {
        QFile file(root.filePath(relativePath));
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write(bytes);
    }

    // Runs the event loop until the watcher reported `count` changes; the deadline only stops a
    // failing test from hanging.
    void waitForReports(qsizetype count)
    {
        const QDeadlineTimer deadline(5000);
        while (reported.size() < count && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

    // Events that would be reported arrive well within this; used to show that none do.
    void letEventsSettle()
    {
        const QDeadlineTimer deadline(600);
        while (!deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

    QTemporaryDir root;
    std::unique_ptr<DataFolderWatcher> watcher;
    QList<Part> reported;
};

TEST_F(DataFolderWatcherTest, ARoutineRenamedIntoPlaceIsReportedOnce)
{
    write(QStringLiteral("routines/evening.json"), "{}");
    waitForReports(1);
    letEventsSettle();
    EXPECT_EQ(reported, QList<Part>{Part::Routines});
}

TEST_F(DataFolderWatcherTest, AHistoryFileAppendedToInPlaceIsReported)
{
    write(QStringLiteral("history/a.jsonl"), "{}\n");
    waitForReports(1);
    letEventsSettle();
    reported.clear();
    append(QStringLiteral("history/a.jsonl"), "{\"x\":1}\n");
    waitForReports(1);
    EXPECT_EQ(reported, QList<Part>{Part::History});
}

TEST_F(DataFolderWatcherTest, ASubfolderMadeLaterIsWatchedToo)
{
    write(QStringLiteral("preferences/a.json"), "{}");
    waitForReports(1);
    EXPECT_EQ(reported, QList<Part>{Part::Preferences});
    write(QStringLiteral("preferences/b.json"), "{}");
    waitForReports(2);
    EXPECT_EQ(reported, (QList<Part>{Part::Preferences, Part::Preferences}));
}

TEST_F(DataFolderWatcherTest, SyncToolsTemporaryFilesAreNotReported)
{
    write(QStringLiteral("routines/.syncthing.evening.json.tmp"), "{");
    write(QStringLiteral("routines/evening.json.part"), "{");
    write(QStringLiteral("routines/evening.json~"), "{");
    letEventsSettle();
    EXPECT_TRUE(reported.isEmpty());
}

TEST_F(DataFolderWatcherTest, AConflictCopyIsReportedAsARoutineChange)
{
    write(QStringLiteral("routines/evening.sync-conflict-20261204-101530-ABCDEF7.json"), "{}");
    waitForReports(1);
    EXPECT_EQ(reported, QList<Part>{Part::Routines});
}

TEST_F(DataFolderWatcherTest, AnotherFolderIsWatchedAfterAMove)
{
    QTemporaryDir other;
    watcher->setFolder(DataFolder(other.path()));
    write(QStringLiteral("routines/old-folder.json"), "{}");
    letEventsSettle();
    EXPECT_TRUE(reported.isEmpty());
    QDir().mkpath(other.filePath(QStringLiteral("stretches")));
    QSaveFile file(other.filePath(QStringLiteral("stretches/own.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{}");
    ASSERT_TRUE(file.commit());
    waitForReports(1);
    EXPECT_EQ(reported, QList<Part>{Part::Stretches});
}

} // namespace

TEST(DataFolderWatcherFirstStartTest, AFolderThatAppearsLaterIsWatched)
{
    QTemporaryDir parent;
    const QString root = parent.filePath(QStringLiteral("limber"));
    DataFolderWatcher watcher{DataFolder(root)};
    QList<DataFolderWatcher::Part> reported;
    QObject::connect(&watcher, &DataFolderWatcher::changed,
                     [&reported](DataFolderWatcher::Part part) { reported.append(part); });

    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/routines")));
    QSaveFile file(root + QStringLiteral("/routines/evening.json"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{}");
    ASSERT_TRUE(file.commit());
    const QDeadlineTimer deadline(5000);
    while (reported.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_EQ(reported, QList<DataFolderWatcher::Part>{DataFolderWatcher::Part::Routines});
    EXPECT_TRUE(watcher.watchedPaths().contains(root));
    EXPECT_FALSE(watcher.watchedPaths().contains(parent.path()));
}
