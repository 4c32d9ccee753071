#include "shell/HeadlessCommands.h"

#include "model/Catalog.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"
#include "QtPrinters.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineResolver.h"
#include "storage/RoutineStore.h"
#include "TestPaths.h"

#include <gtest/gtest.h>
#include <QDir>
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
        HeadlessCommands commands(catalog, resolver, store, preferences, outStream, errStream);
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

    QStringList savedFiles() const
    {
        return QDir(directory.filePath(QStringLiteral("saved"))).entryList(QDir::Files);
    }

    QTemporaryDir directory;
    TimingPreferences preferences;
    // The built-in stretches; a test adds the user's own or placeholders.
    Catalog catalog = Catalog::builtIn();
    RoutineResolver resolver{catalog, directory.filePath(QStringLiteral("saved"))};
    RoutineStore store{catalog, directory.filePath(QStringLiteral("saved"))};
    QString out;
    QString err;
};

TEST_F(HeadlessCommandsTest, ListsEveryStretchWithStableColumns)
{
    EXPECT_EQ(run([](HeadlessCommands &c) { return c.listStretches(); }), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + Catalog::builtIn().stretches().size());
    EXPECT_EQ(lines.first(),
              QStringLiteral("id\tkind\tsided\thold_seconds\ttargets\tname\torigin"));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("knee-to-chest\thold\tyes\t")));
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral("\tKnee to chest\tbuilt-in")));
    EXPECT_TRUE(err.isEmpty());
}

TEST_F(HeadlessCommandsTest, ListsOwnAndMissingStretchesMarkedAfterTheBuiltInOnes)
{
    catalog.setOwnStretches(
        {Stretch::own(QStringLiteral("hamstring-floss"),
                      WrittenText{QStringLiteral("Hamstring floss"), {}, {}, {}},
                      {BodyArea::Hamstrings}, StretchKind::Flow, true, 45, {})});
    catalog.setMissingStretches(
        {Stretch::missing(QStringLiteral("wall-calf"), QStringLiteral("Calf against the wall"))});
    EXPECT_EQ(run([](HeadlessCommands &c) { return c.listStretches(); }), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + Catalog::builtIn().stretches().size() + 2);
    EXPECT_EQ(lines.at(lines.size() - 2),
              QStringLiteral("hamstring-floss\tflow\tyes\t45\thamstrings\tHamstring floss\town"));
    EXPECT_EQ(lines.last(),
              QStringLiteral("wall-calf\thold\tno\t30\t\tCalf against the wall\tmissing"));
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

const QByteArray eveningUnwind = R"({"format":"limber-routine","version":1,
    "name":"Evening unwind","steps":[{"stretch":"figure-four","sides":"left"},{"stretch":"cat-cow"}]})";

TEST_F(HeadlessCommandsTest, ImportStoresTheRoutineUnderAUniqueName)
{
    const QString path = writeFile(QStringLiteral("evening.json"), eveningUnwind);
    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.importRoutine(path); }), 0);
    EXPECT_EQ(out, QStringLiteral("Imported \"Evening unwind\" as evening-unwind\n"));
    EXPECT_TRUE(err.isEmpty());

    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.importRoutine(path); }), 0);
    EXPECT_EQ(out, QStringLiteral("Imported \"Evening unwind (2)\" as evening-unwind-2\n"));
    EXPECT_EQ(savedFiles(), (QStringList{QStringLiteral("evening-unwind-2.json"),
                                         QStringLiteral("evening-unwind.json")}));
    // The saved routine is found by its name from then on.
    EXPECT_EQ(run([](HeadlessCommands &c) {
                  return c.printTimeline(QStringLiteral("evening unwind (2)"));
              }),
              0);
}

TEST_F(HeadlessCommandsTest, ImportOfABadFileExitsTwoAndStoresNothing)
{
    const QString path = writeFile(
        QStringLiteral("bad.json"),
        R"({"format":"limber-routine","version":1,"name":"Bad","steps":[{"stretch":"nope"}]})");
    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.importRoutine(path); }), 2);
    EXPECT_EQ(err, RoutineFile::read(path, Catalog::builtIn()).errorText() + QLatin1Char('\n'));
    EXPECT_TRUE(err.startsWith(path + QStringLiteral(": steps[0].stretch: ")));
    EXPECT_TRUE(out.isEmpty());
    EXPECT_FALSE(QFile::exists(directory.filePath(QStringLiteral("saved"))));
}

TEST_F(HeadlessCommandsTest, ImportThatCannotBeWrittenExitsOne)
{
    const QString path = writeFile(QStringLiteral("evening.json"), eveningUnwind);
    writeFile(QStringLiteral("saved"), "a file where the folder should be");
    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.importRoutine(path); }), 1);
    EXPECT_TRUE(err.startsWith(directory.filePath(QStringLiteral("saved")))) << err.toStdString();
    EXPECT_TRUE(out.isEmpty());
}

TEST_F(HeadlessCommandsTest, ExportWritesEveryTimingSoItPlaysTheSameAnywhere)
{
    preferences.defaultHoldSeconds = 40;
    preferences.holdOverrides.insert(QStringLiteral("cat-cow"), 55);
    preferences.warmupSeconds = 0;
    preferences.restSeconds = 4;
    const QString saved = writeFile(QStringLiteral("evening.json"), eveningUnwind);
    ASSERT_EQ(run([&](HeadlessCommands &c) { return c.importRoutine(saved); }), 0);

    for (const QString &spec : {QString(), QStringLiteral("Evening unwind"), saved}) {
        SCOPED_TRACE(spec.toStdString());
        const QString path = directory.filePath(QStringLiteral("exported.json"));
        EXPECT_EQ(run([&](HeadlessCommands &c) { return c.exportRoutine(spec, path); }), 0);
        EXPECT_TRUE(err.isEmpty()) << err.toStdString();
        EXPECT_TRUE(out.endsWith(QStringLiteral(" to %1\n").arg(path)));
        const RoutineReadResult exported = RoutineFile::read(path, Catalog::builtIn());
        ASSERT_TRUE(exported.ok()) << exported.errorText().toStdString();
        const Routine original = *resolver.resolve(spec).routine;
        EXPECT_EQ(Timeline::build(*exported.routine, TimingPreferences{}, Catalog::builtIn()),
                  Timeline::build(original, preferences, Catalog::builtIn()));
    }
}

TEST_F(HeadlessCommandsTest, ExportOfAnUnknownRoutineExitsTwo)
{
    const QString path = directory.filePath(QStringLiteral("exported.json"));
    EXPECT_EQ(
        run([&](HeadlessCommands &c) { return c.exportRoutine(QStringLiteral("nope"), path); }), 2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("nope: "))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(HeadlessCommandsTest, ExportThatCannotBeWrittenExitsOne)
{
    const QString path = directory.filePath(QStringLiteral("missing/exported.json"));
    EXPECT_EQ(run([&](HeadlessCommands &c) { return c.exportRoutine(QString(), path); }), 1);
    EXPECT_TRUE(err.startsWith(path + QStringLiteral(": cannot be written: ")))
        << err.toStdString();
    EXPECT_TRUE(out.isEmpty());
}

} // namespace
