// The stretch corpora in tests/data: every file in invalid-stretches is refused with exactly
// the refusals listed here (file, field and reason), and every file in valid-stretches is
// accepted and survives a round trip.

#include "QtPrinters.h"
#include "StretchFileTestSupport.h"
#include "TestPaths.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>
#include <QMap>

using namespace limber;
using namespace limber::test;

namespace {
// An emptied or misplaced corpus must fail rather than pass by testing nothing.
constexpr qsizetype minimumValidFiles = 7;

struct Expected
{
    const char *field;
    const char *reason;
};

// Each invalid file with its refusals, in order. A file added to the folder without an entry
// here fails the test, and so does an entry whose file is gone.
const QMap<QString, QList<Expected>> &expectedRefusals()
{
    static const QMap<QString, QList<Expected>> expected = {
        {QStringLiteral("area-twice.json"), {{"areas[1]", "lists \"hips\" a second time"}}},
        {QStringLiteral("bad-json.json"),
         {{"", "is not valid JSON: unterminated object at byte 56"}}},
        {QStringLiteral("bad-kind.json"), {{"kind", "must be \"hold\" or \"flow\""}}},
        {QStringLiteral("cautions-not-a-list.json"), {{"cautions", "must be a list of cautions"}}},
        {QStringLiteral("empty.json"), {{"", "is empty; a stretch file holds a JSON object"}}},
        {QStringLiteral("figure-and-image.json"),
         {{"image",
           "cannot be given together with \"figure\": a stretch shows its figure or an image"}}},
        {QStringLiteral("figure-flow-mismatch.json"),
         {{"figure.flow", "must be true for a flowing stretch"}}},
        {QStringLiteral("flow-with-one-keyframe.json"),
         {{"figure.keyframes", "a flowing figure has 2 to 3 keyframes (it lists 1)"}}},
        {QStringLiteral("hold-not-whole.json"),
         {{"hold_seconds", "must be a whole number from 5 to 600"}}},
        {QStringLiteral("hold-too-short.json"),
         {{"hold_seconds", "must be a whole number from 5 to 600"}}},
        {QStringLiteral("hold-with-three-keyframes.json"),
         {{"figure.keyframes",
           "a held figure has 2 keyframes, the start and the held pose (it lists 3)"}}},
        {QStringLiteral("image-gif.json"),
         {{"image", "must name a .png, .jpg, .jpeg or .svg file"}}},
        {QStringLiteral("image-missing.json"),
         {{"image", "\"nowhere.png\" is not in the folder of the stretch file"}}},
        {QStringLiteral("image-not-its-type.json"), {{"image", "\"fake.png\" is not a PNG image"}}},
        {QStringLiteral("image-svg-not-svg.json"),
         {{"image", "\"not-svg.svg\" is not an SVG image (XML whose root element is <svg>)"}}},
        {QStringLiteral("image-with-path.json"),
         {{"image", "must be the name of a file beside the stretch file, without a folder"}}},
        {QStringLiteral("keyframe-views-differ.json"),
         {{"figure.keyframes[1].view", "must be the view of the first keyframe (side)"}}},
        {QStringLiteral("knee-out-of-range.json"),
         {{"figure.keyframes[1].near_leg.knee", "must be a number from 0 to 165"}}},
        {QStringLiteral("missing-name.json"), {{"name", "is missing"}}},
        {QStringLiteral("name-too-long.json"), {{"name", "must be text of 1 to 200 characters"}}},
        {QStringLiteral("name-whitespace-only.json"),
         {{"name", "must be text of 1 to 200 characters"}}},
        {QStringLiteral("name-with-delete.json"),
         {{"name", "must not contain control characters (found U+007F)"}}},
        {QStringLiteral("name-with-nul.json"),
         {{"name", "must not contain control characters (found U+0000)"}}},
        {QStringLiteral("no-picture.json"),
         {{"figure", "is missing; a stretch needs a \"figure\" or an \"image\""}}},
        {QStringLiteral("no-steps.json"), {{"steps", "must list from 1 to 12 steps (it lists 0)"}}},
        {QStringLiteral("nul-byte.json"), {{"", "is not valid JSON: a NUL byte at byte 53"}}},
        {QStringLiteral("pose-unknown-field.json"),
         {{"figure.keyframes[1].knee", "is not a known field"}}},
        {QStringLiteral("sided-as-text.json"), {{"sided", "must be true or false"}}},
        {QStringLiteral("step-too-long.json"),
         {{"steps[1]", "must be text of 1 to 300 characters"}}},
        {QStringLiteral("step-with-tab.json"),
         {{"steps[0]", "must not contain control characters (found U+0009)"}}},
        {QStringLiteral("summary-two-lines.json"),
         {{"summary", "must not contain control characters (found U+000A)"}}},
        {QStringLiteral("thirteen-steps.json"),
         {{"steps", "must list from 1 to 12 steps (it lists 13)"}}},
        {QStringLiteral("top-level-array.json"),
         {{"", "must hold a JSON object ({ ... }) at the top level"}}},
        {QStringLiteral("unknown-area.json"),
         {{"areas[0]", "must be one of lower-back, hips, glutes, hamstrings, hip-flexors, groin, "
                       "piriformis, spine"}}},
        {QStringLiteral("unknown-field.json"), {{"difficulty", "is not a known field"}}},
        {QStringLiteral("version-2.json"),
         {{"version", "unsupported version 2; this Limber reads version 1"}}},
        {QStringLiteral("wrong-format.json"), {{"format", "must be \"limber-stretch\""}}},
        {QStringLiteral("wrong-types.json"),
         {{"name", "must be text of 1 to 200 characters"},
          {"steps", "must be a list of steps"},
          {"areas", "must be a list of body areas"},
          {"hold_seconds", "must be a whole number from 5 to 600"}}},
    };
    return expected;
}

QFileInfoList jsonFiles(const char *directory)
{
    const QDir dir(dataPath(latin(directory)));
    return dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}
} // namespace

TEST(StretchFileCorpusTest, EveryInvalidFileIsListedAndEveryListedFileIsThere)
{
    QStringList present;
    for (const QFileInfo &file : jsonFiles("invalid-stretches"))
        present.append(file.fileName());
    EXPECT_EQ(present, expectedRefusals().keys());
}

TEST(StretchFileCorpusTest, EveryInvalidFileIsRefusedWithItsFileFieldAndReason)
{
    for (const QFileInfo &file : jsonFiles("invalid-stretches")) {
        const QString path = file.filePath();
        SCOPED_TRACE(path.toStdString());
        const StretchReadResult result = StretchFile::read(path);
        EXPECT_FALSE(result.ok());
        QStringList actual;
        for (const RoutineFileError &error : result.errors) {
            EXPECT_EQ(error.file, path);
            actual.append(error.field + QStringLiteral(" | ") + error.reason);
        }
        QStringList wanted;
        for (const Expected &refusal : expectedRefusals().value(file.fileName()))
            wanted.append(QString::fromUtf8(refusal.field) + QStringLiteral(" | ") +
                          QString::fromUtf8(refusal.reason));
        EXPECT_EQ(actual, wanted);
    }
}

TEST(StretchFileCorpusTest, EveryValidFileIsAcceptedAndSurvivesARoundTrip)
{
    const QFileInfoList files = jsonFiles("valid-stretches");
    EXPECT_GE(files.size(), minimumValidFiles);
    for (const QFileInfo &file : files) {
        SCOPED_TRACE(file.filePath().toStdString());
        const StretchReadResult result = StretchFile::read(file.filePath());
        ASSERT_TRUE(isAccepted(result));
        EXPECT_EQ(result.stretch->id(), file.completeBaseName());
        const StretchReadResult again =
            StretchFile::parse(StretchFile::serialize(*result.stretch), file.fileName(),
                               result.stretch->id(), file.absolutePath());
        ASSERT_TRUE(isAccepted(again));
        EXPECT_TRUE(sameContent(*again.stretch, *result.stretch));
        EXPECT_EQ(again.stretch->picture().imagePath, result.stretch->picture().imagePath);
    }
}
