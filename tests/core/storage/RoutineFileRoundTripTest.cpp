// Routines survive serialize/parse and write/read unchanged; the design example reads field
// by field; reading names the path; writing replaces a file whole and leaves nothing behind.

#include "model/Routine.h"
#include "QtPrinters.h"
#include "RoutineFileTestSupport.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using limber::Routine;
using limber::RoutineFile;
using limber::RoutineReadResult;
using limber::RoutineStep;
using limber::Sides;
using namespace limber::test;

// --- Round trips -------------------------------------------------------------------------

TEST(RoutineFileTest, SerializeThenParseGivesAnEqualRoutine)
{
    const Routine routine = everyFieldRoutine();
    const RoutineReadResult result = parse(RoutineFile::serialize(routine));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(*result.routine, routine);
}

TEST(RoutineFileTest, UnsetTimingsStayUnsetThroughARoundTrip)
{
    Routine routine;
    routine.name = QStringLiteral("Only steps");
    routine.steps = {RoutineStep{QStringLiteral("butterfly"), std::nullopt, Sides::Both, 1}};
    const RoutineReadResult result = parse(RoutineFile::serialize(routine));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(*result.routine, routine);
    EXPECT_FALSE(result.routine->prepareSeconds.has_value());
    EXPECT_FALSE(result.routine->restSeconds.has_value());
    EXPECT_FALSE(result.routine->switchSeconds.has_value());
    EXPECT_FALSE(result.routine->warmupSeconds.has_value());
    EXPECT_FALSE(result.routine->steps.at(0).holdSeconds.has_value());
}

TEST(RoutineFileTest, SerializedFileNamesTheFormatAndVersion)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(RoutineFile::serialize(everyFieldRoutine()));
    ASSERT_TRUE(document.isObject());
    EXPECT_EQ(document.object().value(QStringLiteral("format")).toString(),
              QStringLiteral("limber-routine"));
    EXPECT_EQ(document.object().value(QStringLiteral("version")).toInt(), 1);
}

TEST(RoutineFileTest, WriteThenReadGivesTheRoutineBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    const Routine routine = everyFieldRoutine();

    const auto error = RoutineFile::write(routine, path);
    ASSERT_FALSE(error.has_value()) << error->message().toStdString();

    const RoutineReadResult result = RoutineFile::read(path, catalog());
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(*result.routine, routine);
}

TEST(RoutineFileTest, DesignExampleParsesFieldByField)
{
    const RoutineReadResult result = parse(designExample);
    ASSERT_TRUE(isAccepted(result));
    const Routine &routine = *result.routine;
    EXPECT_EQ(routine.name, QStringLiteral("Evening unwind"));
    EXPECT_EQ(routine.prepareSeconds, 5);
    EXPECT_EQ(routine.restSeconds, 10);
    EXPECT_EQ(routine.switchSeconds, 5);
    EXPECT_EQ(routine.warmupSeconds, 120);
    ASSERT_EQ(routine.steps.size(), 3);

    EXPECT_EQ(routine.steps[0].stretchId, QStringLiteral("knee-to-chest"));
    EXPECT_EQ(routine.steps[0].holdSeconds, 30);
    EXPECT_EQ(routine.steps[0].sides, Sides::Both);
    EXPECT_EQ(routine.steps[0].repeat, 1);

    EXPECT_EQ(routine.steps[1].stretchId, QStringLiteral("cat-cow"));
    EXPECT_EQ(routine.steps[1].holdSeconds, 30);
    EXPECT_EQ(routine.steps[1].sides, Sides::Both);
    EXPECT_EQ(routine.steps[1].repeat, 1);

    EXPECT_EQ(routine.steps[2].stretchId, QStringLiteral("childs-pose"));
    EXPECT_EQ(routine.steps[2].holdSeconds, std::nullopt);
    EXPECT_EQ(routine.steps[2].sides, Sides::Both);
    EXPECT_EQ(routine.steps[2].repeat, 2);

    Routine expected;
    expected.name = QStringLiteral("Evening unwind");
    expected.prepareSeconds = 5;
    expected.restSeconds = 10;
    expected.switchSeconds = 5;
    expected.warmupSeconds = 120;
    expected.steps = {
        RoutineStep{QStringLiteral("knee-to-chest"), 30, Sides::Both, 1},
        RoutineStep{QStringLiteral("cat-cow"), 30, Sides::Both, 1},
        RoutineStep{QStringLiteral("childs-pose"), std::nullopt, Sides::Both, 2},
    };
    EXPECT_EQ(routine, expected);
}

TEST(RoutineFileTest, MinimalDocumentIsAccepted)
{
    const RoutineReadResult result = parse(QByteArrayLiteral(
        R"({"format":"limber-routine","version":1,"name":"x","steps":[{"stretch":"cat-cow"}]})"));
    ASSERT_TRUE(isAccepted(result));
    Routine expected;
    expected.name = QStringLiteral("x");
    expected.steps = {RoutineStep{QStringLiteral("cat-cow"), std::nullopt, Sides::Both, 1}};
    EXPECT_EQ(*result.routine, expected);
}

TEST(RoutineFileTest, WholeNumbersWrittenWithAFractionPartAreAccepted)
{
    const RoutineReadResult result = parse(QByteArrayLiteral(
        R"({"format":"limber-routine","version":1.0,"name":"x","rest_seconds":30.0,)"
        R"("steps":[{"stretch":"cat-cow","hold_seconds":30.0,"repeat":2.0}]})"));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->restSeconds, 30);
    EXPECT_EQ(result.routine->steps.at(0).holdSeconds, 30);
    EXPECT_EQ(result.routine->steps.at(0).repeat, 2);
}

// --- Files ---------------------------------------------------------------------------------

TEST(RoutineFileTest, ReadingAMissingFileNamesThePath)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-routine.json"));
    const RoutineReadResult result = RoutineFile::read(path, catalog());
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.routine.has_value());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.at(0).file, path);
    EXPECT_TRUE(
        result.errors.at(0).message().startsWith(path + QStringLiteral(": cannot be opened")))
        << result.errors.at(0).message().toStdString();
}

TEST(RoutineFileTest, ReadNamesThePathInValidationMessages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad-hold.json"));
    ASSERT_TRUE(
        writeFile(path, QJsonDocument(withStepField("cat-cow", "hold_seconds", 601)).toJson()));
    EXPECT_TRUE(isRefusedWith(
        RoutineFile::read(path, catalog()),
        path + QStringLiteral(": steps[0].hold_seconds: must be a whole number from 5 to 600")));
}

TEST(RoutineFileTest, WriteIntoAMissingDirectoryFailsAndCreatesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missingDir = dir.filePath(QStringLiteral("missing"));
    const QString path = missingDir + QStringLiteral("/routine.json");

    const auto error = RoutineFile::write(everyFieldRoutine(), path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_TRUE(error->message().startsWith(path + QStringLiteral(": cannot be written")))
        << error->message().toStdString();

    EXPECT_FALSE(QFileInfo::exists(missingDir));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(
        QDir(dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
            .isEmpty());
}

TEST(RoutineFileTest, WriteReplacesALongerFileEntirely)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    Routine longRoutine = everyFieldRoutine();
    for (int index = 0; index < 150; ++index)
        longRoutine.steps.append(RoutineStep{QStringLiteral("happy-baby"), 120, Sides::Both, 4});
    ASSERT_FALSE(RoutineFile::write(longRoutine, path).has_value());
    const qint64 longSize = QFileInfo(path).size();

    Routine shortRoutine;
    shortRoutine.name = QStringLiteral("Short");
    shortRoutine.steps = {RoutineStep{QStringLiteral("cat-cow"), std::nullopt, Sides::Both, 1}};
    ASSERT_FALSE(RoutineFile::write(shortRoutine, path).has_value());

    EXPECT_LT(QFileInfo(path).size(), longSize);
    EXPECT_EQ(readFile(path), RoutineFile::serialize(shortRoutine));
    const RoutineReadResult result = RoutineFile::read(path, catalog());
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(*result.routine, shortRoutine);
    // Nothing but the routine itself is left in the directory (no temporary files).
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("routine.json")});
}

TEST(RoutineFileTest, WriteReplacesAFileThatWasNotARoutine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    ASSERT_TRUE(writeFile(path, QByteArray(64 * 1024, 'z')));
    const Routine routine = everyFieldRoutine();
    ASSERT_FALSE(RoutineFile::write(routine, path).has_value());
    EXPECT_EQ(readFile(path), RoutineFile::serialize(routine));
}
