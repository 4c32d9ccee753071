// Settings sharing the person's values through the data folder's preferences: moved over from
// QSettings once, read and written there since, and changes from another device signalled.

#include "QtPrinters.h"
#include "SharedPreferencesTestSupport.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace limber;
using namespace limber::test::sharedprefs;

namespace {
class SettingsSharingTest : public testing::Test
{
protected:
    QString folder() const { return m_dir.filePath(QStringLiteral("preferences")); }
    QString confPath() const { return m_dir.filePath(QStringLiteral("limber.conf")); }

    // A QSettings file as this machine left it before sharing, last written at modified.
    void writeConf(const QByteArray &content, const QDateTime &modified) const
    {
        QFile file(confPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(content), content.size());
        ASSERT_TRUE(file.flush()); // or closing would stamp the time of the write
        ASSERT_TRUE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }

    // The record the device's own file keeps for key.
    QJsonObject recordIn(const QString &id, const QString &key) const
    {
        return QJsonDocument::fromJson(fileBytes(folder() + u'/' + id + QStringLiteral(".json")))
            .object()
            .value(QStringLiteral("values"))
            .toObject()
            .value(key)
            .toObject();
    }

private:
    QTemporaryDir m_dir;
};

struct Signals
{
    explicit Signals(Settings &settings)
    {
        QObject::connect(&settings, &Settings::timingChanged, [this] { ++timing; });
        QObject::connect(&settings, &Settings::historyChanged, [this] { ++history; });
        QObject::connect(&settings, &Settings::cuesChanged, [this] { ++cues; });
    }
    int timing = 0;
    int history = 0;
    int cues = 0;
};

const QByteArray oldConf = "[timing]\nprepare=12\nrest=25\nhold_overrides\\cat-cow=45\n"
                           "[history]\nweekly_goal_days=5\n[cues]\nvolume=50\n";

// A store holding whatever the test puts in, unchecked, as a newer Limber's might.
class LooseStore : public SharedValueStore
{
public:
    QHash<QString, QJsonValue> values;

    std::optional<QJsonValue> value(const QString &key) const override
    {
        return values.contains(key) ? std::optional(values.value(key)) : std::nullopt;
    }
    bool knows(const QString &key) const override { return values.contains(key); }
    QStringList keys(const QString &prefix) const override
    {
        QStringList found;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().startsWith(prefix))
                found.append(it.key());
        }
        return found;
    }
    std::optional<RoutineFileError> set(const QString &key, const QJsonValue &value) override
    {
        values.insert(key, value);
        return std::nullopt;
    }
    std::optional<RoutineFileError> unset(const QString &key) override
    {
        values.remove(key);
        return std::nullopt;
    }
    std::optional<RoutineFileError> adopt(const QHash<QString, QJsonValue> &,
                                          const QDateTime &) override
    {
        return std::nullopt;
    }
};
} // namespace

TEST_F(SettingsSharingTest, FirstSharingMovesThePersonsValuesOverAndTheSharedOnesWin)
{
    writeConf(oldConf, momentAt(0));
    Device b(folder(), QStringLiteral("bbb"));
    b.now = momentAt(-3600); // older than this machine's values, and still kept
    ASSERT_EQ(b.prefs.set(QStringLiteral("timing/prepare"), 20), std::nullopt);

    QSettings store(confPath(), QSettings::IniFormat);
    Settings settings(store);
    ASSERT_EQ(settings.prepareSeconds(), 12);
    Device a(folder(), QStringLiteral("aaa"));
    a.prefs.load();
    Signals seen(settings);
    settings.shareThrough(a.prefs);

    EXPECT_EQ(settings.prepareSeconds(), 20);
    EXPECT_EQ(settings.restSeconds(), 25);
    EXPECT_EQ(settings.holdOverride(QStringLiteral("cat-cow")), 45);
    EXPECT_EQ(settings.weeklyGoalDays(), 5);
    EXPECT_EQ(seen.timing, 1);
    EXPECT_EQ(seen.history, 0);
    // Moved: stamped with when this machine last wrote them.
    EXPECT_EQ(
        recordIn(QStringLiteral("aaa"), QStringLiteral("timing/hold_overrides/cat-cow")),
        (QJsonObject{{QStringLiteral("value"), 45},
                     {QStringLiteral("changed"), QStringLiteral("2026-12-04T18:00:00.000Z")}}));
    EXPECT_TRUE(recordIn(QStringLiteral("aaa"), QStringLiteral("timing/prepare")).isEmpty());
    store.sync();
    EXPECT_EQ(store.allKeys(), QStringList{QStringLiteral("cues/volume")});
    EXPECT_EQ(settings.soundVolume(), 50);

    b.prefs.load();
    EXPECT_EQ(b.prefs.value(QStringLiteral("timing/rest")), QJsonValue(25));
}

TEST_F(SettingsSharingTest, AValueChangedOnAnotherDeviceAfterTheMoveWinsAndIsSignalled)
{
    writeConf(oldConf, momentAt(0));
    QSettings store(confPath(), QSettings::IniFormat);
    Settings settings(store);
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    a.prefs.load();
    settings.shareThrough(a.prefs);
    Signals seen(settings);

    b.now = momentAt(60);
    ASSERT_EQ(b.prefs.set(QStringLiteral("timing/rest"), 15), std::nullopt);
    ASSERT_EQ(b.prefs.set(QStringLiteral("history/weekly_goal_days"), 6), std::nullopt);
    ASSERT_EQ(b.prefs.set(QStringLiteral("timing/warmup_enabled"), false), std::nullopt);
    a.prefs.load();

    EXPECT_EQ(settings.restSeconds(), 15);
    EXPECT_EQ(settings.weeklyGoalDays(), 6);
    EXPECT_FALSE(settings.warmupEnabled());
    EXPECT_EQ(settings.timing().restSeconds, 15);
    EXPECT_EQ(seen.timing, 1);
    EXPECT_EQ(seen.history, 1);
    EXPECT_EQ(seen.cues, 0);
}

TEST_F(SettingsSharingTest, SettersWriteThePersonsValuesToTheSharedFileAndTheRestToQSettings)
{
    QSettings store(confPath(), QSettings::IniFormat);
    Settings settings(store);
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    a.prefs.load();
    settings.shareThrough(a.prefs);

    settings.setPrepareSeconds(8);
    settings.setDefaultHoldSeconds(40);
    settings.setHoldOverride(QStringLiteral("cat-cow"), 50);
    settings.setSoundVolume(30);
    b.prefs.load();
    EXPECT_EQ(b.prefs.value(QStringLiteral("timing/prepare")), QJsonValue(8));
    EXPECT_EQ(b.prefs.value(QStringLiteral("timing/default_hold")), QJsonValue(40));
    EXPECT_EQ(b.prefs.value(QStringLiteral("timing/hold_overrides/cat-cow")), QJsonValue(50));
    store.sync();
    EXPECT_EQ(store.allKeys(), QStringList{QStringLiteral("cues/volume")});

    a.now = momentAt(60);
    settings.setHoldOverride(QStringLiteral("cat-cow"), std::nullopt);
    settings.setDefaultHoldSeconds(std::nullopt);
    b.prefs.load();
    EXPECT_EQ(b.prefs.value(QStringLiteral("timing/hold_overrides/cat-cow")), std::nullopt);
    EXPECT_EQ(b.prefs.value(QStringLiteral("timing/default_hold")), std::nullopt);
}

TEST_F(SettingsSharingTest, AFailedSharedWriteIsSignalledWithTheFile)
{
    QTemporaryFile blocker;
    ASSERT_TRUE(blocker.open());
    QSettings store(confPath(), QSettings::IniFormat);
    Settings settings(store);
    Device a(blocker.fileName() + QStringLiteral("/preferences"), QStringLiteral("aaa"));
    settings.shareThrough(a.prefs);
    QStringList failures;
    QObject::connect(&settings, &Settings::sharedWriteFailed,
                     [&failures](const QString &message) { failures.append(message); });

    settings.setRestSeconds(30);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().startsWith(blocker.fileName() +
                                            QStringLiteral("/preferences/aaa.json: ")));
    EXPECT_FALSE(store.contains(QStringLiteral("timing/rest")));
}

TEST_F(SettingsSharingTest, AnUnusableSharedValueFallsBackToItsDefaultWithAWarning)
{
    QSettings store(confPath(), QSettings::IniFormat);
    Settings settings(store);
    LooseStore shared;
    shared.values.insert(QStringLiteral("timing/prepare"), 500);
    shared.values.insert(QStringLiteral("timing/hold_overrides/cat-cow"), QStringLiteral("long"));
    settings.shareThrough(shared);

    EXPECT_EQ(settings.prepareSeconds(), Settings::prepareRange.defaultValue);
    EXPECT_EQ(settings.holdOverride(QStringLiteral("cat-cow")), std::nullopt);
    EXPECT_EQ(settings.warnings(),
              (QStringList{QStringLiteral("timing/hold_overrides/cat-cow: \"long\" is not a whole "
                                          "number; the override is dropped"),
                           QStringLiteral("timing/prepare: \"500\" is out of range (0 to 120 s); "
                                          "using 5")}));
}

TEST_F(SettingsSharingTest, ResettingUnsetsThePersonsValuesOnEveryDevice)
{
    QSettings store(confPath(), QSettings::IniFormat);
    Settings settings(store);
    Device a(folder(), QStringLiteral("aaa"));
    Device b(folder(), QStringLiteral("bbb"));
    a.prefs.load();
    settings.shareThrough(a.prefs);
    settings.setWeeklyGoalDays(6);
    settings.setHoldOverride(QStringLiteral("cat-cow"), 50);

    a.now = momentAt(60);
    settings.resetToDefaults();
    EXPECT_EQ(settings.weeklyGoalDays(), Settings::weeklyGoalRange.defaultValue);
    EXPECT_TRUE(settings.holdOverrides().isEmpty());
    b.prefs.load();
    EXPECT_EQ(b.prefs.value(QStringLiteral("history/weekly_goal_days")), std::nullopt);
    EXPECT_TRUE(b.prefs.knows(QStringLiteral("history/weekly_goal_days")));
    EXPECT_TRUE(b.prefs.keys(QStringLiteral("timing/hold_overrides/")).isEmpty());
}

TEST_F(SettingsSharingTest, SharingAgainLaterMovesNothingAndWritesNothing)
{
    writeConf(oldConf, momentAt(0));
    Device a(folder(), QStringLiteral("aaa"));
    {
        QSettings store(confPath(), QSettings::IniFormat);
        Settings settings(store);
        a.prefs.load();
        settings.shareThrough(a.prefs);
    }
    const QString own = folder() + QStringLiteral("/aaa.json");
    const QByteArray bytes = fileBytes(own);
    const QDateTime modified = QFileInfo(own).lastModified();

    // The next start: a new Settings over the same local settings and folder.
    a.now = momentAt(3600);
    Device again(folder(), QStringLiteral("aaa"));
    again.now = momentAt(3600);
    QSettings store(confPath(), QSettings::IniFormat);
    Settings settings(store);
    EXPECT_TRUE(again.prefs.load().isEmpty());
    settings.shareThrough(again.prefs);
    EXPECT_EQ(settings.restSeconds(), 25);
    EXPECT_EQ(fileBytes(own), bytes);
    EXPECT_EQ(QFileInfo(own).lastModified(), modified);
}
