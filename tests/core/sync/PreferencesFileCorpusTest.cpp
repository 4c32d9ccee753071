// The preferences corpora in tests/data: every file in invalid-preferences is refused with
// exactly the refusals listed here (file, field and reason), and every file in
// valid-preferences is accepted and survives a round trip.

#include "QtPrinters.h"
#include "sync/PreferencesFile.h"
#include "TestPaths.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>
#include <QMap>

using namespace limber;

namespace {
// An emptied or misplaced corpus must fail rather than pass by testing nothing.
constexpr qsizetype minimumValidFiles = 2;

struct Expected
{
    const char *field;
    const char *reason;
};

const char *const wholeNumber0To120 = "must be a whole number from 0 to 120";
const char *const utcTime = "must be a date and time in UTC, as \"2026-12-04T18:00:00.000Z\"";

// Each invalid file with its refusals, in order. A file added to the folder without an entry
// here fails the test, and so does an entry whose file is gone.
const QMap<QString, QList<Expected>> &expectedRefusals()
{
    static const QMap<QString, QList<Expected>> expected = {
        {QStringLiteral("bad-date.json"), {{"values[\"timing/rest\"].changed", utcTime}}},
        {QStringLiteral("binary-garbage.json"), {{"", "is not valid JSON: a NUL byte at byte 8"}}},
        {QStringLiteral("bool-as-text.json"),
         {{"values[\"timing/warmup_enabled\"].value", "must be true or false"}}},
        {QStringLiteral("deep-nesting.json"),
         {{"", "is not valid JSON: too deeply nested document at byte 1123"}}},
        // Qt keeps the last of two equal keys: that one is read, and refused.
        {QStringLiteral("duplicate-keys.json"),
         {{"values[\"timing/prepare\"].value", wholeNumber0To120}}},
        {QStringLiteral("empty.json"), {{"", "is empty; a preferences file holds a JSON object"}}},
        {QStringLiteral("hold-override-bad-id.json"),
         {{"values[\"timing/hold_overrides/Cat Cow\"]",
           "must name a stretch id (only a-z, 0-9 and -) after \"timing/hold_overrides/\""}}},
        {QStringLiteral("huge-number.json"),
         {{"", "is not valid JSON: illegal number at byte 109"}}},
        {QStringLiteral("key-with-control.json"),
         {{"values[\"future/\\u0007bell\"]",
           "must not contain control characters (found U+0007)"}}},
        {QStringLiteral("local-time.json"), {{"values[\"timing/rest\"].changed", utcTime}}},
        {QStringLiteral("missing-changed.json"),
         {{"values[\"timing/prepare\"].changed", "is missing"}}},
        {QStringLiteral("missing-device.json"), {{"device", "is missing"}}},
        {QStringLiteral("not-json.json"),
         {{"", "is not valid JSON: unterminated object at byte 90"}}},
        {QStringLiteral("not-whole.json"),
         {{"values[\"timing/default_hold\"].value", "must be a whole number from 5 to 600"}}},
        {QStringLiteral("out-of-range.json"),
         {{"values[\"history/weekly_goal_days\"].value", "must be a whole number from 1 to 7"}}},
        {QStringLiteral("record-not-object.json"),
         {{"values[\"timing/prepare\"]",
           "must be an object such as {\"value\": 5, \"changed\": \"2026-12-04T18:00:00.000Z\"}"}}},
        {QStringLiteral("record-unknown-field.json"),
         {{"values[\"timing/prepare\"].by", "is not a known field"}}},
        {QStringLiteral("top-level-array.json"),
         {{"", "must hold a JSON object ({ ... }) at the top level"}}},
        {QStringLiteral("unknown-field.json"), {{"colour", "is not a known field"}}},
        {QStringLiteral("version-2.json"),
         {{"version", "unsupported version 2; this Limber reads version 1"}}},
        {QStringLiteral("wrong-format.json"), {{"format", "must be \"limber-preferences\""}}},
        {QStringLiteral("wrong-value-type.json"),
         {{"values[\"timing/prepare\"].value", wholeNumber0To120}}},
    };
    return expected;
}

QFileInfoList jsonFiles(const char *directory)
{
    const QDir dir(test::dataPath(QString::fromLatin1(directory)));
    return dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}
} // namespace

TEST(PreferencesFileCorpusTest, EveryInvalidFileIsListedAndEveryListedFileIsThere)
{
    QStringList present;
    for (const QFileInfo &file : jsonFiles("invalid-preferences"))
        present.append(file.fileName());
    EXPECT_EQ(present, expectedRefusals().keys());
}

TEST(PreferencesFileCorpusTest, EveryInvalidFileIsRefusedWithItsFileFieldAndReason)
{
    for (const QFileInfo &file : jsonFiles("invalid-preferences")) {
        const QString path = file.filePath();
        SCOPED_TRACE(path.toStdString());
        const PreferencesReadResult result = PreferencesFile::read(path, {});
        EXPECT_FALSE(result.contents.has_value());
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

TEST(PreferencesFileCorpusTest, EveryValidFileIsReadAndSurvivesARoundTrip)
{
    const QFileInfoList files = jsonFiles("valid-preferences");
    EXPECT_GE(files.size(), minimumValidFiles);
    for (const QFileInfo &file : files) {
        SCOPED_TRACE(file.filePath().toStdString());
        const PreferencesReadResult result =
            PreferencesFile::read(file.filePath(), file.completeBaseName());
        ASSERT_TRUE(result.contents.has_value()) << result.errors.value(0).message().toStdString();
        const PreferencesReadResult again =
            PreferencesFile::parse(PreferencesFile::serialize(*result.contents), file.fileName());
        ASSERT_TRUE(again.contents.has_value());
        EXPECT_EQ(again.contents->deviceId, result.contents->deviceId);
        EXPECT_EQ(again.contents->deviceName, result.contents->deviceName);
        EXPECT_EQ(again.contents->values, result.contents->values);
    }
}

TEST(PreferencesFileCorpusTest, AValidFileKeepsTombstonesUnknownKeysAndMilliseconds)
{
    const PreferencesReadResult result =
        PreferencesFile::read(test::dataPath(QStringLiteral(
                                  "valid-preferences/3b0e8d4e-52b6-4f3a-9a0e-6c1d2e7f8a90.json")),
                              QStringLiteral("3b0e8d4e-52b6-4f3a-9a0e-6c1d2e7f8a90"));
    ASSERT_TRUE(result.contents.has_value());
    const auto &values = result.contents->values;
    EXPECT_EQ(result.contents->deviceName, QStringLiteral("laptop"));
    EXPECT_TRUE(values.value(QStringLiteral("timing/default_hold")).isUnset());
    EXPECT_EQ(
        PreferencesFile::timeText(values.value(QStringLiteral("timing/default_hold")).changed),
        QStringLiteral("2026-12-03T07:12:45.250Z"));
    EXPECT_TRUE(values.value(QStringLiteral("reminders/shared_someday")).value.isObject());
    EXPECT_EQ(values.value(QStringLiteral("timing/hold_overrides/cat-cow")).value, QJsonValue(45));
}

TEST(PreferencesFileCorpusTest, AFileClaimingAnotherDevicesIdIsRefused)
{
    const PreferencesReadResult result = PreferencesFile::parse(
        R"({"format":"limber-preferences","version":1,"device":{"id":"other"},"values":{}})",
        QStringLiteral("mine.json"), QStringLiteral("mine"));
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.first().message(),
              QStringLiteral("mine.json: device.id: must be the file's name (\"mine\"): each "
                             "device writes only its own file"));
}
