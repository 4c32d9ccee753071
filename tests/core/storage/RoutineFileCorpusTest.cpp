#include "model/Catalog.h"
#include "QtPrinters.h"
#include "storage/RoutineFile.h"
#include "TestPaths.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>

using limber::Catalog;
using limber::RoutineFile;
using limber::RoutineFileError;
using limber::RoutineReadResult;

namespace {

// How many files tests/data/{invalid,valid} held when the corpus was written; an emptied or
// misplaced corpus must fail rather than pass by testing nothing.
constexpr qsizetype minimumInvalidFiles = 45;
constexpr qsizetype minimumValidFiles = 8;

QFileInfoList corpus(const QString &directory)
{
    const QDir dir(limber::test::dataPath(directory));
    return dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST(RoutineFileCorpusTest, InvalidCorpusIsThere)
{
    EXPECT_GE(corpus(QStringLiteral("invalid")).size(), minimumInvalidFiles)
        << limber::test::dataPath(QStringLiteral("invalid")).toStdString();
}

TEST(RoutineFileCorpusTest, ValidCorpusIsThere)
{
    EXPECT_GE(corpus(QStringLiteral("valid")).size(), minimumValidFiles)
        << limber::test::dataPath(QStringLiteral("valid")).toStdString();
}

TEST(RoutineFileCorpusTest, EveryInvalidFileIsRefusedWithItsPathInTheMessages)
{
    for (const QFileInfo &file : corpus(QStringLiteral("invalid"))) {
        const QString path = file.filePath();
        SCOPED_TRACE(path.toStdString());
        const RoutineReadResult result = RoutineFile::read(path, Catalog::builtIn());
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(result.routine.has_value());
        ASSERT_FALSE(result.errors.isEmpty());
        const QString prefix = path + QStringLiteral(": ");
        for (const RoutineFileError &error : result.errors) {
            EXPECT_TRUE(error.message().startsWith(prefix)) << error.message().toStdString();
            EXPECT_GT(error.message().size(), prefix.size()) << "no reason given";
        }
    }
}

TEST(RoutineFileCorpusTest, EveryValidFileIsAccepted)
{
    for (const QFileInfo &file : corpus(QStringLiteral("valid"))) {
        const QString path = file.filePath();
        SCOPED_TRACE(path.toStdString());
        const RoutineReadResult result = RoutineFile::read(path, Catalog::builtIn());
        EXPECT_TRUE(result.ok()) << result.errorText().toStdString();
        EXPECT_TRUE(result.errors.isEmpty()) << result.errorText().toStdString();
        if (result.ok()) {
            EXPECT_FALSE(result.routine->name.isEmpty());
            EXPECT_FALSE(result.routine->steps.isEmpty());
        }
    }
}

TEST(RoutineFileCorpusTest, ValidFilesSurviveARoundTrip)
{
    for (const QFileInfo &file : corpus(QStringLiteral("valid"))) {
        SCOPED_TRACE(file.filePath().toStdString());
        const RoutineReadResult result = RoutineFile::read(file.filePath(), Catalog::builtIn());
        ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
        const RoutineReadResult again = RoutineFile::parse(RoutineFile::serialize(*result.routine),
                                                           file.fileName(), Catalog::builtIn());
        ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
        EXPECT_EQ(*again.routine, *result.routine);
    }
}
