// Two devices sharing one preferences folder, as a sync tool would leave it: each writes only
// its own file, reads the other's, and the newest change of each value wins.

#include "sync/SharedPreferences.h"

#include "QtPrinters.h"
#include "SharedPreferencesTestSupport.h"

#include <gtest/gtest.h>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace limber;
using namespace limber::test::sharedprefs;

namespace {
const QString prepare = QStringLiteral("timing/prepare");
const QString catCow = QStringLiteral("timing/hold_overrides/cat-cow");

class SharedPreferencesTest : public testing::Test
{
protected:
    QString folder() const { return m_dir.filePath(QStringLiteral("preferences")); }
    QString fileOf(const QString &id) const
    {
        return folder() + u'/' + id + QStringLiteral(".json");
    }

private:
    QTemporaryDir m_dir;
};

QStringList messages(const QList<RoutineFileError> &problems)
{
    QStringList lines;
    for (const RoutineFileError &problem : problems)
        lines.append(problem.message());
    return lines;
}
} // namespace

TEST_F(SharedPreferencesTest, AValueSetOnOneDeviceIsSeenOnTheOtherAfterItLoads)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    EXPECT_TRUE(b.prefs.load().isEmpty());

    EXPECT_EQ(a.prefs.set(prepare, 7), std::nullopt);
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(7));
    EXPECT_TRUE(a.signalled.isEmpty()); // its own change is no news to it
    EXPECT_EQ(b.prefs.value(prepare), std::nullopt);

    EXPECT_TRUE(b.prefs.load().isEmpty());
    EXPECT_EQ(b.prefs.value(prepare), QJsonValue(7));
    EXPECT_EQ(b.signalled, QList<QSet<QString>>{{prepare}});
    // Only the device's own file is written, named after it.
    EXPECT_TRUE(QFileInfo::exists(fileOf(QStringLiteral("aaa"))));
    EXPECT_FALSE(QFileInfo::exists(fileOf(QStringLiteral("bbb"))));
}

TEST_F(SharedPreferencesTest, ANewerChangeFromTheOtherDeviceWinsAfterReloading)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    ASSERT_EQ(a.prefs.set(prepare, 7), std::nullopt);
    b.prefs.load();
    b.now = momentAt(60);
    ASSERT_EQ(b.prefs.set(prepare, 9), std::nullopt);

    a.prefs.load();
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(9));
    EXPECT_EQ(a.signalled, QList<QSet<QString>>{{prepare}});
}

TEST_F(SharedPreferencesTest, AnOlderChangeDoesNotWin)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    a.now = momentAt(60);
    ASSERT_EQ(a.prefs.set(prepare, 7), std::nullopt);
    // B changed it earlier, before it could see A's change.
    b.now = momentAt(0);
    ASSERT_EQ(b.prefs.set(prepare, 9), std::nullopt);

    a.prefs.load();
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(7));
    EXPECT_TRUE(a.signalled.isEmpty());
    b.prefs.load();
    EXPECT_EQ(b.prefs.value(prepare), QJsonValue(7));
    EXPECT_EQ(b.signalled, QList<QSet<QString>>{{prepare}});
}

TEST_F(SharedPreferencesTest, OnATieTheGreaterDeviceIdWinsOnEveryDevice)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    ASSERT_EQ(b.prefs.set(prepare, 9), std::nullopt);
    ASSERT_EQ(a.prefs.set(prepare, 7), std::nullopt);
    a.prefs.load();
    b.prefs.load();
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(9));
    EXPECT_EQ(b.prefs.value(prepare), QJsonValue(9));
}

TEST_F(SharedPreferencesTest, AnUnsetReachesTheOtherDeviceAsATombstone)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    ASSERT_EQ(a.prefs.set(catCow, 45), std::nullopt);
    b.prefs.load();
    ASSERT_EQ(b.prefs.keys(QStringLiteral("timing/hold_overrides/")), QStringList{catCow});

    a.now = momentAt(60);
    ASSERT_EQ(a.prefs.unset(catCow), std::nullopt);
    EXPECT_EQ(a.prefs.value(catCow), std::nullopt);
    EXPECT_TRUE(a.prefs.knows(catCow));
    const QJsonObject record = QJsonDocument::fromJson(fileBytes(fileOf(QStringLiteral("aaa"))))
                                   .object()
                                   .value(QStringLiteral("values"))
                                   .toObject()
                                   .value(catCow)
                                   .toObject();
    EXPECT_TRUE(record.value(QStringLiteral("value")).isNull());
    EXPECT_EQ(record.value(QStringLiteral("changed")).toString(),
              QStringLiteral("2026-12-04T18:01:00.000Z"));

    b.prefs.load();
    EXPECT_EQ(b.prefs.value(catCow), std::nullopt);
    EXPECT_TRUE(b.prefs.keys(QStringLiteral("timing/hold_overrides/")).isEmpty());
    EXPECT_EQ(b.signalled.last(), QSet<QString>{catCow});
}

TEST_F(SharedPreferencesTest, NothingIsWrittenByLoadingOrBySettingTheValueItHas)
{
    Device a(folder(), QStringLiteral("aaa"));
    ASSERT_EQ(a.prefs.set(prepare, 7), std::nullopt);
    const QString path = fileOf(QStringLiteral("aaa"));
    const QByteArray bytes = fileBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    // Later, so that a rewrite would stamp another time into the file.
    a.now = momentAt(3600);
    a.prefs.load();
    EXPECT_EQ(a.prefs.set(prepare, 7), std::nullopt);
    EXPECT_EQ(a.prefs.unset(QStringLiteral("timing/rest")), std::nullopt); // never set
    Device b(folder(), QStringLiteral("bbb"));
    b.now = momentAt(3600);
    b.prefs.load();
    EXPECT_EQ(b.prefs.set(prepare, 7), std::nullopt); // B already has it, from A

    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
    EXPECT_FALSE(QFileInfo::exists(fileOf(QStringLiteral("bbb"))));
}

TEST_F(SharedPreferencesTest, AChangeOnADeviceWhoseClockIsBehindStillWins)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    b.now = momentAt(3600); // B's clock runs an hour ahead
    ASSERT_EQ(b.prefs.set(prepare, 9), std::nullopt);
    a.prefs.load();
    ASSERT_EQ(a.prefs.set(prepare, 3), std::nullopt);
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(3));
    b.prefs.load();
    EXPECT_EQ(b.prefs.value(prepare), QJsonValue(3));
}

TEST_F(SharedPreferencesTest, WritingKeepsTheOtherValuesOfTheOwnFileThoseItDoesNotKnowToo)
{
    ASSERT_TRUE(
        writeBytes(fileOf(QStringLiteral("aaa")), R"({"format":"limber-preferences","version":1,
        "device":{"id":"aaa"},"values":{
        "future/feature":{"value":{"mode":"x"},"changed":"2026-12-01T10:00:00.000Z"},
        "timing/rest":{"value":20,"changed":"2026-12-01T10:00:00.000Z"}}})"));
    Device a(folder(), QStringLiteral("aaa"));
    ASSERT_TRUE(a.prefs.load().isEmpty());
    ASSERT_EQ(a.prefs.set(prepare, 7), std::nullopt);

    Device b(folder(), QStringLiteral("bbb"));
    b.prefs.load();
    EXPECT_EQ(b.prefs.value(QStringLiteral("timing/rest")), QJsonValue(20));
    EXPECT_EQ(b.prefs.value(QStringLiteral("future/feature")),
              QJsonValue(QJsonObject{{QStringLiteral("mode"), QStringLiteral("x")}}));
    EXPECT_EQ(b.prefs.value(prepare), QJsonValue(7));
}

TEST_F(SharedPreferencesTest, AValueSettingsCannotUseIsRefusedAndNothingWritten)
{
    Device a(folder(), QStringLiteral("aaa"));
    const auto error = a.prefs.set(prepare, 500);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->field, prepare);
    EXPECT_EQ(error->reason, QStringLiteral("must be a whole number from 0 to 120"));
    EXPECT_EQ(a.prefs.value(prepare), std::nullopt);
    EXPECT_FALSE(QFileInfo::exists(fileOf(QStringLiteral("aaa"))));
}

TEST_F(SharedPreferencesTest, ACorruptedOwnFileIsReportedThenMovedAsideBeforeTheNextWrite)
{
    const QString path = fileOf(QStringLiteral("aaa"));
    ASSERT_TRUE(writeBytes(path, "{\"format\":\"limber-preferences\","));
    Device a(folder(), QStringLiteral("aaa"));
    const QList<RoutineFileError> problems = a.prefs.load();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().file, path);
    EXPECT_TRUE(problems.first().reason.startsWith(QStringLiteral("is not valid JSON")));
    // Reading never writes, not even to repair.
    EXPECT_EQ(fileBytes(path), QByteArray("{\"format\":\"limber-preferences\","));
    EXPECT_TRUE(a.prefs.load().isEmpty()); // reported once

    a.now = momentAt(60);
    ASSERT_EQ(a.prefs.set(prepare, 7), std::nullopt);
    const QString aside = folder() + QStringLiteral("/aaa.broken-2026-12-04.json");
    EXPECT_EQ(fileBytes(aside), QByteArray("{\"format\":\"limber-preferences\","));
    EXPECT_EQ(messages(a.prefs.load()),
              QStringList{path + QStringLiteral(": could not be read and was moved aside to "
                                                "aaa.broken-2026-12-04.json; this device's "
                                                "preferences are written afresh")});
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(7));
    Device b(folder(), QStringLiteral("bbb"));
    EXPECT_TRUE(b.prefs.load().isEmpty()); // the moved-aside copy is not read
    EXPECT_EQ(b.prefs.value(prepare), QJsonValue(7));
}

TEST_F(SharedPreferencesTest, AnotherDevicesBrokenFileIsReportedIgnoredAndNeverTouched)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    ASSERT_EQ(b.prefs.set(prepare, 9), std::nullopt);
    a.prefs.load();
    ASSERT_EQ(a.prefs.value(prepare), QJsonValue(9));

    const QString path = fileOf(QStringLiteral("bbb"));
    const QByteArray garbage("\x89PNG\r\n\x1a\n garbage", 18);
    ASSERT_TRUE(writeBytes(path, garbage));
    const QList<RoutineFileError> problems = a.prefs.load();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().file, path);
    EXPECT_TRUE(a.prefs.load().isEmpty());
    // What it said before it broke still counts.
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(9));

    a.now = momentAt(60);
    ASSERT_EQ(a.prefs.set(prepare, 4), std::nullopt);
    EXPECT_EQ(fileBytes(path), garbage);
    EXPECT_EQ(QDir(folder()).entryList(QDir::Files),
              (QStringList{QStringLiteral("aaa.json"), QStringLiteral("bbb.json")}));
}

TEST_F(SharedPreferencesTest, AFailedWriteReturnsTheFileAndReasonAndChangesNothing)
{
    // Tests run as root, where permissions stop nothing: a folder under a file cannot exist.
    QTemporaryFile blocker;
    ASSERT_TRUE(blocker.open());
    const QString unwritable = blocker.fileName() + QStringLiteral("/preferences");
    Device a(unwritable, QStringLiteral("aaa"));
    EXPECT_TRUE(a.prefs.load().isEmpty());

    const auto error = a.prefs.set(prepare, 7);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, unwritable + QStringLiteral("/aaa.json"));
    EXPECT_FALSE(error->reason.isEmpty());
    EXPECT_EQ(a.prefs.value(prepare), std::nullopt);
    EXPECT_FALSE(a.prefs.knows(prepare));
    EXPECT_TRUE(a.prefs.keys().isEmpty());
}

TEST_F(SharedPreferencesTest, AdoptingTakesOnlyWhatNoDeviceHasDecided)
{
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    ASSERT_EQ(b.prefs.set(prepare, 9), std::nullopt);
    ASSERT_EQ(b.prefs.set(catCow, 45), std::nullopt);
    b.now = momentAt(10);
    ASSERT_EQ(b.prefs.unset(catCow), std::nullopt);
    a.prefs.load();

    ASSERT_EQ(a.prefs.adopt({{prepare, 3}, {catCow, 50}, {QStringLiteral("timing/rest"), 25}},
                            momentAt(3600)),
              std::nullopt);
    EXPECT_EQ(a.prefs.value(prepare), QJsonValue(9));
    EXPECT_EQ(a.prefs.value(catCow), std::nullopt);
    EXPECT_EQ(a.prefs.value(QStringLiteral("timing/rest")), QJsonValue(25));
}
