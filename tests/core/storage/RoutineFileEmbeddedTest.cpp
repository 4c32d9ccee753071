// Version 2 routine files that carry the user's own stretches: drawn figures and images
// survive a round trip, what a file carries is checked like everything else, only images may
// take a file past 1 MiB, and files with only built-in stretches stay version 1.

#include "model/Catalog.h"
#include "QtPrinters.h"
#include "storage/RoutineFile.h"
#include "storage/StretchFile.h"
#include "StretchFileTestSupport.h"
#include "TestPaths.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace limber;
using limber::test::drawnStretch;
using limber::test::flowingStretch;
using limber::test::imageStretch;
using limber::test::pngBytes;
using limber::test::svgBytes;

namespace {

const QString label = QStringLiteral("my.json");

RoutineReadResult parseRoutine(const QByteArray &json)
{
    return RoutineFile::parse(json, label, Catalog::builtIn());
}

QStringList messages(const RoutineReadResult &result)
{
    QStringList lines;
    for (const RoutineFileError &error : result.errors)
        lines.append(error.message());
    return lines;
}

RoutineStep stepOf(const QString &id, const QString &name, Sides sides = Sides::Both)
{
    RoutineStep step{id, 40, sides, 1};
    step.stretchName = name;
    return step;
}

// Three own stretches: a sided drawn hold, a drawn flow and a PNG picture.
QList<EmbeddedStretch> carried()
{
    return {EmbeddedStretch{drawnStretch(QStringLiteral("hamstring-floss")), {}, {}},
            EmbeddedStretch{flowingStretch(QStringLiteral("rocking-cat")), {}, {}},
            EmbeddedStretch{imageStretch(QString(), QStringLiteral("wall-calf")), pngBytes(),
                            QStringLiteral("png")}};
}

Routine carryingRoutine()
{
    Routine routine;
    routine.name = QStringLiteral("Carried along");
    routine.restSeconds = 10;
    routine.steps = {RoutineStep{QStringLiteral("cat-cow"), 30, Sides::Both, 1},
                     stepOf(QStringLiteral("hamstring-floss"), drawnStretch().name(), Sides::Left),
                     stepOf(QStringLiteral("rocking-cat"), QStringLiteral("Rocking cat")),
                     stepOf(QStringLiteral("wall-calf"), QStringLiteral("Wall calf stretch")),
                     stepOf(QStringLiteral("hamstring-floss"), drawnStretch().name())};
    return routine;
}

QJsonObject documentOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray withRoot(QJsonObject root, const char *key, const QJsonValue &value)
{
    root.insert(QString::fromLatin1(key), value);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST(RoutineFileEmbeddedTest, DrawnAndImageStretchesSurviveARoundTrip)
{
    const QByteArray json = RoutineFile::serialize(carryingRoutine(), carried());
    const RoutineReadResult result = parseRoutine(json);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_EQ(*result.routine, carryingRoutine());
    ASSERT_EQ(result.stretches.size(), 3);
    const QList<EmbeddedStretch> original = carried();
    for (qsizetype index = 0; index < 3; ++index) {
        const EmbeddedStretch &expected = original.at(index);
        const EmbeddedStretch &read = result.stretches.at(index);
        SCOPED_TRACE(expected.stretch.id().toStdString());
        EXPECT_EQ(read.stretch.id(), expected.stretch.id());
        EXPECT_TRUE(read.stretch.isOwn());
        EXPECT_TRUE(sameContent(read.stretch, expected.stretch));
        EXPECT_EQ(read.imageData, expected.imageData);
        EXPECT_EQ(read.imageType, expected.imageType);
    }
    EXPECT_TRUE(result.stretches.at(0).stretch.picture().isDrawn());
    EXPECT_FALSE(result.stretches.at(2).stretch.picture().isDrawn());
    // Written again, the file is the same to the byte.
    EXPECT_EQ(RoutineFile::serialize(*result.routine, result.stretches), json);
}

TEST(RoutineFileEmbeddedTest, ACarryingFileIsVersion2WithTheImageAsBase64)
{
    const QJsonObject root = documentOf(RoutineFile::serialize(carryingRoutine(), carried()));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 2);
    const QJsonArray stretches = root.value(QStringLiteral("stretches")).toArray();
    ASSERT_EQ(stretches.size(), 3);
    const QJsonObject picture = stretches.at(2).toObject();
    EXPECT_EQ(picture.value(QStringLiteral("id")).toString(), QStringLiteral("wall-calf"));
    EXPECT_EQ(picture.value(QStringLiteral("image_type")).toString(), QStringLiteral("png"));
    EXPECT_EQ(
        QByteArray::fromBase64(picture.value(QStringLiteral("image_data")).toString().toLatin1()),
        pngBytes());
    EXPECT_FALSE(picture.contains(QStringLiteral("image")));
    EXPECT_TRUE(stretches.at(0).toObject().contains(QStringLiteral("figure")));
}

TEST(RoutineFileEmbeddedTest, AnSvgPictureTravelsToo)
{
    Routine routine = carryingRoutine();
    routine.steps = {stepOf(QStringLiteral("wall-calf"), QStringLiteral("Wall calf stretch"))};
    const QList<EmbeddedStretch> svg{EmbeddedStretch{
        imageStretch(QString(), QStringLiteral("wall-calf")), svgBytes(), QStringLiteral("svg")}};
    const RoutineReadResult result = parseRoutine(RoutineFile::serialize(routine, svg));
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    ASSERT_EQ(result.stretches.size(), 1);
    EXPECT_EQ(result.stretches.at(0).imageData, svgBytes());
    EXPECT_EQ(result.stretches.at(0).imageType, QStringLiteral("svg"));
}

TEST(RoutineFileEmbeddedTest, Version1FilesStillReadAndBuiltInRoutinesStayVersion1)
{
    const RoutineReadResult v1 = RoutineFile::read(
        limber::test::dataPath(QStringLiteral("valid/all-fields.json")), Catalog::builtIn());
    ASSERT_TRUE(v1.ok()) << v1.errorText().toStdString();
    EXPECT_TRUE(v1.stretches.isEmpty());
    const QJsonObject written = documentOf(RoutineFile::serialize(*v1.routine));
    EXPECT_EQ(written.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_FALSE(written.contains(QStringLiteral("stretches")));
    for (const QJsonValue &step : written.value(QStringLiteral("steps")).toArray())
        EXPECT_FALSE(step.toObject().contains(QStringLiteral("stretch_name")));
}

TEST(RoutineFileEmbeddedTest, Version1KnowsNothingOfCarriedStretches)
{
    QJsonObject root = documentOf(RoutineFile::serialize(carryingRoutine(), carried()));
    root.insert(QStringLiteral("version"), 1);
    const QStringList lines = messages(parseRoutine(QJsonDocument(root).toJson()));
    EXPECT_TRUE(lines.contains(QStringLiteral("my.json: stretches: is not a known field")))
        << lines.join(QLatin1Char('\n')).toStdString();
}

TEST(RoutineFileEmbeddedTest, WhatAFileCarriesIsChecked)
{
    const QJsonObject root = documentOf(RoutineFile::serialize(carryingRoutine(), carried()));
    QJsonArray stretches = root.value(QStringLiteral("stretches")).toArray();

    QJsonObject builtIn = stretches.at(1).toObject();
    builtIn.insert(QStringLiteral("id"), QStringLiteral("cat-cow"));
    QJsonArray withBuiltIn = stretches;
    withBuiltIn.replace(1, builtIn);
    EXPECT_TRUE(messages(parseRoutine(withRoot(root, "stretches", withBuiltIn)))
                    .contains(QStringLiteral("my.json: stretches[1].id: \"cat-cow\" is a built-in "
                                             "stretch; a file carries only stretches that are "
                                             "not built in")));

    QJsonArray twice = stretches;
    twice.append(stretches.at(0));
    EXPECT_EQ(messages(parseRoutine(withRoot(root, "stretches", twice))),
              QStringList{QStringLiteral("my.json: stretches[3].id: \"hamstring-floss\" is "
                                         "carried twice")});

    QJsonObject unnamed = stretches.at(0).toObject();
    unnamed.remove(QStringLiteral("id"));
    EXPECT_EQ(messages(parseRoutine(withRoot(root, "stretches", QJsonArray{unnamed}))).first(),
              QStringLiteral("my.json: stretches[0].id: is missing"));

    QJsonObject badName = stretches.at(0).toObject();
    badName.insert(QStringLiteral("name"), QStringLiteral("Ham\u0000string"));
    EXPECT_TRUE(messages(parseRoutine(withRoot(root, "stretches", QJsonArray{badName})))
                    .first()
                    .startsWith(QStringLiteral("my.json: stretches[0].name: must not contain "
                                               "control characters")));
}

TEST(RoutineFileEmbeddedTest, ACarriedStretchNoStepNamesIsRefused)
{
    Routine routine = carryingRoutine();
    routine.steps = {RoutineStep{QStringLiteral("cat-cow"), 30, Sides::Both, 1}};
    EXPECT_EQ(messages(parseRoutine(RoutineFile::serialize(routine, {carried().at(1)}))),
              QStringList{QStringLiteral("my.json: stretches[0].id: \"rocking-cat\" is used by "
                                         "no step")});
}

TEST(RoutineFileEmbeddedTest, TheSidesOfACarriedStretchAreChecked)
{
    Routine routine = carryingRoutine();
    routine.steps = {
        stepOf(QStringLiteral("rocking-cat"), QStringLiteral("Rocking cat"), Sides::Right)};
    EXPECT_EQ(messages(parseRoutine(RoutineFile::serialize(routine, {carried().at(1)}))),
              QStringList{QStringLiteral("my.json: steps[0].sides: rocking-cat has no sides; "
                                         "only \"both\" is allowed")});
}

TEST(RoutineFileEmbeddedTest, OnlyImagesMayTakeAFilePastOneMebibyte)
{
    Routine routine = carryingRoutine();
    routine.steps = {stepOf(QStringLiteral("wall-calf"), QStringLiteral("Wall calf stretch"))};
    // 1.5 MiB of picture, 2 MiB as base64: the file is larger than 1 MiB, the routine is not.
    const QByteArray photo = pngBytes() + QByteArray(1536 * 1024, 'x');
    const QList<EmbeddedStretch> big{EmbeddedStretch{
        imageStretch(QString(), QStringLiteral("wall-calf")), photo, QStringLiteral("png")}};
    const QByteArray json = RoutineFile::serialize(routine, big);
    ASSERT_GT(json.size(), 2 * 1024 * 1024);
    const RoutineReadResult result = parseRoutine(json);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_EQ(result.stretches.at(0).imageData, photo);

    // The same size of anything else is refused.
    QByteArray padded = RoutineFile::serialize(routine, {carried().at(2)});
    padded.append(QByteArray(json.size() - padded.size(), ' '));
    EXPECT_EQ(messages(parseRoutine(padded)),
              QStringList{QStringLiteral("my.json: is larger than 1 MiB; a routine file is much "
                                         "smaller")});

    EXPECT_EQ(messages(parseRoutine(QByteArray(16 * 1024 * 1024 + 1, ' '))),
              QStringList{QStringLiteral("my.json: is larger than 16 MiB; a routine file, even "
                                         "with the images of its stretches, is much smaller")});
}
