// Stretches survive serialize/parse and write/read unchanged, whether drawn or shown by an
// image; the embedding pieces carry image bytes; reading names the path and takes the id from
// the file name.

#include "QtPrinters.h"
#include "StretchFileTestSupport.h"

#include <gtest/gtest.h>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {
void expectSameStretch(const Stretch &actual, const Stretch &expected)
{
    EXPECT_EQ(actual.id(), expected.id());
    EXPECT_TRUE(actual.isOwn());
    EXPECT_TRUE(sameContent(actual, expected));
    EXPECT_EQ(actual.writtenText(), expected.writtenText());
    EXPECT_EQ(actual.targets(), expected.targets());
    EXPECT_EQ(actual.kind(), expected.kind());
    EXPECT_EQ(actual.isSided(), expected.isSided());
    EXPECT_EQ(actual.defaultHoldSeconds(), expected.defaultHoldSeconds());
    EXPECT_TRUE(actual.illustration() == expected.illustration());
    EXPECT_EQ(actual.picture().imagePath, expected.picture().imagePath);
}
} // namespace

TEST(StretchFileTest, DrawnStretchSurvivesSerializeThenParse)
{
    const StretchReadResult result = parseStretch(StretchFile::serialize(drawnStretch()));
    ASSERT_TRUE(isAccepted(result));
    expectSameStretch(*result.stretch, drawnStretch());
    EXPECT_EQ(result.stretch->name(), everyText().name);
    EXPECT_EQ(result.stretch->steps(), everyText().steps);
}

TEST(StretchFileTest, FlowingStretchKeepsItsThreeKeyframes)
{
    const StretchReadResult result =
        parseStretch(StretchFile::serialize(flowingStretch(QStringLiteral("my-stretch"))));
    ASSERT_TRUE(isAccepted(result));
    expectSameStretch(*result.stretch, flowingStretch(QStringLiteral("my-stretch")));
    EXPECT_EQ(result.stretch->illustration().keyframes.size(), 3);
    EXPECT_TRUE(result.stretch->illustration().isFlow);
}

TEST(StretchFileTest, SerializedFileNamesTheFormatAndVersion)
{
    const QJsonObject root = drawnDocument();
    EXPECT_EQ(root.value(latin("format")).toString(), latin("limber-stretch"));
    EXPECT_EQ(root.value(latin("version")).toInt(), 1);
    EXPECT_EQ(root.value(latin("kind")).toString(), latin("hold"));
    EXPECT_EQ(root.value(latin("areas")).toArray(),
              (QJsonArray{latin("hamstrings"), latin("lower-back")}));
}

TEST(StretchFileTest, ImageStretchReadsBackWithTheImageBesideIt)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString image = folder.filePath(QStringLiteral("calf.png"));
    ASSERT_TRUE(writeBytesTo(image, pngBytes()));
    const QString path = folder.filePath(QStringLiteral("wall-calf.json"));
    const Stretch stretch = imageStretch(image, QStringLiteral("wall-calf"));
    ASSERT_FALSE(StretchFile::write(stretch, path).has_value());

    const QJsonObject written = QJsonDocument::fromJson(fileBytesOf(path)).object();
    EXPECT_EQ(written.value(latin("image")).toString(), latin("calf.png"));
    EXPECT_FALSE(written.contains(latin("figure")));

    const StretchReadResult result = StretchFile::read(path);
    ASSERT_TRUE(isAccepted(result));
    expectSameStretch(*result.stretch, stretch);
    EXPECT_TRUE(result.stretch->picture().isImage());
    EXPECT_FALSE(result.stretch->picture().isDrawn());
    EXPECT_TRUE(QFileInfo(result.stretch->picture().imagePath).isAbsolute());
}

TEST(StretchFileTest, ReadTakesTheIdFromTheFileNameAndNamesThePathInErrors)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("hamstring-floss.json"));
    ASSERT_FALSE(StretchFile::write(drawnStretch(), path).has_value());
    const StretchReadResult result = StretchFile::read(path);
    ASSERT_TRUE(isAccepted(result));
    EXPECT_EQ(result.stretch->id(), latin("hamstring-floss"));

    ASSERT_TRUE(writeBytesTo(path, "{}"));
    const StretchReadResult broken = StretchFile::read(path);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.errors.at(0).message(),
              path + latin(": format: is missing; a stretch file starts with "
                           "\"format\": \"limber-stretch\""));
}

TEST(StretchFileTest, WriteReplacesTheFileWholeAndLeavesNothingElse)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(writeBytesTo(path, QByteArray(5000, 'x')));
    ASSERT_FALSE(StretchFile::write(drawnStretch(), path).has_value());
    EXPECT_EQ(fileBytesOf(path), StretchFile::serialize(drawnStretch()));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("a.json")});
}

TEST(StretchFileTest, WriteIntoAMissingFolderFailsWithThePath)
{
    const QString path = QStringLiteral("/nonexistent-limber-folder/a.json");
    const auto error = StretchFile::write(drawnStretch(), path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_TRUE(error->reason.startsWith(latin("cannot be written")))
        << error->reason.toStdString();
}

TEST(StretchFileTest, EmbeddedImageTravelsAsBase64AndComesBackAsBytes)
{
    const StretchImage image{svgBytes(), latin("svg")};
    const QJsonObject object = StretchFile::toObject(imageStretch(QString()), image);
    EXPECT_EQ(object.value(latin("image_type")).toString(), latin("svg"));
    EXPECT_EQ(object.value(latin("image_data")).toString(),
              QString::fromLatin1(svgBytes().toBase64()));
    EXPECT_FALSE(object.contains(latin("image")));

    JsonFieldReader reader(latin("routine.json"));
    StretchFile::ObjectOptions options;
    options.images = StretchImageMode::Embedded;
    const auto parsed = StretchFile::parseObject(object, latin("wall-calf"), latin("stretches[0]."),
                                                 options, reader);
    ASSERT_TRUE(parsed.has_value()) << reader.takeErrors().value(0).message().toStdString();
    EXPECT_EQ(parsed->stretch.id(), latin("wall-calf"));
    ASSERT_TRUE(parsed->embeddedImage.has_value());
    EXPECT_EQ(*parsed->embeddedImage, image);
    EXPECT_TRUE(parsed->stretch.picture().imagePath.isEmpty());
    EXPECT_TRUE(sameContent(parsed->stretch, imageStretch(QString())));
}

TEST(StretchFileTest, EmbeddedObjectErrorsCarryThePrefixAndExtraKeysAreLeftToTheCaller)
{
    QJsonObject object =
        StretchFile::toObject(imageStretch(QString()), StretchImage{pngBytes(), latin("jpeg")});
    object.insert(latin("id"), latin("wall-calf"));
    JsonFieldReader reader(latin("routine.json"));
    StretchFile::ObjectOptions options;
    options.images = StretchImageMode::Embedded;
    options.extraKeys = {latin("id")};
    EXPECT_FALSE(StretchFile::parseObject(object, latin("wall-calf"), latin("stretches[2]."),
                                          options, reader));
    const QList<RoutineFileError> errors = reader.takeErrors();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).message(),
              latin("routine.json: stretches[2].image_data: is not a JPEG image"));
}

TEST(StretchFileTest, FileNameImageIsRefusedInsideAnEmbeddingFormat)
{
    JsonFieldReader reader(latin("routine.json"));
    StretchFile::ObjectOptions options;
    options.images = StretchImageMode::Embedded;
    EXPECT_FALSE(StretchFile::parseObject(StretchFile::toObject(imageStretch(latin("/x/a.png"))),
                                          latin("a"), latin("stretches[0]."), options, reader));
    QStringList messages;
    for (const RoutineFileError &error : reader.takeErrors())
        messages.append(error.message());
    EXPECT_EQ(messages,
              (QStringList{latin("routine.json: stretches[0].image: is not a known field"),
                           latin("routine.json: stretches[0].figure: is missing; a "
                                 "stretch needs a \"figure\" or an \"image_data\"")}));
}

TEST(StretchFileTest, SameContentTellsStretchesApart)
{
    EXPECT_TRUE(sameContent(drawnStretch(latin("a")), drawnStretch(latin("b"))));
    EXPECT_FALSE(sameContent(drawnStretch(), flowingStretch()));
    const Stretch otherDrawing =
        Stretch::own(latin("c"), everyText(), {BodyArea::Hamstrings, BodyArea::LowerBack},
                     StretchKind::Hold, true, 45, {drawingOf("happy-baby"), {}});
    EXPECT_FALSE(sameContent(drawnStretch(), otherDrawing));
    const Stretch otherHold =
        Stretch::own(latin("d"), everyText(), {BodyArea::Hamstrings, BodyArea::LowerBack},
                     StretchKind::Hold, true, 46, {drawingOf("knee-to-chest"), {}});
    EXPECT_FALSE(sameContent(drawnStretch(), otherHold));
}
