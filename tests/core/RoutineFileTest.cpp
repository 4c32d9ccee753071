#include "RoutineFile.h"

#include "Catalog.h"
#include "QtPrinters.h"
#include "Routine.h"

#include <gtest/gtest.h>
#include <limits>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using limber::Catalog;
using limber::Routine;
using limber::RoutineFile;
using limber::RoutineFileError;
using limber::RoutineReadResult;
using limber::RoutineStep;
using limber::Sides;

namespace {

const QString label = QStringLiteral("my.json");

const Catalog &catalog()
{
    return Catalog::builtIn();
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QStringList messagesOf(const RoutineReadResult &result)
{
    QStringList messages;
    for (const RoutineFileError &error : result.errors)
        messages.append(error.message());
    return messages;
}

// A refusal gives no routine at all and exactly the expected messages, in order.
::testing::AssertionResult isRefusedWith(const RoutineReadResult &result,
                                         const QStringList &expected)
{
    if (result.ok() || result.routine.has_value())
        return ::testing::AssertionFailure()
               << "was accepted, expected refusal with ["
               << expected.join(QStringLiteral(" | ")).toStdString() << "]";
    const QStringList actual = messagesOf(result);
    if (actual != expected)
        return ::testing::AssertionFailure()
               << "messages were\n  [" << actual.join(QStringLiteral(" | ")).toStdString()
               << "]\nexpected\n  [" << expected.join(QStringLiteral(" | ")).toStdString() << "]";
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult isRefusedWith(const RoutineReadResult &result, const QString &expected)
{
    return isRefusedWith(result, QStringList{expected});
}

::testing::AssertionResult isAccepted(const RoutineReadResult &result)
{
    if (!result.ok())
        return ::testing::AssertionFailure() << "was refused:\n"
                                             << result.errorText().toStdString();
    if (!result.errors.isEmpty())
        return ::testing::AssertionFailure() << "was accepted but reported errors:\n"
                                             << result.errorText().toStdString();
    return ::testing::AssertionSuccess();
}

RoutineReadResult parse(const QByteArray &json)
{
    return RoutineFile::parse(json, label, catalog());
}

RoutineReadResult parse(const QJsonObject &object)
{
    return parse(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QJsonObject step(const char *stretch)
{
    return QJsonObject{{QStringLiteral("stretch"), text(stretch)}};
}

// {"format":"limber-routine","version":1,"name":"x","steps":[{"stretch":"cat-cow"}]}
QJsonObject minimalDocument()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("limber-routine")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("x")},
        {QStringLiteral("steps"), QJsonArray{step("cat-cow")}},
    };
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    object.insert(text(key), value);
    return object;
}

QJsonObject without(QJsonObject object, const char *key)
{
    object.remove(text(key));
    return object;
}

// The minimal document whose only step is `stepObject`.
QJsonObject withStep(const QJsonObject &stepObject)
{
    return with(minimalDocument(), "steps", QJsonArray{stepObject});
}

QJsonObject withStepField(const char *stretch, const char *key, const QJsonValue &value)
{
    return withStep(with(step(stretch), key, value));
}

QJsonArray repeatedSteps(const QJsonObject &stepObject, int count)
{
    QJsonArray steps;
    for (int index = 0; index < count; ++index)
        steps.append(stepObject);
    return steps;
}

QString holdMessage(int index)
{
    return QStringLiteral("my.json: steps[%1].hold_seconds: must be a whole number from 5 to 600")
        .arg(index);
}

QString repeatMessage(int index)
{
    return QStringLiteral("my.json: steps[%1].repeat: must be a whole number from 1 to 10")
        .arg(index);
}

QString gapMessage(const char *key)
{
    return QStringLiteral("my.json: %1: must be a whole number from 0 to 120").arg(text(key));
}

const QString warmupMessage =
    QStringLiteral("my.json: warmup_seconds: must be a whole number from 0 to 900");
const QString nameMessage = QStringLiteral("my.json: name: must be text of 1 to 200 characters");
const QString sidesMessage =
    QStringLiteral("my.json: steps[0].sides: must be \"both\", \"left\" or \"right\"");

// The valid minimal document padded with spaces after its end to exactly `size` bytes.
QByteArray paddedDocument(qsizetype size)
{
    QByteArray json = QJsonDocument(minimalDocument()).toJson(QJsonDocument::Compact);
    json.append(QByteArray(size - json.size(), ' '));
    return json;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Uses every field of the format.
Routine everyFieldRoutine()
{
    Routine routine;
    routine.name = QStringLiteral("Morning hips \u2014 \u00e9tirements \u2713");
    routine.prepareSeconds = 7;
    routine.restSeconds = 15;
    routine.switchSeconds = 3;
    routine.warmupSeconds = 90;
    routine.steps = {
        RoutineStep{QStringLiteral("knee-to-chest"), 45, Sides::Left, 3},
        RoutineStep{QStringLiteral("runners-lunge"), std::nullopt, Sides::Right, 1},
        RoutineStep{QStringLiteral("figure-four"), 600, Sides::Both, 10},
        RoutineStep{QStringLiteral("cat-cow"), std::nullopt, Sides::Both, 1},
        RoutineStep{QStringLiteral("childs-pose"), 5, Sides::Both, 2},
        RoutineStep{QStringLiteral("warm-up-march"), 60, Sides::Both, 1},
    };
    return routine;
}

const QByteArray designExample = QByteArrayLiteral(R"({
  "format": "limber-routine",
  "version": 1,
  "name": "Evening unwind",
  "prepare_seconds": 5,
  "rest_seconds": 10,
  "switch_seconds": 5,
  "warmup_seconds": 120,
  "steps": [
    {"stretch": "knee-to-chest", "hold_seconds": 30, "sides": "both"},
    {"stretch": "cat-cow", "hold_seconds": 30},
    {"stretch": "childs-pose", "repeat": 2}
  ]
}
)");

} // namespace

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

// --- Wrong types -------------------------------------------------------------------------

TEST(RoutineFileTest, TextWhereANumberBelongsIsRefused)
{
    for (const char *key : {"prepare_seconds", "rest_seconds", "switch_seconds"}) {
        SCOPED_TRACE(key);
        EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), key, QStringLiteral("5"))),
                                  gapMessage(key)));
    }
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "warmup_seconds", QStringLiteral("120"))), warmupMessage));
    EXPECT_TRUE(isRefusedWith(parse(withStepField("cat-cow", "hold_seconds", QStringLiteral("30"))),
                              holdMessage(0)));
    EXPECT_TRUE(isRefusedWith(parse(withStepField("cat-cow", "repeat", QStringLiteral("2"))),
                              repeatMessage(0)));
}

TEST(RoutineFileTest, OtherNonNumbersWhereANumberBelongsAreRefused)
{
    for (const QJsonValue &value :
         {QJsonValue(QJsonValue::Null), QJsonValue(true), QJsonValue(QJsonArray{30}),
          QJsonValue(QJsonObject{{QStringLiteral("seconds"), 30}})}) {
        SCOPED_TRACE(QJsonDocument(QJsonArray{value}).toJson().toStdString());
        EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "rest_seconds", value)),
                                  gapMessage("rest_seconds")));
        EXPECT_TRUE(
            isRefusedWith(parse(withStepField("cat-cow", "hold_seconds", value)), holdMessage(0)));
    }
}

TEST(RoutineFileTest, NumberForTheNameIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "name", 42)), nameMessage));
    EXPECT_TRUE(
        isRefusedWith(parse(with(minimalDocument(), "name", QJsonValue::Null)), nameMessage));
    EXPECT_TRUE(
        isRefusedWith(parse(with(minimalDocument(), "name", QJsonArray{QStringLiteral("Evening")})),
                      nameMessage));
}

TEST(RoutineFileTest, ObjectForTheStepsIsRefused)
{
    const QString message = QStringLiteral("my.json: steps: must be a list of steps");
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "steps", step("cat-cow"))), message));
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "steps", QJsonValue::Null)), message));
    EXPECT_TRUE(
        isRefusedWith(parse(with(minimalDocument(), "steps", QStringLiteral("cat-cow"))), message));
}

TEST(RoutineFileTest, NumberForAStepIsRefused)
{
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "steps", QJsonArray{step("cat-cow"), 7})),
        QStringLiteral("my.json: steps[1]: must be an object such as {\"stretch\": \"cat-cow\"}")));
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "steps", QJsonArray{QStringLiteral("cat-cow")})),
        QStringLiteral("my.json: steps[0]: must be an object such as {\"stretch\": \"cat-cow\"}")));
}

TEST(RoutineFileTest, ArrayForTheStretchIsRefused)
{
    const QString message =
        QStringLiteral("my.json: steps[0].stretch: must be a stretch id (text)");
    EXPECT_TRUE(isRefusedWith(parse(withStep(QJsonObject{{QStringLiteral("stretch"),
                                                          QJsonArray{QStringLiteral("cat-cow")}}})),
                              message));
    EXPECT_TRUE(
        isRefusedWith(parse(withStep(QJsonObject{{QStringLiteral("stretch"), 7}})), message));
    EXPECT_TRUE(isRefusedWith(
        parse(withStep(QJsonObject{{QStringLiteral("stretch"), QJsonValue::Null}})), message));
}

TEST(RoutineFileTest, NonTextSidesAreRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(withStepField("knee-to-chest", "sides", 1)), sidesMessage));
    EXPECT_TRUE(isRefusedWith(parse(withStepField("knee-to-chest", "sides", true)), sidesMessage));
}

// --- Numbers that are not whole or out of any range --------------------------------------

TEST(RoutineFileTest, FractionalNumbersAreRefused)
{
    EXPECT_TRUE(
        isRefusedWith(parse(withStepField("cat-cow", "hold_seconds", 30.5)), holdMessage(0)));
    EXPECT_TRUE(isRefusedWith(parse(withStepField("cat-cow", "repeat", 1.5)), repeatMessage(0)));
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "rest_seconds", 30.5)),
                              gapMessage("rest_seconds")));
    EXPECT_TRUE(isRefusedWith(
        parse(QByteArrayLiteral(R"({"format":"limber-routine","version":1,"name":"x",)"
                                R"("steps":[{"stretch":"cat-cow","hold_seconds":30.5}]})")),
        holdMessage(0)));
}

TEST(RoutineFileTest, HugeNumbersAreRefused)
{
    for (double huge : {1e308, -1e308, 1e20, -1e20, 2147483648.0, 4294967296.0 + 30}) {
        SCOPED_TRACE(huge);
        EXPECT_TRUE(
            isRefusedWith(parse(withStepField("cat-cow", "hold_seconds", huge)), holdMessage(0)));
        EXPECT_TRUE(
            isRefusedWith(parse(withStepField("cat-cow", "repeat", huge)), repeatMessage(0)));
        EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "prepare_seconds", huge)),
                                  gapMessage("prepare_seconds")));
        EXPECT_TRUE(
            isRefusedWith(parse(with(minimalDocument(), "warmup_seconds", huge)), warmupMessage));
    }
}

TEST(RoutineFileTest, HugeNumbersWrittenLiterallyAreRefused)
{
    for (const QByteArray &literal :
         {QByteArrayLiteral("1e308"), QByteArrayLiteral("-1e308"),
          QByteArrayLiteral("99999999999999999999999"), QByteArrayLiteral("9223372036854775808")}) {
        SCOPED_TRACE(literal.toStdString());
        const QByteArray json = QByteArrayLiteral(R"({"format":"limber-routine","version":1,)") +
                                QByteArrayLiteral(R"("name":"x","steps":[{"stretch":"cat-cow",)") +
                                QByteArrayLiteral(R"("hold_seconds":)") + literal +
                                QByteArrayLiteral("}]}");
        EXPECT_TRUE(isRefusedWith(parse(json), holdMessage(0)));
    }
}

TEST(RoutineFileTest, NegativeNumbersAreRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "rest_seconds", -5)),
                              gapMessage("rest_seconds")));
    EXPECT_TRUE(
        isRefusedWith(parse(withStepField("cat-cow", "hold_seconds", -30)), holdMessage(0)));
    EXPECT_TRUE(isRefusedWith(parse(withStepField("cat-cow", "repeat", -1)), repeatMessage(0)));
    EXPECT_TRUE(
        isRefusedWith(parse(with(minimalDocument(), "warmup_seconds", -120)), warmupMessage));
}

// --- Unknown things ----------------------------------------------------------------------

TEST(RoutineFileTest, UnknownStretchIdIsRefused)
{
    EXPECT_TRUE(
        isRefusedWith(parse(withStep(step("toe-touch"))),
                      QStringLiteral("my.json: steps[0].stretch: unknown stretch id \"toe-touch\" "
                                     "(limber --list-stretches shows the ids)")));
    // Ids are matched exactly.
    EXPECT_TRUE(
        isRefusedWith(parse(withStep(step("Cat-Cow"))),
                      QStringLiteral("my.json: steps[0].stretch: unknown stretch id \"Cat-Cow\" "
                                     "(limber --list-stretches shows the ids)")));
    EXPECT_TRUE(isRefusedWith(parse(withStep(step(""))),
                              QStringLiteral("my.json: steps[0].stretch: unknown stretch id \"\" "
                                             "(limber --list-stretches shows the ids)")));
}

TEST(RoutineFileTest, EveryBuiltInStretchIdIsAccepted)
{
    for (const auto &stretch : catalog().stretches()) {
        SCOPED_TRACE(stretch.id().toStdString());
        const RoutineReadResult result =
            parse(withStep(QJsonObject{{QStringLiteral("stretch"), stretch.id()}}));
        ASSERT_TRUE(isAccepted(result));
        EXPECT_EQ(result.routine->steps.at(0).stretchId, stretch.id());
    }
}

TEST(RoutineFileTest, UnknownTopLevelFieldIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "colour", QStringLiteral("blue"))),
                              QStringLiteral("my.json: colour: is not a known field")));
    // A misspelt field is not silently ignored.
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "rest_second", 10)),
                              QStringLiteral("my.json: rest_second: is not a known field")));
}

TEST(RoutineFileTest, UnknownStepFieldIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(withStepField("cat-cow", "colour", QStringLiteral("blue"))),
                              QStringLiteral("my.json: steps[0].colour: is not a known field")));
    EXPECT_TRUE(isRefusedWith(parse(withStepField("cat-cow", "hold", 30)),
                              QStringLiteral("my.json: steps[0].hold: is not a known field")));
}

// --- Header --------------------------------------------------------------------------------

TEST(RoutineFileTest, MissingFormatIsRefused)
{
    EXPECT_TRUE(
        isRefusedWith(parse(without(minimalDocument(), "format")),
                      QStringLiteral("my.json: format: is missing; a routine file starts with "
                                     "\"format\": \"limber-routine\"")));
}

TEST(RoutineFileTest, WrongFormatIsRefused)
{
    const QString message = QStringLiteral("my.json: format: must be \"limber-routine\"");
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "format", QStringLiteral("other-app-playlist"))), message));
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "format", QStringLiteral("Limber-Routine"))), message));
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "format", 1)), message));
}

TEST(RoutineFileTest, MissingVersionIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(without(minimalDocument(), "version")),
                              QStringLiteral("my.json: version: is missing")));
}

TEST(RoutineFileTest, OtherVersionIsRefused)
{
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "version", 2)),
        QStringLiteral("my.json: version: unsupported version 2; this Limber reads version 1")));
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "version", 0)),
        QStringLiteral("my.json: version: unsupported version 0; this Limber reads version 1")));
    EXPECT_TRUE(isRefusedWith(
        parse(with(minimalDocument(), "version", 1.5)),
        QStringLiteral("my.json: version: unsupported version 1.5; this Limber reads version 1")));
}

TEST(RoutineFileTest, VersionAsTextIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "version", QStringLiteral("1"))),
                              QStringLiteral("my.json: version: unsupported version (not a "
                                             "number); this Limber reads version 1")));
}

TEST(RoutineFileTest, FileOfAnotherFormatIsRefusedWithoutJudgingItsFields)
{
    // The fields of a file of another format or version mean nothing: only the header is named.
    QJsonObject object = with(minimalDocument(), "version", 2);
    object = with(object, "rest_seconds", 500);
    object = with(object, "steps", QJsonArray{step("toe-touch")});
    EXPECT_TRUE(isRefusedWith(
        parse(object),
        QStringLiteral("my.json: version: unsupported version 2; this Limber reads version 1")));
}

TEST(RoutineFileTest, MissingNameIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(without(minimalDocument(), "name")),
                              QStringLiteral("my.json: name: is missing")));
}

TEST(RoutineFileTest, MissingStepsAreRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(without(minimalDocument(), "steps")),
                              QStringLiteral("my.json: steps: is missing")));
}

TEST(RoutineFileTest, StepWithoutAStretchIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(withStep(QJsonObject{{QStringLiteral("hold_seconds"), 30}})),
                              QStringLiteral("my.json: steps[0].stretch: is missing")));
}

// --- Sides ---------------------------------------------------------------------------------

TEST(RoutineFileTest, UnknownSidesValueIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(withStepField("knee-to-chest", "sides", QStringLiteral("up"))),
                              sidesMessage));
    EXPECT_TRUE(isRefusedWith(
        parse(withStepField("knee-to-chest", "sides", QStringLiteral("Left"))), sidesMessage));
}

TEST(RoutineFileTest, OneSideOfAnUnsidedStretchIsRefused)
{
    EXPECT_TRUE(isRefusedWith(
        parse(withStepField("cat-cow", "sides", QStringLiteral("left"))),
        QStringLiteral("my.json: steps[0].sides: cat-cow has no sides; only \"both\" is allowed")));
    EXPECT_TRUE(isRefusedWith(
        parse(withStepField("butterfly", "sides", QStringLiteral("right"))),
        QStringLiteral(
            "my.json: steps[0].sides: butterfly has no sides; only \"both\" is allowed")));
}

TEST(RoutineFileTest, BothSidesOfAnUnsidedStretchIsAccepted)
{
    const RoutineReadResult result =
        parse(withStepField("cat-cow", "sides", QStringLiteral("both")));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->steps.at(0).sides, Sides::Both);
}

TEST(RoutineFileTest, EachSideOfASidedStretchIsAccepted)
{
    const std::pair<const char *, Sides> cases[] = {
        {"both", Sides::Both}, {"left", Sides::Left}, {"right", Sides::Right}};
    for (const auto &[key, sides] : cases) {
        SCOPED_TRACE(key);
        const RoutineReadResult result = parse(withStepField("knee-to-chest", "sides", text(key)));
        ASSERT_TRUE(isAccepted(result));
        EXPECT_EQ(result.routine->steps.at(0).sides, sides);
    }
}

// --- Not a routine at all ------------------------------------------------------------------

TEST(RoutineFileTest, BadJsonIsRefusedWithOneMessage)
{
    const QString prefix = QStringLiteral("my.json: is not valid JSON:");
    for (const QByteArray &json :
         {QByteArrayLiteral(R"({"format":"limber-routine","version":1,)"),
          QByteArrayLiteral(R"({"format":"limber-routine" "version":1})"),
          QByteArrayLiteral(R"({"format":'limber-routine'})"),
          QByteArrayLiteral(R"({"format":"limber-routine",})"),
          QByteArrayLiteral(R"({"version":NaN})"), QByteArrayLiteral(R"({"version":1e400})"),
          QByteArrayLiteral(R"({"format":"limber-routine"} trailing)"),
          QByteArray(5000, '[') + QByteArray(5000, ']'), QByteArrayLiteral("\xff\xfe{\0}\0")}) {
        SCOPED_TRACE(json.left(60).toStdString());
        const RoutineReadResult result = parse(json);
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(result.routine.has_value());
        ASSERT_EQ(result.errors.size(), 1);
        EXPECT_TRUE(result.errors.at(0).message().startsWith(prefix))
            << result.errors.at(0).message().toStdString();
        EXPECT_EQ(result.errors.at(0).file, label);
        EXPECT_TRUE(result.errors.at(0).field.isEmpty());
    }
}

TEST(RoutineFileTest, BadJsonMessageSaysWhere)
{
    const RoutineReadResult result =
        parse(QByteArrayLiteral(R"({"format":"limber-routine" "version":1})"));
    ASSERT_EQ(result.errors.size(), 1);
    const QString message = result.errors.at(0).message();
    EXPECT_TRUE(message.contains(
        QRegularExpression(QStringLiteral("^my\\.json: is not valid JSON: .+ at byte [0-9]+$"))))
        << message.toStdString();
}

TEST(RoutineFileTest, RawNulByteInsideAStringIsRefused)
{
    // JSON requires control characters inside strings to be escaped; a raw NUL is not JSON.
    const QByteArray json =
        QByteArrayLiteral(R"({"format":"limber-routine","version":1,"name":"a)") +
        QByteArray(1, '\0') + QByteArrayLiteral(R"(b","steps":[{"stretch":"cat-cow"}]})");
    const RoutineReadResult result = parse(json);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.routine.has_value());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors.at(0).message().startsWith(QStringLiteral("my.json: ")))
        << result.errors.at(0).message().toStdString();
}

TEST(RoutineFileTest, TopLevelArrayIsRefused)
{
    EXPECT_TRUE(isRefusedWith(
        parse(QJsonDocument(QJsonArray{minimalDocument()}).toJson()),
        QStringLiteral("my.json: must hold a JSON object ({ ... }) at the top level")));
}

TEST(RoutineFileTest, EmptyInputIsRefused)
{
    for (const QByteArray &json : {QByteArray(), QByteArrayLiteral("  \n\t\r\n ")}) {
        SCOPED_TRACE(json.toStdString());
        EXPECT_TRUE(isRefusedWith(
            parse(json), QStringLiteral("my.json: is empty; a routine file holds a JSON object")));
    }
}

TEST(RoutineFileTest, EmptyObjectNamesEveryMissingHeaderField)
{
    EXPECT_TRUE(isRefusedWith(
        parse(QByteArrayLiteral("{}")),
        QStringList{QStringLiteral("my.json: format: is missing; a routine file starts with "
                                   "\"format\": \"limber-routine\""),
                    QStringLiteral("my.json: version: is missing")}));
}

// --- Several errors ------------------------------------------------------------------------

TEST(RoutineFileTest, SeveralErrorsAreReportedTogetherInOrder)
{
    QJsonObject object = without(minimalDocument(), "name");
    object = with(object, "colour", QStringLiteral("blue"));
    object = with(object, "rest_seconds", 500);
    object = with(object, "warmup_seconds", 30.5);
    object =
        with(object, "steps",
             QJsonArray{step("cat-cow"), with(step("knee-to-chest"), "hold_seconds", 2),
                        step("toe-touch"),
                        with(with(step("cat-cow"), "sides", QStringLiteral("left")), "repeat", 0),
                        with(step("butterfly"), "tempo", 3)});
    EXPECT_TRUE(isRefusedWith(
        parse(object),
        QStringList{
            QStringLiteral("my.json: colour: is not a known field"),
            QStringLiteral("my.json: name: is missing"),
            gapMessage("rest_seconds"),
            warmupMessage,
            holdMessage(1),
            QStringLiteral("my.json: steps[2].stretch: unknown stretch id \"toe-touch\" "
                           "(limber --list-stretches shows the ids)"),
            QStringLiteral(
                "my.json: steps[3].sides: cat-cow has no sides; only \"both\" is allowed"),
            repeatMessage(3),
            QStringLiteral("my.json: steps[4].tempo: is not a known field"),
        }));
}

TEST(RoutineFileTest, ErrorTextHasOneMessagePerLine)
{
    QJsonObject object = with(minimalDocument(), "rest_seconds", 500);
    object = with(object, "steps", QJsonArray{with(step("cat-cow"), "hold_seconds", 2)});
    const RoutineReadResult result = parse(object);
    EXPECT_EQ(result.errorText(), gapMessage("rest_seconds") + QLatin1Char('\n') + holdMessage(0));
}

TEST(RoutineFileTest, AtMostTwentyErrorsAreReported)
{
    // 200 steps with two mistakes each: 400 mistakes, only the first 20 are named.
    QJsonObject badStep = with(step("cat-cow"), "hold_seconds", 1);
    badStep = with(badStep, "repeat", 99);
    const RoutineReadResult result =
        parse(with(minimalDocument(), "steps", repeatedSteps(badStep, 200)));
    QStringList expected;
    for (int index = 0; index < 10; ++index)
        expected << holdMessage(index) << repeatMessage(index);
    EXPECT_TRUE(isRefusedWith(result, expected));
}

TEST(RoutineFileTest, AtMostTwentyUnknownFieldsAreReported)
{
    QJsonObject object = minimalDocument();
    for (int index = 0; index < 500; ++index)
        object.insert(QStringLiteral("extra%1").arg(index, 3, 10, QLatin1Char('0')), index);
    const RoutineReadResult result = parse(object);
    QStringList expected;
    for (int index = 0; index < 20; ++index)
        expected << QStringLiteral("my.json: extra%1: is not a known field")
                        .arg(index, 3, 10, QLatin1Char('0'));
    EXPECT_TRUE(isRefusedWith(result, expected));
}

// --- Refusal never yields a partial routine ------------------------------------------------

TEST(RoutineFileTest, OneBadStepAmongGoodOnesYieldsNoRoutine)
{
    const RoutineReadResult result =
        parse(with(minimalDocument(), "steps",
                   QJsonArray{step("cat-cow"), step("butterfly"),
                              with(step("figure-four"), "repeat", 11), step("childs-pose")}));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.routine.has_value());
    EXPECT_TRUE(isRefusedWith(result, repeatMessage(2)));
}

TEST(RoutineFileTest, OneBadTimingYieldsNoRoutine)
{
    const RoutineReadResult result = parse(with(minimalDocument(), "switch_seconds", 121));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.routine.has_value());
    EXPECT_EQ(result.errors.size(), 1);
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
