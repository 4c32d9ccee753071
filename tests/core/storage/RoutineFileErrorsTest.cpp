// Unknown ids and fields, header mistakes, input that is not a routine at all, several
// errors at once and their cap: each refused with exact messages and never half-read.

#include "QtPrinters.h"
#include "RoutineFileTestSupport.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using limber::RoutineReadResult;
using namespace limber::test;

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
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "version", 3)),
                              QStringLiteral("my.json: version: unsupported version 3; this "
                                             "Limber reads versions 1 and 2")));
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "version", 0)),
                              QStringLiteral("my.json: version: unsupported version 0; this "
                                             "Limber reads versions 1 and 2")));
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "version", 1.5)),
                              QStringLiteral("my.json: version: unsupported version 1.5; this "
                                             "Limber reads versions 1 and 2")));
}

TEST(RoutineFileTest, VersionAsTextIsRefused)
{
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "version", QStringLiteral("1"))),
                              QStringLiteral("my.json: version: unsupported version (not a "
                                             "number); this Limber reads versions 1 and 2")));
}

TEST(RoutineFileTest, FileOfAnotherFormatIsRefusedWithoutJudgingItsFields)
{
    // The fields of a file of another format or version mean nothing: only the header is named.
    QJsonObject object = with(minimalDocument(), "version", 3);
    object = with(object, "rest_seconds", 500);
    object = with(object, "steps", QJsonArray{step("toe-touch")});
    EXPECT_TRUE(
        isRefusedWith(parse(object), QStringLiteral("my.json: version: unsupported version 3; this "
                                                    "Limber reads versions 1 and 2")));
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
