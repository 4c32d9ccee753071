// Text rules in routine files (no control characters, trimmed), and steps whose stretch is
// not built in: version 2 keeps the stretch's name, so a step whose stretch is gone is kept
// as a missing stretch instead of being dropped, while a typo is still refused.

#include "model/Catalog.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"
#include "QtPrinters.h"
#include "RoutineFileTestSupport.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

using limber::Catalog;
using limber::Routine;
using limber::RoutineFile;
using limber::RoutineReadResult;
using limber::RoutineStep;
using limber::Sides;
using limber::Stretch;
using namespace limber::test;

namespace {

QJsonObject version2(QJsonObject document)
{
    return with(std::move(document), "version", 2);
}

QJsonObject keptStep(const char *stretch, const QString &name)
{
    return with(step(stretch), "stretch_name", name);
}

Routine routineWith(QList<RoutineStep> steps)
{
    Routine routine;
    routine.name = QStringLiteral("Kept names");
    routine.steps = std::move(steps);
    return routine;
}

int versionOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt();
}

} // namespace

TEST(RoutineFileTextTest, ControlCharactersInTheNameAreRefused)
{
    const QString reason = QStringLiteral("my.json: name: must not contain control characters "
                                          "(found U+%1)");
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "name", QStringLiteral("a\u0000b"))),
                              reason.arg(QStringLiteral("0000"))));
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "name", QStringLiteral("a\u007fb"))),
                              reason.arg(QStringLiteral("007F"))));
    EXPECT_TRUE(isRefusedWith(parse(with(minimalDocument(), "name", QStringLiteral("a\u001fb"))),
                              reason.arg(QStringLiteral("001F"))));
    // Trimming drops spaces and line breaks at the ends only.
    EXPECT_TRUE(
        isRefusedWith(parse(with(minimalDocument(), "name", QStringLiteral("Evening\nunwind"))),
                      reason.arg(QStringLiteral("000A"))));
}

TEST(RoutineFileTextTest, NamesAreTrimmedAndOtherCharactersKept)
{
    const RoutineReadResult result =
        parse(with(minimalDocument(), "name", QStringLiteral("  Übung\u00a0am Abend \u2603  ")));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->name, QStringLiteral("Übung\u00a0am Abend \u2603"));
}

TEST(RoutineFileMissingStretchTest, AVersion2StepKeepsTheNameOfAStretchNobodyHas)
{
    const RoutineReadResult result = parse(version2(withStep(with(
        keptStep("hamstring-floss", QStringLiteral(" Hamstring floss ")), "hold_seconds", 45))));
    ASSERT_TRUE(isAccepted(result));
    ASSERT_EQ(result.routine->steps.size(), 1);
    const RoutineStep &step = result.routine->steps.at(0);
    EXPECT_EQ(step.stretchId, QStringLiteral("hamstring-floss"));
    EXPECT_EQ(step.stretchName, QStringLiteral("Hamstring floss"));
    EXPECT_EQ(step.holdSeconds, 45);
}

TEST(RoutineFileMissingStretchTest, AnUnknownIdWithoutAKeptNameIsStillATypo)
{
    EXPECT_TRUE(isRefusedWith(parse(version2(withStep(step("hamstring-flos")))),
                              QStringLiteral("my.json: steps[0].stretch: unknown stretch id "
                                             "\"hamstring-flos\" (limber --list-stretches shows "
                                             "the ids)")));
}

TEST(RoutineFileMissingStretchTest, AKeptNameNeedsVersion2)
{
    EXPECT_TRUE(isRefusedWith(
        parse(withStep(keptStep("hamstring-floss", QStringLiteral("Hamstring floss")))),
        QStringList{
            QStringLiteral("my.json: steps[0].stretch_name: is not a known field"),
            QStringLiteral("my.json: steps[0].stretch: unknown stretch id \"hamstring-floss\" "
                           "(limber --list-stretches shows the ids)")}));
}

TEST(RoutineFileMissingStretchTest, AKeptNameFollowsTheTextRules)
{
    EXPECT_TRUE(isRefusedWith(
        parse(version2(withStep(keptStep("hamstring-floss", QStringLiteral("Ham\u0000string"))))),
        QStringLiteral("my.json: steps[0].stretch_name: must not contain control characters "
                       "(found U+0000)")));
    EXPECT_TRUE(isRefusedWith(
        parse(version2(withStep(keptStep("hamstring-floss", QStringLiteral("   "))))),
        QStringLiteral("my.json: steps[0].stretch_name: must be text of 1 to 200 characters")));
    EXPECT_TRUE(isRefusedWith(
        parse(version2(withStep(keptStep("hamstring-floss", QString(201, u'x'))))),
        QStringLiteral("my.json: steps[0].stretch_name: must be text of 1 to 200 characters")));
}

TEST(RoutineFileMissingStretchTest, AMissingStretchNeedsAnIdThatCouldBeOne)
{
    EXPECT_TRUE(isRefusedWith(
        parse(version2(withStep(keptStep("ham\tstring", QStringLiteral("Hamstring"))))),
        QStringLiteral("my.json: steps[0].stretch: unknown stretch id \"ham\tstring\" (limber "
                       "--list-stretches shows the ids)")));
    EXPECT_FALSE(parse(version2(withStep(keptStep("", QStringLiteral("Hamstring"))))).ok());
}

TEST(RoutineFileMissingStretchTest, AMissingStretchKeepsTheSidesItWasGiven)
{
    const RoutineReadResult result =
        parse(version2(withStep(with(keptStep("wall-calf", QStringLiteral("Calf against the wall")),
                                     "sides", QStringLiteral("left")))));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->steps.at(0).sides, Sides::Left);
}

TEST(RoutineFileMissingStretchTest, ABuiltInStretchIsNamedInTheReadersLanguageNotTheFiles)
{
    const RoutineReadResult result =
        parse(version2(withStep(keptStep("figure-four", QStringLiteral("Figure four")))));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_TRUE(result.routine->steps.at(0).stretchName.isEmpty());
}

TEST(RoutineFileMissingStretchTest, AnOwnStretchInTheCatalogNeedsNoKeptName)
{
    Catalog catalog = Catalog::builtIn();
    catalog.setOwnStretches({Stretch::own(QStringLiteral("hamstring-floss"),
                                          {QStringLiteral("Hamstring floss"), {}, {}, {}}, {},
                                          limber::StretchKind::Hold, true, 30, {})});
    const QByteArray json =
        QJsonDocument(
            version2(withStep(with(step("hamstring-floss"), "sides", QStringLiteral("right")))))
            .toJson();
    const RoutineReadResult result = RoutineFile::parse(json, label, catalog);
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.routine->steps.at(0).sides, Sides::Right);
    // The built-in catalog alone does not know it.
    EXPECT_FALSE(RoutineFile::parse(json, label, Catalog::builtIn()).ok());
}

TEST(RoutineFileMissingStretchTest, OnlyBuiltInStepsAreWrittenAsVersion1)
{
    const Routine builtInOnly = routineWith({RoutineStep{QStringLiteral("cat-cow"), 30}});
    EXPECT_EQ(RoutineFile::versionFor(builtInOnly), 1);
    EXPECT_EQ(versionOf(RoutineFile::serialize(builtInOnly)), 1);

    RoutineStep kept{QStringLiteral("hamstring-floss"), 45};
    kept.stretchName = QStringLiteral("Hamstring floss");
    const Routine withKept = routineWith({RoutineStep{QStringLiteral("cat-cow"), 30}, kept});
    EXPECT_EQ(RoutineFile::versionFor(withKept), 2);
    const QByteArray json = RoutineFile::serialize(withKept);
    EXPECT_EQ(versionOf(json), 2);
    EXPECT_TRUE(json.contains("\"stretch_name\": \"Hamstring floss\"")) << json.toStdString();
}

TEST(RoutineFileMissingStretchTest, MissingStretchesSurviveARoundTrip)
{
    RoutineStep first{QStringLiteral("hamstring-floss"), 45};
    first.stretchName = QStringLiteral("Hamstring floss");
    RoutineStep second{QStringLiteral("wall-calf"), std::nullopt, Sides::Left, 2};
    second.stretchName = QStringLiteral("Calf against the wall");
    const Routine routine = routineWith(
        {first, RoutineStep{QStringLiteral("knee-to-chest"), 30, Sides::Right}, second});
    const RoutineReadResult result = parse(RoutineFile::serialize(routine));
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(*result.routine, routine);
}

TEST(RoutineFileMissingStretchTest, AMissingStretchPlaysAsATimedHoldWithItsName)
{
    const RoutineReadResult result = parse(version2(
        with(minimalDocument(), "steps",
             QJsonArray{keptStep("hamstring-floss", QStringLiteral("Hamstring floss")),
                        with(keptStep("wall-calf", QStringLiteral("Calf")), "hold_seconds", 50)})));
    ASSERT_TRUE(isAccepted(result));
    Catalog catalog = Catalog::builtIn();
    catalog.setMissingStretches(
        {Stretch::missing(QStringLiteral("hamstring-floss"), QStringLiteral("Hamstring floss")),
         Stretch::missing(QStringLiteral("wall-calf"), QStringLiteral("Calf"))});
    limber::TimingPreferences preferences;
    preferences.warmupSeconds = 0;
    const limber::Timeline timeline =
        limber::Timeline::build(*result.routine, preferences, catalog);
    QList<std::pair<QString, qint64>> holds;
    for (const limber::Segment &segment : timeline.segments()) {
        if (segment.kind == limber::SegmentKind::Hold) {
            EXPECT_EQ(segment.side, limber::Side::None);
            holds.append({segment.stretchId, segment.durationMs});
        }
    }
    const QList<std::pair<QString, qint64>> expected{{QStringLiteral("hamstring-floss"), 30'000},
                                                     {QStringLiteral("wall-calf"), 50'000}};
    EXPECT_EQ(holds, expected);
    EXPECT_EQ(catalog.find(u"hamstring-floss")->name(), QStringLiteral("Hamstring floss"));
}
