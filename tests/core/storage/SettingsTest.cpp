#include "storage/Settings.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "playback/Timeline.h"
#include "QtPrinters.h"
#include "SettingsTestSupport.h"

#include <gtest/gtest.h>
#include <QSettings>

using namespace limber;
using namespace limber::test;

namespace {

struct IntSetting
{
    const char *key;
    IntRange range;
    void (Settings::*set)(int);
    int (Settings::*get)() const;
    void (Settings::*changed)();
};

const IntSetting intSettings[] = {
    {"timing/prepare", Settings::prepareRange, &Settings::setPrepareSeconds,
     &Settings::prepareSeconds, &Settings::timingChanged},
    {"timing/rest", Settings::restRange, &Settings::setRestSeconds, &Settings::restSeconds,
     &Settings::timingChanged},
    {"timing/switch", Settings::switchRange, &Settings::setSwitchSeconds, &Settings::switchSeconds,
     &Settings::timingChanged},
    {"timing/warmup", Settings::warmupRange, &Settings::setWarmupSeconds, &Settings::warmupSeconds,
     &Settings::timingChanged},
    {"cues/volume", Settings::volumeRange, &Settings::setSoundVolume, &Settings::soundVolume,
     &Settings::cuesChanged},
    {"cues/speech_rate", Settings::speechRateRange, &Settings::setSpeechRate, &Settings::speechRate,
     &Settings::cuesChanged},
};

struct BoolSetting
{
    const char *key;
    void (Settings::*set)(bool);
    bool (Settings::*get)() const;
    void (Settings::*changed)();
};

// Every switch is on by default.
const BoolSetting boolSettings[] = {
    {"timing/warmup_enabled", &Settings::setWarmupEnabled, &Settings::warmupEnabled,
     &Settings::timingChanged},
    {"cues/sound", &Settings::setSoundEnabled, &Settings::soundEnabled, &Settings::cuesChanged},
    {"cues/ticks", &Settings::setTicksEnabled, &Settings::ticksEnabled, &Settings::cuesChanged},
    {"cues/voice", &Settings::setVoiceEnabled, &Settings::voiceEnabled, &Settings::cuesChanged},
    {"cues/breathing_pacer", &Settings::setBreathingPacerEnabled, &Settings::breathingPacerEnabled,
     &Settings::cuesChanged},
};

class SettingsTest : public SettingsFileTest
{
};

TEST_F(SettingsTest, EmptyStoreGivesDefaults)
{
    QSettings store(path(), QSettings::IniFormat);
    const Settings settings(store);
    EXPECT_EQ(settings.defaultHoldSeconds(), std::nullopt);
    EXPECT_TRUE(settings.holdOverrides().isEmpty());
    for (const IntSetting &setting : intSettings)
        EXPECT_EQ((settings.*setting.get)(), setting.range.defaultValue) << setting.key;
    for (const BoolSetting &setting : boolSettings)
        EXPECT_TRUE((settings.*setting.get)()) << setting.key;
    EXPECT_EQ(settings.voiceName(), QString());
    EXPECT_EQ(settings.colorScheme(), ColorScheme::System);
    EXPECT_EQ(settings.language(), QString());
    EXPECT_EQ(settings.selectedRoutine(), QString());
    EXPECT_TRUE(settings.warnings().isEmpty());

    const TimingPreferences timing = settings.timing();
    EXPECT_EQ(timing.defaultHoldSeconds, std::nullopt);
    EXPECT_EQ(timing.prepareSeconds, 5);
    EXPECT_EQ(timing.restSeconds, 10);
    EXPECT_EQ(timing.switchSeconds, 5);
    EXPECT_EQ(timing.warmupSeconds, 120);
}

TEST_F(SettingsTest, SettersClampToTheirRange)
{
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    for (const IntSetting &setting : intSettings) {
        (settings.*setting.set)(setting.range.minimum - 1);
        EXPECT_EQ((settings.*setting.get)(), setting.range.minimum) << setting.key;
        (settings.*setting.set)(setting.range.maximum + 1);
        EXPECT_EQ((settings.*setting.get)(), setting.range.maximum) << setting.key;
        EXPECT_EQ(store.value(QString::fromLatin1(setting.key)).toInt(), setting.range.maximum)
            << setting.key;
    }
    settings.setDefaultHoldSeconds(1);
    EXPECT_EQ(settings.defaultHoldSeconds(), 5);
    settings.setDefaultHoldSeconds(10000);
    EXPECT_EQ(settings.defaultHoldSeconds(), 600);
    settings.setHoldOverride(QStringLiteral("butterfly"), 0);
    EXPECT_EQ(settings.holdOverride(QStringLiteral("butterfly")), 5);
    settings.setHoldOverride(QStringLiteral("butterfly"), 601);
    EXPECT_EQ(settings.holdOverride(QStringLiteral("butterfly")), 600);
}

TEST_F(SettingsTest, EverySettingSurvivesReopening)
{
    {
        QSettings store(path(), QSettings::IniFormat);
        Settings settings(store);
        for (const IntSetting &setting : intSettings)
            (settings.*setting.set)(setting.range.minimum + 1);
        for (const BoolSetting &setting : boolSettings)
            (settings.*setting.set)(false);
        settings.setDefaultHoldSeconds(45);
        settings.setHoldOverride(QStringLiteral("knee-to-chest"), 60);
        settings.setHoldOverride(QStringLiteral("not-in-the-catalog"), 20);
        settings.setVoiceName(QStringLiteral("English (Great Britain), male"));
        settings.setColorScheme(ColorScheme::Dark);
        settings.setLanguage(QStringLiteral("es"));
        settings.setSelectedRoutine(QStringLiteral("evening-unwind"));
    }
    QSettings store(path(), QSettings::IniFormat);
    const Settings settings(store);
    for (const IntSetting &setting : intSettings) {
        EXPECT_EQ((settings.*setting.get)(), setting.range.minimum + 1) << setting.key;
        EXPECT_EQ(store.value(QString::fromLatin1(setting.key)).toInt(), setting.range.minimum + 1)
            << setting.key;
    }
    for (const BoolSetting &setting : boolSettings) {
        EXPECT_FALSE((settings.*setting.get)()) << setting.key;
        EXPECT_EQ(store.value(QString::fromLatin1(setting.key)).toString(), u"false")
            << setting.key;
    }
    EXPECT_EQ(settings.defaultHoldSeconds(), 45);
    EXPECT_EQ(settings.holdOverrides(),
              (QHash<QString, int>{{QStringLiteral("knee-to-chest"), 60},
                                   {QStringLiteral("not-in-the-catalog"), 20}}));
    EXPECT_EQ(store.value(QStringLiteral("timing/hold_overrides/knee-to-chest")).toInt(), 60);
    EXPECT_EQ(store.value(QStringLiteral("timing/default_hold")).toInt(), 45);
    EXPECT_EQ(settings.voiceName(), u"English (Great Britain), male");
    EXPECT_EQ(settings.colorScheme(), ColorScheme::Dark);
    EXPECT_EQ(store.value(QStringLiteral("appearance/scheme")).toString(), u"dark");
    EXPECT_EQ(settings.language(), u"es");
    EXPECT_EQ(store.value(QStringLiteral("appearance/language")).toString(), u"es");
    EXPECT_EQ(settings.selectedRoutine(), u"evening-unwind");
    EXPECT_EQ(store.value(QStringLiteral("routines/selected")).toString(), u"evening-unwind");
    EXPECT_TRUE(settings.warnings().isEmpty()) << settings.warnings().join(u'\n').toStdString();
}

TEST_F(SettingsTest, UnsettingRemovesTheStoredValue)
{
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    settings.setDefaultHoldSeconds(45);
    settings.setHoldOverride(QStringLiteral("butterfly"), 50);
    settings.setDefaultHoldSeconds(std::nullopt);
    settings.setHoldOverride(QStringLiteral("butterfly"), std::nullopt);
    EXPECT_EQ(settings.defaultHoldSeconds(), std::nullopt);
    EXPECT_EQ(settings.holdOverride(QStringLiteral("butterfly")), std::nullopt);
    EXPECT_TRUE(store.allKeys().isEmpty()) << store.allKeys().join(u' ').toStdString();
}

TEST_F(SettingsTest, EachSetterSignalsOncePerRealChange)
{
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    SignalCounter counter(settings);

    for (const IntSetting &setting : intSettings) {
        SCOPED_TRACE(setting.key);
        const int before = counter.count(setting.changed);
        (settings.*setting.set)(setting.range.minimum + 1);
        (settings.*setting.set)(setting.range.minimum + 1);
        EXPECT_EQ(counter.count(setting.changed), before + 1);
        // Clamped to the maximum twice: the second is no change.
        (settings.*setting.set)(setting.range.maximum + 1);
        (settings.*setting.set)(setting.range.maximum + 5);
        EXPECT_EQ(counter.count(setting.changed), before + 2);
    }
    for (const BoolSetting &setting : boolSettings) {
        SCOPED_TRACE(setting.key);
        const int before = counter.count(setting.changed);
        (settings.*setting.set)(true); // already on
        (settings.*setting.set)(false);
        (settings.*setting.set)(false);
        EXPECT_EQ(counter.count(setting.changed), before + 1);
    }
    EXPECT_EQ(counter.timing, 4 * 2 + 1);
    EXPECT_EQ(counter.cues, 2 * 2 + 4);

    settings.setDefaultHoldSeconds(40);
    settings.setDefaultHoldSeconds(40);
    settings.setHoldOverride(QStringLiteral("butterfly"), 50);
    settings.setHoldOverride(QStringLiteral("butterfly"), 50);
    settings.setHoldOverride(QStringLiteral("cat-cow"), std::nullopt); // had none
    EXPECT_EQ(counter.timing, 9 + 2);
    settings.setVoiceName(QStringLiteral("Anna"));
    settings.setVoiceName(QStringLiteral("Anna"));
    EXPECT_EQ(counter.cues, 8 + 1);

    settings.setColorScheme(ColorScheme::System);
    settings.setColorScheme(ColorScheme::Light);
    settings.setColorScheme(ColorScheme::Light);
    EXPECT_EQ(counter.schemes, QList<ColorScheme>{ColorScheme::Light});
    settings.setLanguage(QStringLiteral("de"));
    settings.setLanguage(QStringLiteral("de_DE"));
    EXPECT_EQ(counter.languages, QStringList{QStringLiteral("de")});
    settings.setSelectedRoutine(QStringLiteral("mine"));
    settings.setSelectedRoutine(QStringLiteral("mine"));
    EXPECT_EQ(counter.routines, QStringList{QStringLiteral("mine")});
    EXPECT_EQ(counter.timing, 11);
    EXPECT_EQ(counter.cues, 9);
}

TEST_F(SettingsTest, UnsupportedLanguageIsIgnored)
{
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    settings.setLanguage(QStringLiteral("de-AT"));
    EXPECT_EQ(settings.language(), u"de");
    SignalCounter counter(settings);
    const WarningCatcher catcher;
    settings.setLanguage(QStringLiteral("ja"));
    EXPECT_EQ(settings.language(), u"de");
    EXPECT_EQ(store.value(QStringLiteral("appearance/language")).toString(), u"de");
    EXPECT_TRUE(counter.languages.isEmpty());
    ASSERT_EQ(catcher.messages().size(), 1);
    EXPECT_TRUE(catcher.messages().first().contains(u"\"ja\""));
    settings.setLanguage(QString());
    EXPECT_EQ(settings.language(), QString());
    EXPECT_EQ(counter.languages, QStringList{QString()});
}

TEST_F(SettingsTest, BrazilianPortugueseKeepsItsCountry)
{
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    for (const char *written : {"pt_BR", "pt-BR", "pt-br", "pt", "pt_PT"}) {
        settings.setLanguage(QString::fromLatin1(written));
        EXPECT_EQ(settings.language(), u"pt_BR") << written;
    }
    EXPECT_EQ(store.value(QStringLiteral("appearance/language")).toString(), u"pt_BR");
    settings.setLanguage(QStringLiteral("fr_CA"));
    EXPECT_EQ(settings.language(), u"fr");
    settings.setLanguage(QStringLiteral("ar"));
    EXPECT_EQ(settings.language(), u"ar");
}

TEST_F(SettingsTest, InvalidStretchIdIsNotStored)
{
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    SignalCounter counter(settings);
    const WarningCatcher catcher;
    settings.setHoldOverride(QStringLiteral("a/b"), 30);
    settings.setHoldOverride(QString(), 30);
    EXPECT_TRUE(settings.holdOverrides().isEmpty());
    EXPECT_TRUE(store.allKeys().isEmpty());
    EXPECT_EQ(counter.timing, 0);
    EXPECT_EQ(catcher.messages().size(), 2);
}

// Hold segments of one stretch in the built-in routine, in milliseconds.
QList<qint64> holdsOf(const Settings &settings, const char *stretchId)
{
    const Timeline timeline = Timeline::build(builtin::backAndHips(Catalog::builtIn()),
                                              settings.timing(), Catalog::builtIn());
    QList<qint64> durations;
    for (const Segment &segment : timeline.segments()) {
        if (segment.kind == SegmentKind::Hold && segment.stretchId == QLatin1String(stretchId))
            durations.append(segment.durationMs);
    }
    return durations;
}

TEST_F(SettingsTest, HoldOverridesAndDefaultHoldReachTheTimeline)
{
    const int butterflyDefault = Catalog::builtIn().find(u"butterfly")->defaultHoldSeconds() * 1000;
    const int kneeDefault = Catalog::builtIn().find(u"knee-to-chest")->defaultHoldSeconds() * 1000;
    ASSERT_NE(kneeDefault, 45000);
    ASSERT_NE(butterflyDefault, 40000);
    {
        QSettings store(path(), QSettings::IniFormat);
        Settings settings(store);
        settings.setHoldOverride(QStringLiteral("knee-to-chest"), 45);
        EXPECT_EQ(holdsOf(settings, "knee-to-chest"), (QList<qint64>{45000, 45000}));
        EXPECT_EQ(holdsOf(settings, "butterfly"), QList<qint64>{butterflyDefault});
    }
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    EXPECT_EQ(holdsOf(settings, "knee-to-chest"), (QList<qint64>{45000, 45000}));
    settings.setDefaultHoldSeconds(40);
    EXPECT_EQ(holdsOf(settings, "butterfly"), QList<qint64>{40000});
    EXPECT_EQ(holdsOf(settings, "knee-to-chest"), (QList<qint64>{45000, 45000}));
    settings.setHoldOverride(QStringLiteral("knee-to-chest"), std::nullopt);
    EXPECT_EQ(holdsOf(settings, "knee-to-chest"), (QList<qint64>{40000, 40000}));
    settings.setDefaultHoldSeconds(std::nullopt);
    EXPECT_EQ(holdsOf(settings, "knee-to-chest"), (QList<qint64>{kneeDefault, kneeDefault}));
}

TEST_F(SettingsTest, WarmupOffGivesNoWarmupSegment)
{
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    const Routine routine = builtin::backAndHips(Catalog::builtIn());
    settings.setWarmupSeconds(60);
    Timeline timeline = Timeline::build(routine, settings.timing(), Catalog::builtIn());
    EXPECT_EQ(timeline.segments().first().kind, SegmentKind::Warmup);
    EXPECT_EQ(timeline.segments().first().durationMs, 60000);

    settings.setWarmupEnabled(false);
    EXPECT_EQ(settings.timing().warmupSeconds, 0);
    EXPECT_EQ(settings.warmupSeconds(), 60); // kept for when it is turned on again
    timeline = Timeline::build(routine, settings.timing(), Catalog::builtIn());
    for (const Segment &segment : timeline.segments())
        EXPECT_NE(segment.kind, SegmentKind::Warmup);
    EXPECT_EQ(timeline.segments().first().kind, SegmentKind::Prepare);
}

TEST_F(SettingsTest, ResetClearsEverythingButGeometryAndSelectedRoutine)
{
    QSettings store(path(), QSettings::IniFormat);
    store.setValue(QStringLiteral("window/geometry"), QByteArray("geometry"));
    Settings settings(store);
    for (const IntSetting &setting : intSettings)
        (settings.*setting.set)(setting.range.minimum + 1);
    for (const BoolSetting &setting : boolSettings)
        (settings.*setting.set)(false);
    settings.setDefaultHoldSeconds(45);
    settings.setHoldOverride(QStringLiteral("butterfly"), 50);
    settings.setVoiceName(QStringLiteral("Anna"));
    settings.setColorScheme(ColorScheme::Dark);
    settings.setLanguage(QStringLiteral("de"));
    settings.setSelectedRoutine(QStringLiteral("mine"));

    SignalCounter counter(settings);
    settings.resetToDefaults();
    EXPECT_EQ(counter.timing, 1);
    EXPECT_EQ(counter.cues, 1);
    EXPECT_EQ(counter.schemes, QList<ColorScheme>{ColorScheme::System});
    EXPECT_EQ(counter.languages, QStringList{QString()});
    EXPECT_TRUE(counter.routines.isEmpty());

    QStringList keys = store.allKeys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("routines/selected"),
                                 QStringLiteral("window/geometry")}));
    EXPECT_EQ(settings.selectedRoutine(), u"mine");
    for (const IntSetting &setting : intSettings)
        EXPECT_EQ((settings.*setting.get)(), setting.range.defaultValue) << setting.key;
    for (const BoolSetting &setting : boolSettings)
        EXPECT_TRUE((settings.*setting.get)()) << setting.key;
    EXPECT_EQ(settings.defaultHoldSeconds(), std::nullopt);
    EXPECT_TRUE(settings.holdOverrides().isEmpty());
    EXPECT_EQ(settings.voiceName(), QString());
    EXPECT_EQ(settings.colorScheme(), ColorScheme::System);
    EXPECT_EQ(settings.language(), QString());

    settings.resetToDefaults();
    EXPECT_EQ(counter.timing, 1);
    EXPECT_EQ(counter.cues, 1);
    EXPECT_EQ(counter.schemes.size(), 1);
    EXPECT_EQ(counter.languages.size(), 1);
}

} // namespace
