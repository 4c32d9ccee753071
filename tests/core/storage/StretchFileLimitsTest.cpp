// The limits of a stretch file, each tested at its edge: the last accepted value and the first
// refused one. Text rules: single-line text is trimmed and holds no control character; steps
// and cautions may hold newlines only.

#include "QtPrinters.h"
#include "StretchFileTestSupport.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {
QJsonArray repeated(const QString &text, int count)
{
    QJsonArray list;
    for (int index = 0; index < count; ++index)
        list.append(text);
    return list;
}

QString letters(qsizetype count)
{
    return QString(count, QLatin1Char('x'));
}
} // namespace

TEST(StretchFileLimitsTest, NameSummaryStepsAndCautionsAtTheirLimits)
{
    const QJsonObject largest =
        with(with(with(with(drawnDocument(), "name", letters(200)), "summary", letters(300)),
                  "steps", repeated(letters(300), 12)),
             "cautions", repeated(letters(300), 12));
    EXPECT_TRUE(isAccepted(parseStretch(largest)));
    EXPECT_TRUE(isRefusedWith(parseStretch(with(largest, "name", letters(201))),
                              {latin("my.json: name: must be text of 1 to 200 characters")}));
    EXPECT_TRUE(isRefusedWith(parseStretch(with(largest, "summary", letters(301))),
                              {latin("my.json: summary: must be text of at most 300 characters")}));
    EXPECT_TRUE(
        isRefusedWith(parseStretch(with(largest, "steps", repeated(letters(300), 13))),
                      {latin("my.json: steps: must list from 1 to 12 steps (it lists 13)")}));
    EXPECT_TRUE(
        isRefusedWith(parseStretch(with(largest, "cautions", repeated(letters(301), 1))),
                      {latin("my.json: cautions[0]: must be text of 1 to 300 characters")}));
    EXPECT_TRUE(
        isRefusedWith(parseStretch(with(largest, "cautions", repeated(latin("c"), 13))),
                      {latin("my.json: cautions: must list from 0 to 12 cautions (it lists 13)")}));
}

TEST(StretchFileLimitsTest, HoldSecondsFromFiveToSixHundred)
{
    EXPECT_TRUE(isAccepted(parseStretch(with(drawnDocument(), "hold_seconds", 5))));
    EXPECT_TRUE(isAccepted(parseStretch(with(drawnDocument(), "hold_seconds", 600))));
    for (const double refused : {4.0, 601.0, 30.5}) {
        EXPECT_TRUE(
            isRefusedWith(parseStretch(with(drawnDocument(), "hold_seconds", refused)),
                          {latin("my.json: hold_seconds: must be a whole number from 5 to 600")}));
    }
}

TEST(StretchFileLimitsTest, SingleLineTextIsTrimmedAndRefusesEveryControlCharacter)
{
    const StretchReadResult trimmed =
        parseStretch(with(drawnDocument(), "name", QStringLiteral("  Calf \u00e9  ")));
    ASSERT_TRUE(isAccepted(trimmed));
    EXPECT_EQ(trimmed.stretch->name(), QStringLiteral("Calf \u00e9"));
    for (const char16_t control : {u'\u0000', u'\u0001', u'\t', u'\n', u'\u001f', u'\u007f'}) {
        const QString name = latin("a") + QChar(control) + latin("b");
        const QString code =
            QStringLiteral("%1").arg(int(control), 4, 16, QLatin1Char('0')).toUpper();
        SCOPED_TRACE(code.toStdString());
        EXPECT_TRUE(
            isRefusedWith(parseStretch(with(drawnDocument(), "name", name)),
                          {latin("my.json: name: must not contain control characters (found U+") +
                           code + latin(")")}));
    }
    EXPECT_TRUE(isRefusedWith(
        parseStretch(with(drawnDocument(), "summary", latin("a\rb"))),
        {latin("my.json: summary: must not contain control characters (found U+000D)")}));
}

TEST(StretchFileLimitsTest, StepsAndCautionsMayHoldNewlinesOnly)
{
    const StretchReadResult lines =
        parseStretch(with(with(drawnDocument(), "steps", QJsonArray{latin("  one\ntwo  ")}),
                          "cautions", QJsonArray{latin("a\nb")}));
    ASSERT_TRUE(isAccepted(lines));
    EXPECT_EQ(lines.stretch->steps(), QStringList{latin("one\ntwo")});
    EXPECT_EQ(lines.stretch->cautions(), QStringList{latin("a\nb")});
    EXPECT_TRUE(isRefusedWith(
        parseStretch(with(drawnDocument(), "cautions", QJsonArray{latin("a\r\nb")})),
        {latin("my.json: cautions[0]: must not contain control characters (found U+000D)")}));
}

TEST(StretchFileLimitsTest, FileOfFourMebibytesIsTheLargestRead)
{
    QByteArray json = StretchFile::serialize(drawnStretch());
    json.append(QByteArray(stretchLimits::maxFileBytes - json.size(), ' '));
    EXPECT_TRUE(isAccepted(parseStretch(json)));
    json.append(' ');
    EXPECT_TRUE(isRefusedWith(parseStretch(json),
                              {latin("my.json: is larger than 4 MiB; a stretch file is smaller")}));
}

TEST(StretchFileLimitsTest, ImageOfTwoMebibytesIsTheLargestShown)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QJsonObject document =
        with(without(drawnDocument(), "figure"), "image", latin("big.png"));
    QByteArray image = pngBytes();
    image.append(QByteArray(stretchLimits::maxImageBytes - image.size(), '\0'));
    ASSERT_TRUE(writeBytesTo(folder.filePath(latin("big.png")), image));
    EXPECT_TRUE(isAccepted(parseStretch(document, folder.path())));
    ASSERT_TRUE(writeBytesTo(folder.filePath(latin("big.png")), image + "!"));
    EXPECT_TRUE(isRefusedWith(parseStretch(document, folder.path()),
                              {latin("my.json: image: \"big.png\" is larger than 2 MiB")}));
}

TEST(StretchFileLimitsTest, ImagesAreRecognisedByTheirContent)
{
    EXPECT_EQ(StretchImage::detectedType(pngBytes()), latin("png"));
    EXPECT_EQ(StretchImage::detectedType(jpegBytes()), latin("jpeg"));
    EXPECT_EQ(StretchImage::detectedType(svgBytes()), latin("svg"));
    EXPECT_EQ(StretchImage::detectedType("<svg"), QString());
    EXPECT_EQ(StretchImage::detectedType("<?xml version=\"1.0\"?><html/>"), QString());
    EXPECT_EQ(StretchImage::detectedType("<svg xmlns=\"http://www.w3.org/2000/svg\">\xff</svg>"),
              QString()); // not UTF-8
    EXPECT_EQ(StretchImage::detectedType("GIF89a"), QString());
    EXPECT_EQ(StretchImage::problem(jpegBytes(), latin("png")), latin("is not a PNG image"));
    EXPECT_FALSE(StretchImage::problem(svgBytes(), latin("svg")).has_value());
    EXPECT_EQ(StretchImage::typeOfSuffix(u"JPG"), latin("jpeg"));
    EXPECT_EQ(StretchImage::suffixOf(u"jpeg"), latin("jpg"));
    EXPECT_EQ(StretchImage::typeOfSuffix(u"gif"), QString());
}

TEST(StretchFileLimitsTest, EmbeddedImageMustBeBase64OfItsType)
{
    const auto refusalsOf = [](const QJsonObject &object) {
        JsonFieldReader reader(latin("r.json"));
        StretchFile::ObjectOptions options;
        options.images = StretchImageMode::Embedded;
        EXPECT_FALSE(
            StretchFile::parseObject(object, latin("x"), latin("stretches[0]."), options, reader));
        QStringList messages;
        for (const RoutineFileError &error : reader.takeErrors())
            messages.append(error.message());
        return messages;
    };
    const QJsonObject object =
        StretchFile::toObject(imageStretch(QString()), StretchImage{pngBytes(), latin("png")});
    EXPECT_EQ(refusalsOf(with(object, "image_data", latin("not base64!"))),
              QStringList{latin("r.json: stretches[0].image_data: must be the image's bytes in "
                                "base64")});
    EXPECT_EQ(refusalsOf(with(object, "image_type", latin("gif"))),
              QStringList{latin("r.json: stretches[0].image_type: must be \"png\", \"jpeg\" or "
                                "\"svg\"")});
    EXPECT_EQ(refusalsOf(without(object, "image_type")),
              QStringList{latin("r.json: stretches[0].image_type: is missing")});
    const QByteArray big = pngBytes() + QByteArray(stretchLimits::maxImageBytes, 'x');
    EXPECT_EQ(refusalsOf(with(object, "image_data", QString::fromLatin1(big.toBase64()))),
              QStringList{latin("r.json: stretches[0].image_data: is larger than 2 MiB")});
}
