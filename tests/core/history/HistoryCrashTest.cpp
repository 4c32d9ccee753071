// Kills a writer at random moments, hundreds of times: every session it reported as saved
// must be in the file afterwards, and the file must read with at most one torn line.

#include "history/HistoryFile.h"

#include <csignal>
#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <sys/types.h>

using limber::HistoryFile;

namespace {
constexpr int runs = 200;
constexpr int maxDelayMs = 30;

// Ids from complete "saved <id>" lines; a line cut off by the kill proves nothing.
QSet<QString> savedIds(const QByteArray &output)
{
    QSet<QString> ids;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype index = 0; index + 1 < lines.size(); ++index) {
        if (lines.at(index).startsWith("saved "))
            ids.insert(QString::fromLatin1(lines.at(index).mid(6)));
    }
    return ids;
}
} // namespace

TEST(HistoryCrashTest, EverySessionReportedSavedSurvivesAKill)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Seeded from the clock, printed so a failing run can be repeated.
    const quint32 seed = QRandomGenerator::system()->generate();
    RecordProperty("seed", int(seed));
    QRandomGenerator random(seed);
    int killsMidWrite = 0;
    int savedTotal = 0;

    for (int run = 0; run < runs; ++run) {
        SCOPED_TRACE(testing::Message() << "run " << run << ", seed " << seed);
        const QString path = dir.filePath(QStringLiteral("run-%1.jsonl").arg(run));
        QProcess child;
        child.start(QStringLiteral(LIMBER_HISTORY_WRITER_CHILD), {path});
        ASSERT_TRUE(child.waitForStarted(5000)) << child.errorString().toStdString();
        // From its first "saved" on, so the kill falls amid appends rather than while the
        // child is still loading.
        ASSERT_TRUE(child.waitForReadyRead(5000)) << child.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(maxDelayMs + 1));
        ASSERT_EQ(::kill(pid_t(child.processId()), SIGKILL), 0);
        ASSERT_TRUE(child.waitForFinished(5000));
        // Killed, not stopped by a failed append of its own.
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit)
            << child.readAllStandardError().toStdString();

        const QSet<QString> saved = savedIds(child.readAllStandardOutput());
        savedTotal += int(saved.size());
        const HistoryFile::Contents contents = HistoryFile::read(path);
        QSet<QString> present;
        for (const limber::Session &session : contents.sessions)
            present.insert(session.id);
        for (const QString &id : saved)
            EXPECT_TRUE(present.contains(id)) << "lost " << id.toStdString();
        ASSERT_LE(contents.problems.size(), 1);
        if (!contents.problems.isEmpty()) {
            ++killsMidWrite;
            EXPECT_TRUE(HistoryFile::isTornLine(contents.problems.at(0)))
                << contents.problems.at(0).message().toStdString();
        }
    }
    RecordProperty("saved", savedTotal);
    RecordProperty("torn", killsMidWrite);
    std::printf("%d kills, %d sessions reported saved, %d torn lines\n", runs, savedTotal,
                killsMidWrite);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
