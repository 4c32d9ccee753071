// The cache of parsed history files: it must only ever save time. Whatever happens to it or
// to the file it describes, reading through it gives what reading the file gives.

#include "history/HistoryCache.h"

#include "HistoryTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {

class HistoryCacheTest : public ::testing::Test
{
protected:
    QString historyPath() const { return dir.filePath(QStringLiteral("history/device-a.jsonl")); }
    QString cacheFolder() const { return dir.filePath(QStringLiteral("cache")); }
    QStringList cacheFiles() const { return QDir(cacheFolder()).entryList(QDir::Files); }
    void writeSessions(int count, const QByteArray &extra = {})
    {
        QByteArray bytes;
        for (int index = 0; index < count; ++index) {
            const QByteArray id = "s" + QByteArray::number(index);
            const QString started =
                QStringLiteral("2026-11-%1T18:00:00+01:00").arg(index + 1, 2, 10, QLatin1Char('0'));
            bytes += lineOf(session(id.constData(), started.toLatin1().constData()));
        }
        QDir().mkpath(dir.filePath(QStringLiteral("history")));
        ASSERT_TRUE(writeFile(historyPath(), bytes + extra));
    }
    void expectSameAsTheFile(const HistoryFile::Contents &cached)
    {
        const HistoryFile::Contents direct = HistoryFile::read(historyPath());
        EXPECT_EQ(ids(cached.sessions), ids(direct.sessions));
        EXPECT_EQ(cached.sessions, direct.sessions);
        EXPECT_EQ(messages(cached.problems), messages(direct.problems));
    }

    QTemporaryDir dir;
    HistoryCache cache{cacheFolder()};
};

TEST_F(HistoryCacheTest, ASecondReadGivesTheSameFromTheCache)
{
    writeSessions(5);
    expectSameAsTheFile(cache.read(historyPath()));
    ASSERT_EQ(cacheFiles().size(), 1) << "the first read fills the cache";
    expectSameAsTheFile(cache.read(historyPath()));
}

TEST_F(HistoryCacheTest, OnlyWhatWasAppendedSinceIsReadAndLineNumbersCarryOn)
{
    writeSessions(3);
    cache.read(historyPath());
    QByteArray bytes = readFile(historyPath());
    bytes += lineOf(session("late", "2026-12-01T18:00:00+01:00")) + "not json\n";
    ASSERT_TRUE(writeFile(historyPath(), bytes));
    const HistoryFile::Contents contents = cache.read(historyPath());
    EXPECT_EQ(ids(contents.sessions).last(), QStringLiteral("late"));
    ASSERT_EQ(contents.problems.size(), 1) << messages(contents.problems).join(u'\n');
    EXPECT_EQ(contents.problems.first().line, 5) << messages(contents.problems).join(u'\n');
    expectSameAsTheFile(contents);
    expectSameAsTheFile(cache.read(historyPath()));
}

TEST_F(HistoryCacheTest, AFileReplacedByAnotherIsReadAgainWhole)
{
    writeSessions(4);
    cache.read(historyPath());
    // A sync tool put another device's copy in its place: same size class, other content.
    QByteArray bytes;
    for (const char *id : {"x1", "x2", "x3", "x4", "x5"})
        bytes += lineOf(session(id, "2026-10-01T08:00:00+02:00"));
    ASSERT_TRUE(writeFile(historyPath(), bytes));
    expectSameAsTheFile(cache.read(historyPath()));
}

TEST_F(HistoryCacheTest, AShorterFileIsReadAgainWhole)
{
    writeSessions(6);
    cache.read(historyPath());
    writeSessions(2);
    expectSameAsTheFile(cache.read(historyPath()));
}

TEST_F(HistoryCacheTest, ADamagedCacheIsIgnoredAndRewritten)
{
    writeSessions(5);
    cache.read(historyPath());
    ASSERT_EQ(cacheFiles().size(), 1);
    const QString cachePath = QDir(cacheFolder()).filePath(cacheFiles().first());
    QByteArray damaged = readFile(cachePath);
    for (qsizetype at = 20; at < damaged.size(); at += 37)
        damaged[at] = char(damaged.at(at) ^ 0x5a);
    for (const QByteArray &bytes :
         {damaged, damaged.left(damaged.size() / 2), QByteArray(), QByteArray(5000, '\xff')}) {
        ASSERT_TRUE(writeFile(cachePath, bytes));
        expectSameAsTheFile(cache.read(historyPath()));
    }
}

TEST_F(HistoryCacheTest, ATornLastLineIsNotCachedAndStillReported)
{
    writeSessions(2, R"({"format":"limber-session","version":1,"id":"cut)");
    const HistoryFile::Contents first = cache.read(historyPath());
    ASSERT_EQ(first.problems.size(), 1);
    EXPECT_TRUE(HistoryFile::isTornLine(first.problems.first()));
    expectSameAsTheFile(cache.read(historyPath()));
    // The next append puts a newline after the torn part: still one torn line, and the new
    // session is read.
    ASSERT_FALSE(HistoryFile::append(historyPath(), session("next", "2026-12-02T18:00:00+01:00")));
    const HistoryFile::Contents after = cache.read(historyPath());
    EXPECT_EQ(ids(after.sessions).last(), QStringLiteral("next"));
    expectSameAsTheFile(after);
}

TEST_F(HistoryCacheTest, AnUnwritableCacheFolderOnlyCostsTime)
{
    writeSessions(3);
    ASSERT_TRUE(writeFile(cacheFolder(), "a file where the folder should be"));
    expectSameAsTheFile(cache.read(historyPath()));
    expectSameAsTheFile(cache.read(historyPath()));
}

} // namespace
