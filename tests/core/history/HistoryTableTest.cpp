// The history as a table: the TSV for scripts with its fixed header, and the CSV for a
// spreadsheet with quoting, a byte-order mark and CRLF, byte for byte.

#include "history/HistoryTable.h"

#include "HistoryTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QLocale>

using namespace limber;
using namespace limber::test;

namespace {
QList<Session> twoSessions()
{
    Session first = session("1", "2026-12-01T18:05:00+01:00", "back",
                            {hold("a", HoldOutcome::Done), hold("b", HoldOutcome::Done),
                             hold("c", HoldOutcome::Skipped), hold("d", HoldOutcome::Hurt)});
    first.activeMs = 754000; // 12.566… minutes
    first.routineName = QStringLiteral("Back, \"hips\"\tand\nknees");
    first.painBefore = 6;
    first.painAfter = 3;
    first.note = QStringLiteral("Line one\r\nline \"two\"");
    Session second = session("2", "2026-12-02T07:00:00-05:00", "", {hold("a", HoldOutcome::Done)});
    second.activeMs = 60000;
    second.routineName = QStringLiteral("evening.json");
    second.painBefore = 0; // answered with 0: not the same as unanswered
    return {first, second};
}
} // namespace

TEST(HistoryTableTest, TsvHasTheFixedHeaderAndOneLinePerSession)
{
    EXPECT_EQ(
        HistoryTable::tsv(twoSessions()),
        QByteArray("started\tminutes\troutine\tdone\tskipped\thurt\tpain_before\tpain_after\n"
                   "2026-12-01T18:05:00+01:00\t12.6\tBack, \"hips\" and knees\t2\t1\t1\t6\t3\n"
                   "2026-12-02T07:00:00-05:00\t1.0\tevening.json\t1\t0\t0\t0\t\n"));
    EXPECT_EQ(
        HistoryTable::tsv({}),
        QByteArray("started\tminutes\troutine\tdone\tskipped\thurt\tpain_before\tpain_after\n"));
}

TEST(HistoryTableTest, CsvQuotesAndHasByteOrderMarkAndCrlf)
{
    EXPECT_EQ(HistoryTable::csv(twoSessions()),
              QByteArray("\xEF\xBB\xBF"
                         "Started,Minutes,Routine,Done,Skipped,Hurt,Pain before,Pain after,Note\r\n"
                         "2026-12-01T18:05:00+01:00,12.6,\"Back, \"\"hips\"\"\tand\nknees\",2,1,1,"
                         "6,3,\"Line one\r\nline \"\"two\"\"\"\r\n"
                         "2026-12-02T07:00:00-05:00,1.0,evening.json,1,0,0,0,,\r\n"));
}

TEST(HistoryTableTest, CsvTextThatLooksLikeAFormulaStaysText)
{
    Session noted = twoSessions().last();
    noted.routineName = QStringLiteral("=HYPERLINK(\"x\")");
    noted.note = QStringLiteral("-2 after the walk");
    const QByteArray csv = HistoryTable::csv({noted});
    EXPECT_TRUE(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\",")) << csv.constData();
    EXPECT_TRUE(csv.endsWith(",'-2 after the walk\r\n")) << csv.constData();
    EXPECT_FALSE(csv.contains(",=HYPERLINK"));
}

TEST(HistoryTableTest, SinceKeepsSessionsFromTheirOwnLocalDate)
{
    // 23:30 in New York on 30 November is already 1 December in UTC: still November there.
    const QList<Session> sessions = {session("1", "2026-11-30T23:30:00-05:00"),
                                     session("2", "2026-12-01T00:10:00+01:00")};
    EXPECT_EQ(ids(HistoryTable::since(sessions, QDate(2026, 12, 1))),
              QStringList{QStringLiteral("2")});
    EXPECT_EQ(HistoryTable::since(sessions, QDate(2026, 11, 30)).size(), 2);
}

TEST(HistoryTableTest, DataDoesNotFollowTheLocale)
{
    const QByteArray english = HistoryTable::tsv(twoSessions());
    const QLocale before;
    // German writes 12,6 and would split the CSV column; the table must not.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray german = HistoryTable::tsv(twoSessions());
    const QByteArray germanCsv = HistoryTable::csv(twoSessions());
    QLocale::setDefault(before);
    EXPECT_EQ(german, english);
    EXPECT_TRUE(germanCsv.contains(",12.6,")) << germanCsv.toStdString();
}
