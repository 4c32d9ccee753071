#include "cues/VoiceCues.h"

#include "FakeClock.h"
#include "FakeSpeaker.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::test::FakeClock;
using limber::test::FakeSpeaker;

namespace {

class VoiceCuesTest : public ::testing::Test
{
protected:
    VoiceCuesTest()
    {
        auto speaker = std::make_unique<FakeSpeaker>();
        fake = speaker.get();
        voice = std::make_unique<VoiceCues>(std::move(speaker), clock);
    }

    FakeClock clock;
    FakeSpeaker *fake = nullptr; // owned by voice
    std::unique_ptr<VoiceCues> voice;
};

const QString first = QStringLiteral("Knee to chest, left side, 25 seconds");
const QString second = QStringLiteral("Halfway");
const QString third = QStringLiteral("Switch sides");

TEST_F(VoiceCuesTest, SpeaksAtOnceWhenQuiet)
{
    voice->say(first, 0);
    EXPECT_EQ(fake->spoken, QStringList{first});
    EXPECT_TRUE(voice->isSpeaking());
    EXPECT_TRUE(voice->isAvailable());
}

TEST_F(VoiceCuesTest, NeverCutsOffTheCurrentUtterance)
{
    voice->say(first, 20'000);
    clock.advance(500);
    voice->say(second, 3'000);
    voice->say(third, 3'000);
    EXPECT_EQ(fake->spoken, QStringList{first});
    EXPECT_EQ(fake->stops, 0);
    EXPECT_EQ(voice->pendingCount(), 2);

    fake->finish();
    EXPECT_EQ(fake->spoken, (QStringList{first, second}));
    fake->finish();
    EXPECT_EQ(fake->spoken, (QStringList{first, second, third}));
    fake->finish();
    EXPECT_FALSE(voice->isSpeaking());
    EXPECT_EQ(fake->stops, 0);
}

TEST_F(VoiceCuesTest, DropsWhatWaitedLongerThanItsStaleness)
{
    voice->say(first, 20'000);
    voice->say(second, 3'000); // stale after 3 s
    voice->say(third, 10'000); // still worth saying after 4 s
    clock.advance(4'000);
    fake->finish();
    EXPECT_EQ(fake->spoken, (QStringList{first, third}));
    EXPECT_EQ(voice->pendingCount(), 0);
}

TEST_F(VoiceCuesTest, AnItemAtExactlyItsStalenessIsStillSpoken)
{
    voice->say(first, 20'000);
    voice->say(second, 3'000);
    clock.advance(3'000);
    fake->finish();
    EXPECT_EQ(fake->spoken, (QStringList{first, second}));
}

TEST_F(VoiceCuesTest, StalenessCountsFromWhenTheItemWasQueued)
{
    voice->say(first, 20'000);
    clock.advance(2'500);
    voice->say(second, 3'000); // queued at 2.5 s: fresh until 5.5 s
    clock.advance(2'500);
    fake->finish();
    EXPECT_EQ(fake->spoken, (QStringList{first, second}));
}

TEST_F(VoiceCuesTest, ClearSilencesTheCurrentUtteranceAndEmptiesTheQueue)
{
    voice->say(first, 20'000);
    voice->say(second, 3'000);
    voice->clear();
    EXPECT_EQ(fake->stops, 1);
    EXPECT_FALSE(voice->isSpeaking());
    EXPECT_EQ(voice->pendingCount(), 0);

    // An end reported late for the silenced utterance starts nothing.
    fake->finish();
    EXPECT_EQ(fake->spoken, QStringList{first});

    voice->say(third, 0);
    EXPECT_EQ(fake->spoken, (QStringList{first, third}));
}

TEST_F(VoiceCuesTest, DropPendingLetsTheCurrentUtteranceFinish)
{
    voice->say(first, 20'000);
    voice->say(second, 3'000);
    voice->dropPending();
    EXPECT_EQ(fake->stops, 0);
    EXPECT_TRUE(voice->isSpeaking());
    fake->finish();
    EXPECT_EQ(fake->spoken, QStringList{first});
    EXPECT_FALSE(voice->isSpeaking());
}

TEST_F(VoiceCuesTest, DisabledSaysNothingAndSilencesWhatWasSaid)
{
    voice->say(first, 20'000);
    voice->setEnabled(false);
    EXPECT_EQ(fake->stops, 1);
    voice->say(second, 3'000);
    EXPECT_EQ(fake->spoken, QStringList{first});

    voice->setEnabled(true);
    voice->say(third, 0);
    EXPECT_EQ(fake->spoken, (QStringList{first, third}));
}

TEST_F(VoiceCuesTest, EmptyTextIsNotQueued)
{
    voice->say(QString(), 3'000);
    EXPECT_FALSE(voice->isSpeaking());
    EXPECT_TRUE(fake->spoken.isEmpty());
}

TEST_F(VoiceCuesTest, RateAndVolumeReachTheSpeaker)
{
    voice->setRate(-0.2);
    voice->setVolume(0.6);
    EXPECT_DOUBLE_EQ(fake->rate, -0.2);
    EXPECT_DOUBLE_EQ(fake->volume, 0.6);
}

TEST_F(VoiceCuesTest, AFailingEngineMeansNoVoiceFromThenOn)
{
    QStringList unavailable;
    QObject::connect(voice.get(), &VoiceCues::becameUnavailable, voice.get(),
                     [&unavailable](const QString &why) { unavailable.append(why); });
    voice->say(first, 20'000);
    voice->say(second, 3'000);
    const QString reason = QStringLiteral("The engine broke");
    fake->breakDown(reason);

    ASSERT_EQ(unavailable.size(), 1);
    EXPECT_EQ(unavailable.first(), reason);
    EXPECT_FALSE(voice->isAvailable());
    EXPECT_EQ(voice->unavailableReason(), reason);
    EXPECT_EQ(voice->pendingCount(), 0);

    voice->say(third, 0);
    EXPECT_EQ(fake->spoken, QStringList{first});
    fake->breakDown(reason);
    EXPECT_EQ(unavailable.size(), 1);
}

TEST(VoiceCuesUnavailableTest, ASpeakerWithoutVoiceIsReportedAndNeverAsked)
{
    FakeClock clock;
    const QString reason = QStringLiteral("No voice");
    auto speaker = std::make_unique<FakeSpeaker>(reason);
    FakeSpeaker *fake = speaker.get();
    VoiceCues voice(std::move(speaker), clock);
    EXPECT_FALSE(voice.isAvailable());
    EXPECT_EQ(voice.unavailableReason(), reason);
    voice.say(first, 0);
    EXPECT_TRUE(fake->spoken.isEmpty());
}

} // namespace
