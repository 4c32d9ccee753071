#include "storage/RoutineResolver.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "QtPrinters.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

using limber::Catalog;
using limber::Routine;
using limber::RoutineFile;
using limber::RoutineFileError;
using limber::RoutineReadResult;
using limber::RoutineResolver;
using limber::RoutineStep;
using limber::Sides;

namespace {

Routine routineNamed(const QString &name, const char *stretch)
{
    Routine routine;
    routine.name = name;
    routine.restSeconds = 12;
    routine.steps = {RoutineStep{QString::fromLatin1(stretch), 40, Sides::Both, 2}};
    return routine;
}

QStringList messagesOf(const RoutineReadResult &result)
{
    QStringList messages;
    for (const RoutineFileError &error : result.errors)
        messages.append(error.message());
    return messages;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

class RoutineResolverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_saved.isValid());
        ASSERT_TRUE(m_elsewhere.isValid());
    }

    RoutineResolver resolver() const { return RoutineResolver(Catalog::builtIn(), m_saved.path()); }

    QString save(const Routine &routine, const QString &fileName)
    {
        const QString path = m_saved.filePath(fileName);
        const auto error = RoutineFile::write(routine, path);
        EXPECT_FALSE(error.has_value()) << error->message().toStdString();
        return path;
    }

    QTemporaryDir m_saved;
    QTemporaryDir m_elsewhere;
};

void expectBuiltInRoutine(const RoutineReadResult &result)
{
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_TRUE(result.errors.isEmpty());
    const Routine &routine = *result.routine;
    ASSERT_EQ(routine.steps.size(), 10);
    EXPECT_EQ(routine.steps.first().stretchId, QStringLiteral("knee-to-chest"));
    EXPECT_EQ(routine.steps.last().stretchId, QStringLiteral("seated-spinal-twist"));
    EXPECT_EQ(routine, limber::builtin::backAndHips(Catalog::builtIn()));
}

} // namespace

TEST_F(RoutineResolverTest, EmptySpecGivesTheBuiltInRoutine)
{
    expectBuiltInRoutine(resolver().resolve(QString()));
}

TEST_F(RoutineResolverTest, BuiltInIdGivesTheBuiltInRoutine)
{
    expectBuiltInRoutine(resolver().resolve(QStringLiteral("back-and-hips")));
}

TEST_F(RoutineResolverTest, BuiltInRoutineNeverContainsTheWarmUpAsAStep)
{
    const RoutineReadResult result = resolver().resolve(QString());
    ASSERT_TRUE(result.ok());
    for (const RoutineStep &step : result.routine->steps)
        EXPECT_NE(step.stretchId, Catalog::warmUpId);
}

TEST_F(RoutineResolverTest, PathToAValidFileGivesThatRoutine)
{
    const Routine routine = routineNamed(QStringLiteral("From a file"), "figure-four");
    const QString path = m_elsewhere.filePath(QStringLiteral("from-a-file.json"));
    ASSERT_FALSE(RoutineFile::write(routine, path).has_value());

    const RoutineReadResult result = resolver().resolve(path);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_EQ(*result.routine, routine);
}

TEST_F(RoutineResolverTest, SavedRoutineIsFoundByItsNameIgnoringCase)
{
    const Routine evening = routineNamed(QStringLiteral("Evening Unwind"), "childs-pose");
    const Routine morning = routineNamed(QStringLiteral("Morning"), "cat-cow");
    save(evening, QStringLiteral("a-evening.json"));
    save(morning, QStringLiteral("b-morning.json"));
    // An unreadable neighbour must not stop the search.
    ASSERT_TRUE(writeFile(m_saved.filePath(QStringLiteral("0-broken.json")),
                          QByteArrayLiteral("{\"format\": \"limber-routine\",")));

    for (const QString &spec : {QStringLiteral("Evening Unwind"), QStringLiteral("evening unwind"),
                                QStringLiteral("EVENING UNWIND")}) {
        SCOPED_TRACE(spec.toStdString());
        const RoutineReadResult result = resolver().resolve(spec);
        ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
        EXPECT_EQ(*result.routine, evening);
    }
    const RoutineReadResult result = resolver().resolve(QStringLiteral("mOrNiNg"));
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_EQ(*result.routine, morning);
}

TEST_F(RoutineResolverTest, UnknownSpecIsRefusedNamingTheSpec)
{
    save(routineNamed(QStringLiteral("Morning"), "cat-cow"), QStringLiteral("morning.json"));
    const QString spec = QStringLiteral("no-such-routine");
    const RoutineReadResult result = resolver().resolve(spec);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.routine.has_value());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.at(0).file, spec);
    EXPECT_EQ(result.errors.at(0).message(),
              QStringLiteral(
                  "no-such-routine: is neither a built-in routine (back-and-hips, desk-break), a "
                  "saved routine, nor a file"));
}

TEST_F(RoutineResolverTest, UnknownSpecIsRefusedWhenTheSavedDirectoryDoesNotExist)
{
    const RoutineResolver missing(Catalog::builtIn(), m_saved.filePath(QStringLiteral("nope")));
    const RoutineReadResult result = missing.resolve(QStringLiteral("Evening"));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors.at(0).message().startsWith(QStringLiteral("Evening: ")));
}

TEST_F(RoutineResolverTest, InvalidFileGivesItsOwnValidationErrors)
{
    const QString path = m_elsewhere.filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeFile(
        path, QByteArrayLiteral(R"({"format": "limber-routine", "version": 1, "name": "Bad",)"
                                R"( "rest_seconds": 500,)"
                                R"( "steps": [{"stretch": "cat-cow", "hold_seconds": 2}]})")));

    const RoutineReadResult result = resolver().resolve(path);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.routine.has_value());
    EXPECT_EQ(messagesOf(result),
              (QStringList{path + QStringLiteral(": rest_seconds: must be a whole number from 0 "
                                                 "to 120"),
                           path + QStringLiteral(": steps[0].hold_seconds: must be a whole "
                                                 "number from 5 to 600")}));
    EXPECT_EQ(messagesOf(result), messagesOf(RoutineFile::read(path, Catalog::builtIn())));
}

TEST_F(RoutineResolverTest, InvalidSavedRoutineIsNotFoundByName)
{
    // A saved file that fails validation is skipped, not half-loaded.
    ASSERT_TRUE(writeFile(m_saved.filePath(QStringLiteral("broken.json")),
                          QByteArrayLiteral(R"({"format": "limber-routine", "version": 1,)"
                                            R"( "name": "Broken", "steps": []})")));
    const RoutineReadResult result = resolver().resolve(QStringLiteral("Broken"));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors.at(0).message().startsWith(QStringLiteral("Broken: ")));
}
