#include "QtPrinters.h"
#include "SettingsTestSupport.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QSettings>

using namespace limber;
using namespace limber::test;

namespace {

class SettingsStoredValuesTest : public SettingsFileTest
{
};

// Also the spelling the end-to-end test and hand-edited files use.
TEST_F(SettingsStoredValuesTest, ReadsHandWrittenValues)
{
    writeFile("[timing]\n"
              "default_hold=45\n"
              "hold_overrides\\knee-to-chest=60\n"
              "prepare=0\n"
              "rest=120\n"
              "switch= 7\n"
              "warmup_enabled=0\n"
              "warmup=900\n"
              "[cues]\n"
              "sound=FALSE\n"
              "volume=100\n"
              "ticks=1\n"
              "voice=false\n"
              "voice_name=espeak, en\n"
              "speech_rate=-10\n"
              "breathing_pacer=true\n"
              "[appearance]\n"
              "scheme=dark\n"
              "language=de_DE\n"
              "[routines]\n"
              "selected=back-and-hips\n");
    QSettings store(path(), QSettings::IniFormat);
    const Settings settings(store);
    EXPECT_TRUE(settings.warnings().isEmpty()) << settings.warnings().join(u'\n').toStdString();
    EXPECT_EQ(settings.defaultHoldSeconds(), 45);
    EXPECT_EQ(settings.holdOverride(QStringLiteral("knee-to-chest")), 60);
    EXPECT_EQ(settings.prepareSeconds(), 0);
    EXPECT_EQ(settings.restSeconds(), 120);
    EXPECT_EQ(settings.switchSeconds(), 7);
    EXPECT_FALSE(settings.warmupEnabled());
    EXPECT_EQ(settings.warmupSeconds(), 900);
    EXPECT_EQ(settings.timing().warmupSeconds, 0);
    EXPECT_FALSE(settings.soundEnabled());
    EXPECT_EQ(settings.soundVolume(), 100);
    EXPECT_TRUE(settings.ticksEnabled());
    EXPECT_FALSE(settings.voiceEnabled());
    EXPECT_EQ(settings.voiceName(), u"espeak, en");
    EXPECT_EQ(settings.speechRate(), -10);
    EXPECT_TRUE(settings.breathingPacerEnabled());
    EXPECT_EQ(settings.colorScheme(), ColorScheme::Dark);
    EXPECT_EQ(settings.language(), u"de");
    EXPECT_EQ(settings.selectedRoutine(), u"back-and-hips");
}

TEST_F(SettingsStoredValuesTest, UnusableValuesFallBackWithWarningsAndStayInTheFile)
{
    const QByteArray content = "[timing]\n"
                               "default_hold=3\n"
                               "hold_overrides\\knee-to-chest=45\n"
                               "hold_overrides\\butterfly=9999\n"
                               "hold_overrides\\cat-cow=soon\n"
                               "hold_overrides\\Happy_Baby=30\n"
                               "prepare=500\n"
                               "rest=abc\n"
                               "switch=12.5\n"
                               "warmup=\n"
                               "warmup_enabled=maybe\n"
                               "[cues]\n"
                               "sound=yes\n"
                               "volume=99999999999\n"
                               "speech_rate=-11\n"
                               "[appearance]\n"
                               "scheme=blue\n"
                               "language=ja\n";
    writeFile(content);
    QStringList warnings;
    {
        const WarningCatcher catcher;
        QSettings store(path(), QSettings::IniFormat);
        const Settings settings(store);
        warnings = settings.warnings();
        EXPECT_EQ(catcher.messages(), warnings);

        EXPECT_EQ(settings.defaultHoldSeconds(), std::nullopt);
        EXPECT_EQ(settings.holdOverrides(),
                  (QHash<QString, int>{{QStringLiteral("knee-to-chest"), 45}}));
        EXPECT_EQ(settings.prepareSeconds(), Settings::prepareRange.defaultValue);
        EXPECT_EQ(settings.restSeconds(), Settings::restRange.defaultValue);
        EXPECT_EQ(settings.switchSeconds(), Settings::switchRange.defaultValue);
        EXPECT_EQ(settings.warmupSeconds(), Settings::warmupRange.defaultValue);
        EXPECT_TRUE(settings.warmupEnabled());
        EXPECT_TRUE(settings.soundEnabled());
        EXPECT_EQ(settings.soundVolume(), Settings::volumeRange.defaultValue);
        EXPECT_EQ(settings.speechRate(), Settings::speechRateRange.defaultValue);
        EXPECT_EQ(settings.colorScheme(), ColorScheme::System);
        EXPECT_EQ(settings.language(), QString());
    }
    EXPECT_EQ(readFile(), content);

    const QStringList expected = {
        QStringLiteral("timing/default_hold: \"3\" is out of range (5 to 600 s); each stretch "
                       "keeps its own hold"),
        QStringLiteral("timing/hold_overrides/Happy_Baby: \"Happy_Baby\" is not a stretch id "
                       "(only a-z, 0-9 and -); the override is dropped"),
        QStringLiteral("timing/hold_overrides/butterfly: \"9999\" is out of range (5 to 600 s); "
                       "the override is dropped"),
        QStringLiteral("timing/hold_overrides/cat-cow: \"soon\" is not a whole number; the "
                       "override is dropped"),
        QStringLiteral("timing/prepare: \"500\" is out of range (0 to 120 s); using 5"),
        QStringLiteral("timing/rest: \"abc\" is not a whole number; using 10"),
        QStringLiteral("timing/switch: \"12.5\" is not a whole number; using 5"),
        QStringLiteral("timing/warmup_enabled: \"maybe\" is not true or false; using true"),
        QStringLiteral("timing/warmup: \"\" is not a whole number; using 120"),
        QStringLiteral("cues/sound: \"yes\" is not true or false; using true"),
        QStringLiteral("cues/volume: \"99999999999\" is out of range (0 to 100 %); using 80"),
        QStringLiteral("cues/speech_rate: \"-11\" is out of range (-10 to 10); using 0"),
        QStringLiteral("appearance/scheme: \"blue\" is not one of system, light, dark; using "
                       "system"),
        QStringLiteral("appearance/language: \"ja\" is not a supported language (en, de, es, fr, "
                       "it, pt_BR, ar); "
                       "following the system"),
    };
    QStringList sortedWarnings = warnings;
    sortedWarnings.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    EXPECT_EQ(sortedWarnings, sortedExpected);
}

TEST_F(SettingsStoredValuesTest, BadValueIsReplacedOnlyWhenThatSettingIsSet)
{
    writeFile("[timing]\nprepare=soon\nrest=abc\n");
    {
        const WarningCatcher catcher;
        QSettings store(path(), QSettings::IniFormat);
        Settings settings(store);
        ASSERT_EQ(settings.warnings().size(), 2);
        SignalCounter counter(settings);
        // The same as the fallback in use: no change to announce, but the file is mended.
        settings.setPrepareSeconds(Settings::prepareRange.defaultValue);
        EXPECT_EQ(counter.timing, 0);
    }
    QSettings store(path(), QSettings::IniFormat);
    EXPECT_EQ(store.value(QStringLiteral("timing/prepare")).toString(), u"5");
    EXPECT_EQ(store.value(QStringLiteral("timing/rest")).toString(), u"abc");
}

TEST_F(SettingsStoredValuesTest, ResetRemovesBadValuesAndTheirWarnings)
{
    writeFile("[timing]\nprepare=soon\nhold_overrides\\BAD=1\n[window]\ngeometry=kept\n");
    const WarningCatcher catcher;
    QSettings store(path(), QSettings::IniFormat);
    Settings settings(store);
    ASSERT_EQ(settings.warnings().size(), 2);
    settings.resetToDefaults();
    EXPECT_TRUE(settings.warnings().isEmpty());
    EXPECT_EQ(store.allKeys(), QStringList{QStringLiteral("window/geometry")});
}

TEST_F(SettingsStoredValuesTest, LongValueIsShortenedInTheWarning)
{
    const QByteArray longValue(500, 'x');
    writeFile("[cues]\nvolume=" + longValue + '\n');
    const WarningCatcher catcher;
    QSettings store(path(), QSettings::IniFormat);
    const Settings settings(store);
    ASSERT_EQ(settings.warnings().size(), 1);
    EXPECT_LT(settings.warnings().first().size(), 150);
    EXPECT_TRUE(settings.warnings().first().startsWith(u"cues/volume: \"xxx"));
}

TEST_F(SettingsStoredValuesTest, PlaceholderInAValueIsShownAsWritten)
{
    writeFile("[appearance]\nscheme=%1%2\n");
    const WarningCatcher catcher;
    QSettings store(path(), QSettings::IniFormat);
    const Settings settings(store);
    ASSERT_EQ(settings.warnings().size(), 1);
    EXPECT_TRUE(settings.warnings().first().startsWith(u"appearance/scheme: \"%1%2\" "));
}

} // namespace

TEST_F(SettingsStoredValuesTest, NamesWithControlCharactersAreNotUsedAndNamesAreTrimmed)
{
    {
        QSettings store(path(), QSettings::IniFormat);
        store.setValue(QStringLiteral("cues/voice_name"), QStringLiteral("espeak\u0000en"));
        store.setValue(QStringLiteral("routines/selected"), QStringLiteral("  evening  "));
    }
    const WarningCatcher catcher;
    QSettings store(path(), QSettings::IniFormat);
    const Settings settings(store);
    EXPECT_EQ(settings.voiceName(), QString());
    EXPECT_EQ(settings.selectedRoutine(), u"evening");
    EXPECT_EQ(settings.warnings(),
              QStringList{QStringLiteral("cues/voice_name: \"espeak\uFFFDen\" must not contain "
                                         "control characters (found U+0000); using the default "
                                         "voice")});
}
