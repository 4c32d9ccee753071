#include "storage/SyncFileNames.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

using namespace limber;
using SyncFileNames::ConflictCopy;

TEST(SyncFileNamesTest, SyncToolsAndEditorsOwnFilesAreIgnored)
{
    for (const char *name :
         {".syncthing.evening-unwind.json.tmp", "evening-unwind.json.part", ".~evening-unwind.json",
          "evening-unwind.json~", ".hidden.json", ".stfolder"})
        EXPECT_TRUE(SyncFileNames::isIgnored(QString::fromUtf8(name))) << name;
    for (const char *name : {"evening-unwind.json", "0a1b.jsonl", "part.json", "tmp.json"})
        EXPECT_FALSE(SyncFileNames::isIgnored(QString::fromUtf8(name))) << name;
}

TEST(SyncFileNamesTest, ASyncthingConflictCopyNamesItsFileTimeAndDevice)
{
    const auto copy = SyncFileNames::conflictCopy(
        QStringLiteral("evening-unwind.sync-conflict-20261204-101530-ABCDEF7.json"));
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->tool, ConflictCopy::Tool::Syncthing);
    EXPECT_EQ(copy->originalFileName, QStringLiteral("evening-unwind.json"));
    EXPECT_EQ(copy->madeAt, QDateTime(QDate(2026, 12, 4), QTime(10, 15, 30)));
    EXPECT_EQ(copy->origin, QStringLiteral("ABCDEF7"));
}

TEST(SyncFileNamesTest, ANextcloudConflictCopyNamesItsFileTimeAndUser)
{
    const auto plain = SyncFileNames::conflictCopy(
        QStringLiteral("evening-unwind (conflicted copy 2026-12-04 101530).json"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->tool, ConflictCopy::Tool::Nextcloud);
    EXPECT_EQ(plain->originalFileName, QStringLiteral("evening-unwind.json"));
    EXPECT_EQ(plain->madeAt, QDateTime(QDate(2026, 12, 4), QTime(10, 15, 30)));
    EXPECT_TRUE(plain->origin.isEmpty());

    const auto withUser = SyncFileNames::conflictCopy(
        QStringLiteral("evening unwind (conflicted copy anna 2026-12-04 101530).json"));
    ASSERT_TRUE(withUser);
    EXPECT_EQ(withUser->originalFileName, QStringLiteral("evening unwind.json"));
    EXPECT_EQ(withUser->origin, QStringLiteral("anna"));
    EXPECT_EQ(withUser->madeAt.date(), QDate(2026, 12, 4));
}

TEST(SyncFileNamesTest, OrdinaryAndIgnoredFilesAreNoConflictCopies)
{
    EXPECT_FALSE(SyncFileNames::conflictCopy(QStringLiteral("evening-unwind.json")));
    EXPECT_FALSE(SyncFileNames::conflictCopy(QStringLiteral("evening-unwind (2).json")));
    EXPECT_FALSE(SyncFileNames::conflictCopy(QStringLiteral(
        ".syncthing.evening-unwind.sync-conflict-20261204-101530-ABCDEF7.json.tmp")));
}

TEST(SyncFileNamesTest, AFolderListsItsDataFilesApartFromConflictCopies)
{
    QTemporaryDir folder;
    for (const char *name :
         {"b.json", "a.json", "a.sync-conflict-20261204-101530-ABCDEF7.json", ".~b.json",
          "b.json.part", "c.json~", ".syncthing.d.json.tmp", "notes.txt"}) {
        QFile file(folder.filePath(QString::fromUtf8(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const QDir dir(folder.path());
    EXPECT_EQ(SyncFileNames::dataFiles(dir, QStringLiteral(".json")),
              (QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}));
    EXPECT_EQ(SyncFileNames::conflictCopies(dir, QStringLiteral(".json")),
              QStringList{QStringLiteral("a.sync-conflict-20261204-101530-ABCDEF7.json")});
}
