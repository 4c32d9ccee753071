// A session is saved the moment it ends; the summary's answers (pain after, a note) come
// later and complete it as a second line with the same id in the same file. Nothing is ever
// rewritten.

#include "history/HistoryStore.h"
#include "HistoryTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace limber;
using namespace limber::test;

namespace {

class HistoryStoreCompletionTest : public ::testing::Test
{
protected:
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir dir;
    HistoryStore store{dir.path(), QStringLiteral("device-a"), QStringLiteral("laptop")};
};

TEST_F(HistoryStoreCompletionTest, TheAnswersCompleteTheSessionAsALaterLine)
{
    const HistoryStore::Result added = store.add(session("", "2026-12-01T18:05:00+01:00"));
    ASSERT_TRUE(added.ok());
    const QByteArray firstLine = readFile(store.ownFilePath());

    Session completed = *store.find(added.id);
    completed.painAfter = 2;
    completed.note = QStringLiteral("Left hip tight");
    ASSERT_TRUE(store.update(completed).ok());
    EXPECT_EQ(store.sessions().size(), 1);
    EXPECT_EQ(store.find(added.id)->painAfter, 2);

    const QByteArray bytes = readFile(store.ownFilePath());
    EXPECT_TRUE(bytes.startsWith(firstLine)) << "the first line stays as it was";
    EXPECT_EQ(bytes.count('\n'), 2);

    HistoryStore reader(dir.path(), QStringLiteral("device-b"), QStringLiteral("desk"));
    EXPECT_TRUE(reader.load().isEmpty());
    ASSERT_EQ(reader.sessions().size(), 1);
    EXPECT_EQ(reader.sessions().first().painAfter, 2);
    EXPECT_EQ(reader.sessions().first().note, QStringLiteral("Left hip tight"));
}

TEST_F(HistoryStoreCompletionTest, ACopyOfAnIdInAnotherFileDoesNotReplaceIt)
{
    Session original = session("s1", "2026-12-01T18:05:00+01:00");
    Session copy = original;
    copy.note = QStringLiteral("from a copied file");
    ASSERT_TRUE(writeFile(path("a.jsonl"), lineOf(original) + '\n'));
    ASSERT_TRUE(writeFile(path("b.jsonl"), lineOf(copy) + '\n'));
    store.load();
    ASSERT_EQ(store.sessions().size(), 1);
    EXPECT_TRUE(store.sessions().first().note.isEmpty());
}

TEST_F(HistoryStoreCompletionTest, OnlyThisDevicesOwnSessionsCanBeCompleted)
{
    Session other = session("s1", "2026-12-01T18:05:00+01:00");
    other.deviceId = QStringLiteral("device-b");
    ASSERT_TRUE(writeFile(path("device-b.jsonl"), lineOf(other) + '\n'));
    store.load();
    Session completed = other;
    completed.painAfter = 3;
    const HistoryStore::Result result = store.update(completed);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(QFile::exists(store.ownFilePath())) << "nothing written";
    EXPECT_FALSE(store.sessions().first().painAfter.has_value());
}

TEST_F(HistoryStoreCompletionTest, ADayWithASessionIsPractised)
{
    ASSERT_TRUE(store.add(session("", "2026-12-01T18:05:00+01:00")).ok());
    const QDate local = at("2026-12-01T18:05:00+01:00").toLocalTime().date();
    EXPECT_TRUE(store.hasSessionOn(local));
    EXPECT_FALSE(store.hasSessionOn(local.addDays(1)));
    EXPECT_FALSE(store.hasSessionOn(local.addDays(-1)));
}

} // namespace
