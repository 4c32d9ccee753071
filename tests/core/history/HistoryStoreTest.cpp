// The history of every device in one folder: merged in time order, duplicates once, deletions
// from any device applied, problems reported once; this device only appends to its own file.

#include "history/HistoryStore.h"

#include "history/DeviceIdentity.h"
#include "HistoryTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList made;
    for (const char *item : items)
        made.append(QString::fromLatin1(item));
    return made;
}

class HistoryStoreTest : public ::testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    HistoryStore store()
    {
        return {m_dir.path(), QStringLiteral("device-a"), QStringLiteral("laptop")};
    }

    QTemporaryDir m_dir;
};
} // namespace

TEST_F(HistoryStoreTest, MergesDevicesSortedDeduplicatedAndWithDeletionsFromAnyDevice)
{
    Session fromB = session("b1", "2026-12-01T09:00:00-08:00"); // 18:00 in Berlin: the latest
    fromB.deviceId = QStringLiteral("device-b");
    ASSERT_TRUE(writeFile(path("device-a.jsonl"),
                          lineOf(session("a2", "2026-12-01T12:00:00+01:00")) +
                              lineOf(session("shared", "2026-12-01T08:00:00+01:00")) +
                              lineOf(session("a1", "2026-11-30T12:00:00+01:00"))));
    Session copy = session("shared", "2026-12-01T08:00:00+01:00");
    copy.note = QStringLiteral("the copy");
    ASSERT_TRUE(writeFile(path("device-b.jsonl"),
                          lineOf(fromB) + lineOf(copy) + lineOf(deletion("d1", "device-b", "a2"))));
    ASSERT_TRUE(writeFile(path("notes.txt"), "not a history file"));

    HistoryStore history = store();
    EXPECT_TRUE(history.load().isEmpty());
    EXPECT_EQ(ids(history.sessions()), list({"a1", "shared", "b1"}));
    ASSERT_TRUE(history.find(QStringLiteral("shared")));
    EXPECT_EQ(history.find(QStringLiteral("shared"))->note, QString()); // the first one read
    EXPECT_EQ(history.find(QStringLiteral("a2")), nullptr);
    EXPECT_EQ(history.find(QStringLiteral("b1"))->started.offsetFromUtc(), -8 * 3600);
}

TEST_F(HistoryStoreTest, ProblemsAreReportedOnceAcrossLoadsEvenAfterAnAppend)
{
    const QByteArray torn = lineOf(session("t", "2026-12-03T08:00:00+01:00")).left(40);
    ASSERT_TRUE(writeFile(path("device-a.jsonl"),
                          lineOf(session("a1", "2026-12-01T08:00:00+01:00")) + torn));
    ASSERT_TRUE(writeFile(path("device-b.jsonl"), "oops\n"));

    HistoryStore history = store();
    const QStringList first = messages(history.load());
    EXPECT_EQ(first.size(), 2) << first.join(u'\n').toStdString();
    EXPECT_TRUE(history.load().isEmpty());

    ASSERT_TRUE(history.add(session("", "2026-12-04T08:00:00+01:00")).ok());
    EXPECT_TRUE(history.load().isEmpty());
    EXPECT_EQ(history.sessions().size(), 2);

    ASSERT_TRUE(writeFile(path("device-c.jsonl"), "oops\n"));
    const QStringList third = messages(history.load());
    ASSERT_EQ(third.size(), 1);
    EXPECT_EQ(third.at(0).toStdString(),
              (path("device-c.jsonl") + QStringLiteral(":1: is not valid JSON: illegal value at "
                                                       "byte 1"))
                  .toStdString());
}

TEST_F(HistoryStoreTest, AddFillsThisDeviceAndAFreshIdAndAppendsToItsOwnFile)
{
    HistoryStore history = store();
    history.load();
    int changed = 0;
    QObject::connect(&history, &HistoryStore::sessionsChanged, [&changed] { ++changed; });
    Session played = session("", "2026-12-02T08:00:00+01:00");
    played.deviceId = QStringLiteral("someone-else");
    played.deviceName.clear();

    const HistoryStore::Result added = history.add(played);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.id.size(), 36);
    EXPECT_EQ(history.ownFilePath(), path("device-a.jsonl"));
    EXPECT_EQ(changed, 1);
    ASSERT_TRUE(history.find(added.id));
    EXPECT_EQ(history.find(added.id)->deviceId, QStringLiteral("device-a"));
    EXPECT_EQ(history.find(added.id)->deviceName, QStringLiteral("laptop"));

    ASSERT_TRUE(history.add(session("early", "2026-12-01T08:00:00+01:00")).ok());
    EXPECT_EQ(ids(history.sessions()), (QStringList{QStringLiteral("early"), added.id}));

    HistoryStore reread = store();
    reread.load();
    EXPECT_EQ(reread.sessions(), history.sessions());
}

TEST_F(HistoryStoreTest, RemoveAppendsATombstoneAndRestoreBringsItBackUnderANewId)
{
    HistoryStore history = store();
    history.load();
    ASSERT_TRUE(history.add(session("s1", "2026-12-01T08:00:00+01:00")).ok());
    const QByteArray before = readFile(history.ownFilePath());

    const HistoryStore::Result removed = history.remove(QStringLiteral("s1"));
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(history.sessions().isEmpty());
    const QByteArray after = readFile(history.ownFilePath());
    EXPECT_EQ(after.left(before.size()), before);
    EXPECT_TRUE(after.mid(before.size()).contains("\"deletes\":\"s1\""));

    EXPECT_FALSE(history.remove(QStringLiteral("s1")).ok());

    const HistoryStore::Result restored =
        history.restore(session("s1", "2026-12-01T08:00:00+01:00"));
    ASSERT_TRUE(restored.ok());
    EXPECT_NE(restored.id, QStringLiteral("s1"));
    HistoryStore reread = store();
    reread.load();
    EXPECT_EQ(ids(reread.sessions()), QStringList{restored.id});
}

TEST_F(HistoryStoreTest, AddThatCannotBeWrittenChangesNothing)
{
    ASSERT_TRUE(writeFile(path("blocker"), "x"));
    HistoryStore history(path("blocker"), QStringLiteral("device-a"), QStringLiteral("laptop"));
    const HistoryStore::Result result = history.add(session("s1", "2026-12-01T08:00:00+01:00"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.problem->message().startsWith(path("blocker"))) << result.problem->message();
    EXPECT_TRUE(history.sessions().isEmpty());
}

TEST_F(HistoryStoreTest, DeviceIdIsMadeOnceAndKept)
{
    QSettings settings(path("local.ini"), QSettings::IniFormat);
    const QString id = DeviceIdentity::id(settings);
    EXPECT_EQ(id.size(), 36);
    EXPECT_EQ(DeviceIdentity::id(settings), id);
    QSettings again(path("local.ini"), QSettings::IniFormat);
    EXPECT_EQ(DeviceIdentity::id(again), id);
    EXPECT_EQ(again.value(QStringLiteral("device/id")).toString(), id);
    EXPECT_FALSE(DeviceIdentity::name().isEmpty());
}

TEST_F(HistoryStoreTest, DeviceIdThatCouldNameAnotherFileIsReplaced)
{
    QSettings settings(path("local.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("device/id"), QStringLiteral("../../etc/passwd"));
    const QString id = DeviceIdentity::id(settings);
    EXPECT_EQ(id.size(), 36);
    EXPECT_FALSE(id.contains(u'/'));
}

TEST_F(HistoryStoreTest, DeletionReadBeforeItsSessionStillApplies)
{
    Session fromB = session("b1", "2026-12-01T09:00:00+01:00");
    fromB.deviceId = QStringLiteral("device-b");
    ASSERT_TRUE(writeFile(path("device-a.jsonl"), lineOf(deletion("d1", "device-a", "b1"))));
    ASSERT_TRUE(writeFile(path("device-b.jsonl"),
                          lineOf(fromB) + lineOf(session("b2", "2026-12-02T09:00:00+01:00"))));
    HistoryStore history = store();
    EXPECT_TRUE(history.load().isEmpty());
    EXPECT_EQ(ids(history.sessions()), list({"b2"}));
}

TEST_F(HistoryStoreTest, MissingFolderIsAnEmptyHistoryUntilTheFirstSession)
{
    HistoryStore history(path("not/yet"), QStringLiteral("device-a"), QStringLiteral("laptop"));
    EXPECT_TRUE(history.load().isEmpty());
    EXPECT_TRUE(history.sessions().isEmpty());
    ASSERT_TRUE(history.add(session("s1", "2026-12-01T08:00:00+01:00")).ok());
    EXPECT_TRUE(QFile::exists(path("not/yet/device-a.jsonl")));
}

TEST_F(HistoryStoreTest, ControlCharactersTypedIntoANoteOrANameBecomeSpaces)
{
    HistoryStore history(m_dir.path(), QStringLiteral("device-a"), QStringLiteral("lap\ttop"));
    history.load();
    Session played = session("s1", "2026-12-02T08:00:00+01:00");
    played.routineName = QStringLiteral(" Evening\x01unwind ");
    played.note = QStringLiteral("first\tline\nsecond\rline");
    played.holds = {hold("cat-cow", HoldOutcome::Done)};
    played.holds[0].stretchName = QStringLiteral("Cat\u007fcow");
    ASSERT_TRUE(history.add(played).ok());

    HistoryStore reread = store();
    reread.load();
    ASSERT_EQ(reread.sessions().size(), 1);
    const Session &kept = reread.sessions().at(0);
    EXPECT_EQ(kept.routineName, QStringLiteral("Evening unwind"));
    EXPECT_EQ(kept.note, QStringLiteral("first line\nsecond line"));
    EXPECT_EQ(kept.deviceName, QStringLiteral("lap top"));
    EXPECT_EQ(kept.holds.at(0).stretchName, QStringLiteral("Cat cow"));
}
