// Values of the wrong JSON type, numbers that are not whole or fit no range, and sides
// that are unknown or do not suit the stretch: each is refused with its exact message.

#include "QtPrinters.h"
#include "RoutineFileTestSupport.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

using limber::RoutineReadResult;
using limber::Sides;
using namespace limber::test;

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
