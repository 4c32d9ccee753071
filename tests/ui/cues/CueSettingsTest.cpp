#include "cues/CueAnnouncer.h"
#include "cues/CueSettingsBinding.h"
#include "cues/VoiceCues.h"
#include "FakeClock.h"
#include "FakeSpeaker.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "playback/RoutinePlayer.h"
#include "playback/Timeline.h"
#include "PlayerRecorder.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace limber;
using limber::test::FakeClock;
using limber::test::FakeSpeaker;
using limber::test::runFor;

namespace {

// prepare 3 | knee-to-chest L 20 | switch 3 | knee-to-chest R 20 | end
class CueSettingsTest : public ::testing::Test
{
protected:
    CueSettingsTest()
    {
        Routine routine;
        routine.prepareSeconds = 3;
        routine.switchSeconds = 3;
        routine.warmupSeconds = 0;
        routine.steps = {{QStringLiteral("knee-to-chest"), 20}};
        player.setTimeline(Timeline::build(routine, TimingPreferences(), Catalog::builtIn()));
        QObject::connect(&announcer, &CueAnnouncer::soundRequested, &announcer,
                         [this](CueKind kind) { sounds.append(kind); });
        QObject::connect(&announcer, &CueAnnouncer::speechRequested, &announcer,
                         [this](const QString &text) { phrases.append(text); });
    }

    void playToTheEnd()
    {
        player.start();
        runFor(clock, player, 50'000);
        ASSERT_EQ(player.state(), RoutinePlayer::State::Finished);
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    FakeSpeaker *fake = new FakeSpeaker; // owned by voice
    VoiceCues voice{std::unique_ptr<Speaker>(fake), clock};
    CueAnnouncer announcer{Catalog::builtIn(), player, nullptr, &voice};
    QList<CueKind> sounds;
    QStringList phrases;
};

TEST_F(CueSettingsTest, TicksOffSilencesOnlyTheCountdown)
{
    announcer.setTicksEnabled(false);
    playToTheEnd();
    EXPECT_EQ(sounds, (QList<CueKind>{CueKind::ExerciseStarted, CueKind::SwitchSides,
                                      CueKind::ExerciseStarted, CueKind::RoutineFinished}));
    EXPECT_FALSE(phrases.isEmpty());
}

TEST_F(CueSettingsTest, MuteSilencesEverythingUntilUnmuted)
{
    announcer.setMuted(true);
    player.start();
    runFor(clock, player, 10'000);
    EXPECT_TRUE(sounds.isEmpty());
    EXPECT_TRUE(phrases.isEmpty());
    EXPECT_TRUE(fake->spoken.isEmpty());

    announcer.setMuted(false);
    runFor(clock, player, 40'000);
    // From 10 s on: halfway, switch sound and words, 3 ticks, start and name, halfway, end.
    EXPECT_EQ(sounds.count(CueKind::Countdown), 3);
    EXPECT_EQ(sounds.count(CueKind::SwitchSides), 1);
    EXPECT_TRUE(phrases.contains(QStringLiteral("Switch sides")));
}

TEST_F(CueSettingsTest, VoiceChoiceAndPaceReachTheSpeaker)
{
    announcer.setVoiceName(QStringLiteral("German Female 2"));
    announcer.setSpeechRate(0.4);
    EXPECT_EQ(fake->voiceName, QStringLiteral("German Female 2"));
    EXPECT_DOUBLE_EQ(fake->rate, 0.4);
    announcer.setSpeechRate(3.0);
    EXPECT_DOUBLE_EQ(fake->rate, 1.0);
}

TEST_F(CueSettingsTest, TheEnginesVoicesAreOffered)
{
    QSignalSpy offered(&announcer, &CueAnnouncer::voicesChanged);
    EXPECT_TRUE(announcer.availableVoices().isEmpty());
    const QStringList names = {QStringLiteral("english"), QStringLiteral("english-us")};
    fake->offerVoices(names);
    ASSERT_EQ(offered.size(), 1);
    EXPECT_EQ(offered.at(0).at(0).toStringList(), names);
    EXPECT_EQ(announcer.availableVoices(), names);
}

TEST_F(CueSettingsTest, TestVoiceSpeaksASampleEvenWhileIdle)
{
    announcer.testVoice();
    ASSERT_EQ(fake->spoken.size(), 1);
    EXPECT_EQ(fake->spoken.first(),
              QStringLiteral("Knee to chest, left side. Breathe out and relax into it."));
}

TEST_F(CueSettingsTest, SettingsReachTheAnnouncerNowAndWhenTheyChange)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings store(dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat);
    Settings settings(store);
    settings.setSoundVolume(40);
    settings.setSpeechRate(-5);
    bindCueSettings(settings, announcer);
    EXPECT_DOUBLE_EQ(announcer.soundVolume(), 0.4);
    EXPECT_DOUBLE_EQ(announcer.speechRate(), -0.5);
    EXPECT_TRUE(announcer.ticksEnabled());

    settings.setTicksEnabled(false);
    settings.setVoiceEnabled(false);
    settings.setVoiceName(QStringLiteral("english-us"));
    EXPECT_FALSE(announcer.ticksEnabled());
    EXPECT_FALSE(announcer.voiceEnabled());
    EXPECT_EQ(announcer.voiceName(), QStringLiteral("english-us"));
    EXPECT_EQ(fake->voiceName, QStringLiteral("english-us"));

    playToTheEnd();
    EXPECT_EQ(sounds.count(CueKind::Countdown), 0);
    EXPECT_TRUE(phrases.isEmpty());
}

} // namespace
