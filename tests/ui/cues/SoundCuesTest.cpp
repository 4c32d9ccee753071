#include "cues/SoundCues.h"

#include "cues/WavSound.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QAudioDevice>
#include <QFileInfo>
#include <QMediaDevices>

using namespace limber;

namespace {

// The sounds are played as 16-bit PCM, short enough to mark a moment.
class SoundCuesResourceTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SoundCuesResourceTest, IsAShortSixteenBitPcmWav)
{
    const QString path = QStringLiteral(":/sounds/") + QString::fromLatin1(GetParam());
    ASSERT_TRUE(QFileInfo::exists(path)) << GetParam();
    EXPECT_LT(QFileInfo(path).size(), 100 * 1024);
    const std::optional<WavSound> sound = WavSound::load(path);
    ASSERT_TRUE(sound.has_value());
    EXPECT_EQ(sound->channelCount, 1);
    EXPECT_EQ(sound->sampleRate, 44'100);
    const qint64 durationMs = sound->durationMs();
    EXPECT_GT(durationMs, 30);
    EXPECT_LT(durationMs, 1'200);
}

INSTANTIATE_TEST_SUITE_P(SoundCues, SoundCuesResourceTest,
                         ::testing::Values("start.wav", "tick.wav", "switch.wav", "end.wav"));

TEST(SoundCuesTest, WithoutAnAudioOutputItSaysSoAndStaysQuiet)
{
    if (!QMediaDevices::audioOutputs().isEmpty())
        GTEST_SKIP() << "this machine has an audio output";
    SoundCues sounds;
    EXPECT_FALSE(sounds.hasAudioOutput());
    EXPECT_FALSE(sounds.isAvailable());
    EXPECT_EQ(sounds.unavailableReason(),
              QStringLiteral("No audio output was found, so cues are shown on screen only."));
    for (CueKind kind : {CueKind::Countdown, CueKind::ExerciseStarted, CueKind::Halfway,
                         CueKind::SwitchSides, CueKind::RoutineFinished})
        sounds.play(kind);
}

TEST(SoundCuesTest, ReportsAnOutputWhenThereIsOne)
{
    SoundCues sounds;
    EXPECT_EQ(sounds.hasAudioOutput(), !QMediaDevices::audioOutputs().isEmpty());
}

TEST(SoundCuesTest, VolumeStaysBetweenSilentAndFull)
{
    SoundCues sounds;
    sounds.setVolume(0.4);
    EXPECT_DOUBLE_EQ(sounds.volume(), 0.4);
    sounds.setVolume(1.7);
    EXPECT_DOUBLE_EQ(sounds.volume(), 1.0);
    sounds.setVolume(-0.5);
    EXPECT_DOUBLE_EQ(sounds.volume(), 0.0);
}

TEST(SoundCuesTest, SwitchesAreKept)
{
    SoundCues sounds;
    EXPECT_TRUE(sounds.isEnabled());
    EXPECT_TRUE(sounds.ticksEnabled());
    sounds.setEnabled(false);
    sounds.setTicksEnabled(false);
    EXPECT_FALSE(sounds.isEnabled());
    EXPECT_FALSE(sounds.ticksEnabled());
}

} // namespace
