#include "HeadlessCommands.h"

#include "Catalog.h"
#include "RoutineResolver.h"
#include "TestPaths.h"
#include "TimingPreferences.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

using namespace limber;

namespace {

class HeadlessCommandsTest : public testing::Test
{
protected:
    int run(const std::function<int(HeadlessCommands &)> &command)
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        HeadlessCommands commands(Catalog::builtIn(), resolver, preferences, outStream, errStream);
        return command(commands);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = directory.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QTemporaryDir directory;
    TimingPreferences preferences;
    RoutineResolver resolver{Catalog::builtIn(), directory.filePath(QStringLiteral("saved"))};
    QString out;
    QString err;
};

TEST_F(HeadlessCommandsTest, ListsEveryStretchWithStableColumns)
{
    EXPECT_EQ(run([](HeadlessCommands &c) { return c.listStretches(); }), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + Catalog::builtIn().stretches().size());
    EXPECT_EQ(lines.first(), QStringLiteral("id\tkind\tsided\thold_seconds\ttargets\tname"));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("knee-to-chest\thold\tyes\t")));
    EXPECT_TRUE(err.isEmpty());
}

TEST_F(HeadlessCommandsTest, PrintsTheSeedTimeline)
{
    EXPECT_EQ(run([](HeadlessCommands &c) { return c.printTimeline(QString()); }), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 3);
    EXPECT_EQ(lines.at(0), QStringLiteral("start_ms\tduration_ms\tkind\tstretch\tside"));
    EXPECT_EQ(lines.at(1), QStringLiteral("0\t120000\twarmup\twarm-up-march\tnone"));
    EXPECT_EQ(lines.at(2), QStringLiteral("120000\t5000\tprepare\tknee-to-chest\tleft"));
    EXPECT_EQ(lines.at(3), QStringLiteral("125000\t25000\thold\tknee-to-chest\tleft"));
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("total\t")));
    // Every row is contiguous with the one before, and the total is the last end.
    qint64 expectedStart = 0;
    for (qsizetype index = 1; index + 1 < lines.size(); ++index) {
        const QStringList fields = lines.at(index).split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 5);
        EXPECT_EQ(fields.at(0).toLongLong(), expectedStart);
        expectedStart += fields.at(1).toLongLong();
    }
    EXPECT_EQ(lines.last(), QStringLiteral("total\t%1").arg(expectedStart));
}

TEST_F(HeadlessCommandsTest, PrintsTheTimelineOfAFile)
{
    const QString path =
        writeFile(QStringLiteral("short.json"),
                  R"({"format":"limber-routine","version":1,"name":"Short","prepare_seconds":0,
            "warmup_seconds":0,"steps":[{"stretch":"cat-cow","hold_seconds":20}]})");
    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.printTimeline(path); }), 0);
    EXPECT_EQ(out, QStringLiteral("start_ms\tduration_ms\tkind\tstretch\tside\n"
                                  "0\t20000\tflow\tcat-cow\tnone\n"
                                  "total\t20000\n"));
}

TEST_F(HeadlessCommandsTest, UnknownRoutineIsRefusedWithExitCodeTwo)
{
    EXPECT_EQ(run([](HeadlessCommands &c) { return c.printTimeline(QStringLiteral("nope")); }), 2);
    EXPECT_TRUE(out.isEmpty());
    EXPECT_TRUE(err.startsWith(QStringLiteral("nope: ")));
}

TEST_F(HeadlessCommandsTest, ValidateAcceptsAGoodFile)
{
    const QString path = writeFile(
        QStringLiteral("good.json"),
        R"({"format":"limber-routine","version":1,"name":"Good","steps":[{"stretch":"butterfly"}]})");
    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.validate(path); }), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("Good")));
    EXPECT_TRUE(err.isEmpty());
}

TEST_F(HeadlessCommandsTest, ValidateNamesFileFieldAndReason)
{
    const QString path = writeFile(
        QStringLiteral("bad.json"),
        R"({"format":"limber-routine","version":1,"name":"Bad","steps":[{"stretch":"butterfly"},
            {"stretch":"cat-cow"},{"stretch":"figure-four","hold_seconds":1000}]})");
    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.validate(path); }), 2);
    EXPECT_EQ(err, path + QStringLiteral(": steps[2].hold_seconds: must be a whole number "
                                         "from 5 to 600\n"));
    EXPECT_TRUE(out.isEmpty());
}

} // namespace
