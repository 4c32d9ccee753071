// A device's history file: bad lines are skipped and reported with their line number while
// the rest is read, a torn last line is recognised, appends never rewrite what is there, and
// files too large are refused without being read.

#include "history/HistoryFile.h"

#include "HistoryTestSupport.h"
#include "QtPrinters.h"
#include "TestPaths.h"

#include <chrono>
#include <gtest/gtest.h>
#include <QDir>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {
const QString label = QStringLiteral("h.jsonl");

QByteArray twoSessions()
{
    return lineOf(session("s1", "2026-12-01T18:05:00+01:00")) +
           lineOf(session("s2", "2026-12-02T18:05:00+01:00"));
}
} // namespace

TEST(HistoryFileTest, ReadsSessionsAndDeletionsInFileOrder)
{
    const auto contents = HistoryFile::parse(
        twoSessions() + lineOf(deletion("d1", "device-a", "s1")) + "\n   \n", label);
    EXPECT_EQ(ids(contents.sessions), (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
    ASSERT_EQ(contents.deletions.size(), 1);
    EXPECT_EQ(contents.deletions.at(0).deletedId, QStringLiteral("s1"));
    EXPECT_TRUE(contents.problems.isEmpty()) << messages(contents.problems).join(u'\n');
}

TEST(HistoryFileTest, EveryBadLineIsReportedOnceWithItsNumberAndTheRestIsRead)
{
    const QByteArray future =
        lineOf(session("f", "2026-12-01T18:05:00+01:00")).replace("\"version\":1", "\"version\":2");
    const QByteArray painful = lineOf(session("p", "2026-12-01T18:05:00+01:00"))
                                   .replace("\"holds\"", "\"pain_before\":12,\"holds\"");
    const QByteArray data = lineOf(session("s1", "2026-12-01T18:05:00+01:00"))    // 1
                            + "garbage\n"                                         // 2
                            + "\n"                                                // 3
                            + future                                              // 4
                            + "{\"format\":\"other\",\"version\":1}\n"            // 5
                            + painful                                             // 6
                            + lineOf(session("s2", "2026-12-03T18:05:00+01:00")); // 7
    const auto contents = HistoryFile::parse(data, label);
    EXPECT_EQ(ids(contents.sessions), (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
    const QStringList got = messages(contents.problems);
    ASSERT_EQ(got.size(), 4) << got.join(u'\n').toStdString();
    EXPECT_TRUE(got.at(0).startsWith(u"h.jsonl:2: is not valid JSON")) << got.at(0);
    EXPECT_EQ(got.at(1), QStringLiteral("h.jsonl:4: version: version 2 is newer than this Limber "
                                        "reads (version 1); a newer Limber wrote it"));
    EXPECT_EQ(got.at(2), QStringLiteral("h.jsonl:5: format: must be \"limber-session\""));
    EXPECT_EQ(got.at(3),
              QStringLiteral("h.jsonl:6: pain_before: must be a whole number from 0 to 10"));
}

TEST(HistoryFileTest, CorpusFilesAreReportedWithFileAndLine)
{
    struct Case
    {
        const char *file;
        int sessions;
        QStringList problems; // after "FILE:"
    };
    const Case cases[] = {
        {"not-json.jsonl", 1, {QStringLiteral("2: is not valid JSON")}},
        {"wrong-format.jsonl", 0, {QStringLiteral("1: format: must be \"limber-session\"")}},
        {"future-version.jsonl",
         1,
         {QStringLiteral("2: version: version 2 is newer than this Limber reads")}},
        {"wrong-types.jsonl",
         0,
         {QStringLiteral("1: active_ms: must be a whole number"),
          QStringLiteral("2: holds[0].outcome: must be \"done\", \"skipped\" or \"hurt\""),
          QStringLiteral("3: started: must be a date and time with its offset from UTC"),
          QStringLiteral("4: pain_after: must be a whole number from 0 to 10"),
          QStringLiteral("5: notes: is not a known field")}},
        {"torn-last-line.jsonl",
         2,
         {QStringLiteral("3: the last line is incomplete (a write was cut off); it was skipped")}},
        {"valid.jsonl", 2, {}},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        const QString path = dataPath(QStringLiteral("history/") + QString::fromLatin1(c.file));
        const auto contents = HistoryFile::read(path);
        EXPECT_EQ(contents.sessions.size(), c.sessions);
        const QStringList got = messages(contents.problems);
        ASSERT_EQ(got.size(), c.problems.size()) << got.join(u'\n').toStdString();
        for (qsizetype i = 0; i < got.size(); ++i)
            EXPECT_TRUE(got.at(i).startsWith(path + u':' + c.problems.at(i))) << got.at(i);
    }
}

TEST(HistoryFileTest, TornLastLineIsSkippedAndTheLinesBeforeKept)
{
    const QByteArray torn = lineOf(session("s3", "2026-12-04T18:05:00+01:00")).left(57);
    const auto contents = HistoryFile::parse(twoSessions() + torn, label);
    EXPECT_EQ(contents.sessions.size(), 2);
    ASSERT_EQ(contents.problems.size(), 1);
    EXPECT_EQ(contents.problems.at(0).message(),
              QStringLiteral("h.jsonl:3: the last line is incomplete (a write was cut off); it "
                             "was skipped"));
    EXPECT_TRUE(HistoryFile::isTornLine(contents.problems.at(0)));
}

TEST(HistoryFileTest, CompleteLastLineWithoutNewlineIsKept)
{
    QByteArray data = twoSessions();
    data.chop(1);
    const auto contents = HistoryFile::parse(data, label);
    EXPECT_EQ(contents.sessions.size(), 2);
    EXPECT_TRUE(contents.problems.isEmpty());
}

TEST(HistoryFileTest, AppendAfterATornLineStandsOnItsOwnAndNothingIsRewritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("device-a.jsonl"));
    const QByteArray before =
        twoSessions() + lineOf(session("s3", "2026-12-04T18:05:00+01:00")).left(80);
    ASSERT_TRUE(writeFile(path, before));

    ASSERT_EQ(HistoryFile::append(path, session("s4", "2026-12-05T18:05:00+01:00")), std::nullopt);

    const QByteArray after = readFile(path);
    EXPECT_EQ(after.left(before.size()), before);
    EXPECT_EQ(after.mid(before.size()), '\n' + lineOf(session("s4", "2026-12-05T18:05:00+01:00")));
    const auto contents = HistoryFile::read(path);
    EXPECT_EQ(ids(contents.sessions),
              (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s4")}));
    ASSERT_EQ(contents.problems.size(), 1);
    EXPECT_EQ(contents.problems.at(0).line, 3);
    EXPECT_TRUE(HistoryFile::isTornLine(contents.problems.at(0)))
        << contents.problems.at(0).message();
}

TEST(HistoryFileTest, AppendCreatesFolderAndFileAndAddsOneLineEach)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/history/device-a.jsonl"));
    ASSERT_EQ(HistoryFile::append(path, session("s1", "2026-12-01T18:05:00+01:00")), std::nullopt);
    ASSERT_EQ(HistoryFile::append(path, deletion("d1", "device-a", "s1")), std::nullopt);
    EXPECT_EQ(readFile(path), lineOf(session("s1", "2026-12-01T18:05:00+01:00")) +
                                  lineOf(deletion("d1", "device-a", "s1")));
}

TEST(HistoryFileTest, AppendRefusesALineOverTheLimitAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("device-a.jsonl"));
    QList<SessionHold> holds(historyLimits::maxHolds, hold("knee-to-chest", HoldOutcome::Done));
    const auto problem =
        HistoryFile::append(path, session("s1", "2026-12-01T18:05:00+01:00", "back", holds));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->reason.contains(u"too large to store")) << problem->message();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(HistoryFileTest, AppendToAnUnwritablePlaceNamesTheFile)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    ASSERT_TRUE(writeFile(blocker, "x"));
    const QString path = blocker + QStringLiteral("/device-a.jsonl");
    const auto problem = HistoryFile::append(path, session("s1", "2026-12-01T18:05:00+01:00"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->message().startsWith(path + QStringLiteral(": cannot be written")))
        << problem->message();
}

TEST(HistoryFileTest, LongLineIsRefusedAndTheNextLineRead)
{
    const QByteArray data = lineOf(session("s1", "2026-12-01T18:05:00+01:00")) + "{\"note\":\"" +
                            QByteArray(historyLimits::maxLineBytes, 'x') + "\"}\n" +
                            lineOf(session("s2", "2026-12-02T18:05:00+01:00"));
    const auto contents = HistoryFile::parse(data, label);
    EXPECT_EQ(contents.sessions.size(), 2);
    ASSERT_EQ(contents.problems.size(), 1);
    EXPECT_EQ(contents.problems.at(0).message(),
              QStringLiteral("h.jsonl:2: is longer than 64 KiB; a history line is much shorter"));
}

TEST(HistoryFileTest, HundredMegabyteFileIsRefusedWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.jsonl"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.write(lineOf(session("s1", "2026-12-01T18:05:00+01:00"))) > 0);
    ASSERT_TRUE(file.resize(qint64(100) * 1024 * 1024)); // sparse: no 100 MB actually written
    file.close();

    // Its size is looked at before anything is read (timing it here would be a flaky test).
    const auto contents = HistoryFile::read(path);
    EXPECT_TRUE(contents.sessions.isEmpty());
    ASSERT_EQ(contents.problems.size(), 1);
    EXPECT_EQ(contents.problems.at(0).message(),
              path + QStringLiteral(": is larger than 32 MiB; it was not read"));
}

TEST(HistoryFileTest, ManyBadLinesAreSummedUpAfterTheFirstTwenty)
{
    QByteArray data;
    for (int i = 0; i < 25; ++i)
        data += "nonsense\n";
    const auto contents = HistoryFile::parse(data, label);
    ASSERT_EQ(contents.problems.size(), 21);
    EXPECT_EQ(contents.problems.at(19).line, 20);
    EXPECT_EQ(contents.problems.at(20).message(),
              QStringLiteral("h.jsonl: 5 more line(s) could not be read either"));
}

TEST(HistoryFileTest, MissingFileIsNamed)
{
    const auto contents = HistoryFile::read(QStringLiteral("/nonexistent/h.jsonl"));
    ASSERT_EQ(contents.problems.size(), 1);
    EXPECT_TRUE(contents.problems.at(0).message().startsWith(u"/nonexistent/h.jsonl: cannot be "
                                                             u"opened"));
}

TEST(HistoryFileTest, LastLineWithoutNewlineIsTornOnlyWhenItIsCutOffJson)
{
    QByteArray future =
        lineOf(session("f", "2026-12-01T18:05:00+01:00")).replace("\"version\":1", "\"version\":2");
    future.chop(1);
    const auto newer = HistoryFile::parse(twoSessions() + future, label);
    ASSERT_EQ(newer.problems.size(), 1);
    EXPECT_FALSE(HistoryFile::isTornLine(newer.problems.at(0)));
    EXPECT_EQ(newer.problems.at(0).field, QStringLiteral("version"));

    const auto huge =
        HistoryFile::parse(twoSessions() + QByteArray(historyLimits::maxLineBytes + 1, '{'), label);
    ASSERT_EQ(huge.problems.size(), 1);
    EXPECT_EQ(huge.problems.at(0).message(),
              QStringLiteral("h.jsonl:3: is longer than 64 KiB; a history line is much shorter"));
}

TEST(HistoryFileTest, AppendRefusesWhatCouldNotBeReadBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("device-a.jsonl"));
    Session painful = session("s1", "2026-12-01T18:05:00+01:00");
    painful.painAfter = 11;
    const auto problem = HistoryFile::append(path, painful);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->message(),
              path + QStringLiteral(": pain_after: cannot be stored: must be a whole number from "
                                    "0 to 10"));
    Session undated = session("s2", "2026-12-01T18:05:00+01:00");
    undated.started = QDateTime();
    EXPECT_TRUE(HistoryFile::append(path, undated));
    EXPECT_FALSE(QFile::exists(path));
}
