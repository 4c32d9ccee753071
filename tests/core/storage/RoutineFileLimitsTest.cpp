// Every numeric and length limit of the routine format, checked on both sides of its
// boundary, and the 1 MiB cap on the size of a file.

#include "model/Routine.h"
#include "QtPrinters.h"
#include "RoutineFileTestSupport.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <optional>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using limber::Routine;
using limber::RoutineFile;
using limber::RoutineReadResult;
using namespace limber::test;

// --- Limits ------------------------------------------------------------------------------

TEST(RoutineFileTest, HoldAcceptsFiveToSixHundred)
{
    for (int hold : {5, 600}) {
        SCOPED_TRACE(hold);
        const RoutineReadResult result = parse(withStepField("cat-cow", "hold_seconds", hold));
        ASSERT_TRUE(isAccepted(result));
        EXPECT_EQ(result.routine->steps.at(0).holdSeconds, hold);
    }
    for (int hold : {4, 601}) {
        SCOPED_TRACE(hold);
        EXPECT_TRUE(
            isRefusedWith(parse(withStepField("cat-cow", "hold_seconds", hold)), holdMessage(0)));
    }
}

TEST(RoutineFileTest, PrepareRestAndSwitchAcceptZeroToOneHundredTwenty)
{
    for (const char *key : {"prepare_seconds", "rest_seconds", "switch_seconds"}) {
        SCOPED_TRACE(key);
        for (int seconds : {0, 120}) {
            SCOPED_TRACE(seconds);
            const RoutineReadResult result = parse(with(minimalDocument(), key, seconds));
            ASSERT_TRUE(isAccepted(result));
            const Routine &routine = *result.routine;
            const std::optional<int> actual =
                QByteArray(key) == "prepare_seconds" ? routine.prepareSeconds
                : QByteArray(key) == "rest_seconds"  ? routine.restSeconds
                                                     : routine.switchSeconds;
            EXPECT_EQ(actual, seconds);
        }
        for (int seconds : {-1, 121}) {
            SCOPED_TRACE(seconds);
            EXPECT_TRUE(
                isRefusedWith(parse(with(minimalDocument(), key, seconds)), gapMessage(key)));
        }
    }
}

TEST(RoutineFileTest, WarmupAcceptsZeroToNineHundred)
{
    for (int seconds : {0, 900}) {
        SCOPED_TRACE(seconds);
        const RoutineReadResult result = parse(with(minimalDocument(), "warmup_seconds", seconds));
        ASSERT_TRUE(isAccepted(result));
        EXPECT_EQ(result.routine->warmupSeconds, seconds);
    }
    for (int seconds : {-1, 901}) {
        SCOPED_TRACE(seconds);
        EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "warmup_seconds", seconds)),
                                  warmupMessage));
    }
}

TEST(RoutineFileTest, RepeatAcceptsOneToTen)
{
    for (int repeat : {1, 10}) {
        SCOPED_TRACE(repeat);
        const RoutineReadResult result = parse(withStepField("cat-cow", "repeat", repeat));
        ASSERT_TRUE(isAccepted(result));
        EXPECT_EQ(result.routine->steps.at(0).repeat, repeat);
    }
    for (int repeat : {0, 11}) {
        SCOPED_TRACE(repeat);
        EXPECT_TRUE(
            isRefusedWith(parse(withStepField("cat-cow", "repeat", repeat)), repeatMessage(0)));
    }
}

TEST(RoutineFileTest, NameAcceptsUpToTwoHundredCharacters)
{
    const QString longest(200, QLatin1Char('n'));
    const RoutineReadResult result = parse(with(minimalDocument(), "name", longest));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->name, longest);

    const QString accented(200, QChar(0x00e9));
    EXPECT_TRUE(isAccepted(parse(with(minimalDocument(), "name", accented))));

    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "name", QString(201, QLatin1Char('n')))), nameMessage));
}

TEST(RoutineFileTest, EmptyOrWhitespaceOnlyNameIsRefused)
{
    for (const QString &name : {QString(), QStringLiteral(" "), QStringLiteral("  \t\n  ")}) {
        SCOPED_TRACE(name.toStdString());
        EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "name", name)), nameMessage));
    }
}

TEST(RoutineFileTest, NameIsTrimmed)
{
    const RoutineReadResult result =
        parse(with(minimalDocument(), "name", QStringLiteral("  Evening unwind \n")));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->name, QStringLiteral("Evening unwind"));
}

TEST(RoutineFileTest, StepsAcceptOneToTwoHundred)
{
    const RoutineReadResult result =
        parse(with(minimalDocument(), "steps", repeatedSteps(step("butterfly"), 200)));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->steps.size(), 200);

    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "steps", repeatedSteps(step("butterfly"), 201))),
        QStringLiteral("my.json: steps: must list from 1 to 200 steps (it lists 201)")));
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "steps", QJsonArray())),
        QStringLiteral("my.json: steps: must list from 1 to 200 steps (it lists 0)")));
}

TEST(RoutineFileTest, ParseAcceptsExactlyOneMebibyte)
{
    const qsizetype mebibyte = 1024 * 1024;
    const QByteArray exact = paddedDocument(mebibyte);
    ASSERT_EQ(exact.size(), mebibyte);
    EXPECT_TRUE(isAccepted(parse(exact)));

    const QByteArray oneMore = paddedDocument(mebibyte + 1);
    ASSERT_EQ(oneMore.size(), mebibyte + 1);
    EXPECT_TRUE(isRefusedWith(
        parse(oneMore),
        QStringLiteral("my.json: is larger than 1 MiB; a routine file is much smaller")));
}

TEST(RoutineFileTest, ReadAcceptsAFileOfExactlyOneMebibyte)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const qsizetype mebibyte = 1024 * 1024;

    const QString exactPath = dir.filePath(QStringLiteral("exact.json"));
    ASSERT_TRUE(writeFile(exactPath, paddedDocument(mebibyte)));
    ASSERT_EQ(QFile(exactPath).size(), mebibyte);
    EXPECT_TRUE(isAccepted(RoutineFile::read(exactPath, catalog())));

    const QString largerPath = dir.filePath(QStringLiteral("oversized.json"));
    ASSERT_TRUE(writeFile(largerPath, paddedDocument(mebibyte + 1)));
    ASSERT_EQ(QFile(largerPath).size(), mebibyte + 1);
    EXPECT_TRUE(isRefusedWith(
        RoutineFile::read(largerPath, catalog()),
        largerPath + QStringLiteral(": is larger than 1 MiB; a routine file is much smaller")));

    // Far larger files are refused the same way (and are not read whole).
    const QString hugePath = dir.filePath(QStringLiteral("huge.json"));
    ASSERT_TRUE(writeFile(hugePath, paddedDocument(8 * mebibyte)));
    EXPECT_TRUE(isRefusedWith(
        RoutineFile::read(hugePath, catalog()),
        hugePath + QStringLiteral(": is larger than 1 MiB; a routine file is much smaller")));
}
