#include "cues/CueAnnouncer.h"

#include "cues/VoiceCues.h"
#include "FakeClock.h"
#include "FakeSpeaker.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/RoutinePlayer.h"
#include "playback/Timeline.h"
#include "PlayerRecorder.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::test::FakeClock;
using limber::test::FakeSpeaker;
using limber::test::runFor;

namespace {

// prepare 3 | knee-to-chest L 20 | switch 3 | knee-to-chest R 20 | rest 3 | butterfly 20
Timeline shortTimeline()
{
    Routine routine;
    routine.prepareSeconds = 3;
    routine.restSeconds = 3;
    routine.switchSeconds = 3;
    routine.warmupSeconds = 0;
    routine.steps = {{QStringLiteral("knee-to-chest"), 20}, {QStringLiteral("butterfly"), 20}};
    return Timeline::build(routine, TimingPreferences(), Catalog::builtIn());
}

QString soundName(CueKind kind)
{
    switch (kind) {
    case CueKind::Countdown:
        return QStringLiteral("tick");
    case CueKind::ExerciseStarted:
        return QStringLiteral("start");
    case CueKind::Halfway:
        return QStringLiteral("halfway");
    case CueKind::SwitchSides:
        return QStringLiteral("switch");
    case CueKind::RoutineFinished:
        return QStringLiteral("end");
    }
    return {};
}

class CueAnnouncerTest : public ::testing::Test
{
protected:
    CueAnnouncerTest()
    {
        auto speaker = std::make_unique<FakeSpeaker>();
        fake = speaker.get();
        voice = std::make_unique<VoiceCues>(std::move(speaker), clock);
        player.setTimeline(shortTimeline());
        announcer =
            std::make_unique<CueAnnouncer>(Catalog::builtIn(), player, nullptr, voice.get());
        QObject::connect(
            announcer.get(), &CueAnnouncer::soundRequested, announcer.get(), [this](CueKind kind) {
                events.append(
                    QStringLiteral("%1 sound %2").arg(player.positionMs()).arg(soundName(kind)));
            });
        QObject::connect(announcer.get(), &CueAnnouncer::speechRequested, announcer.get(),
                         [this](const QString &text) {
                             events.append(
                                 QStringLiteral("%1 say %2").arg(player.positionMs()).arg(text));
                         });
    }

    QStringList eventsWith(const QString &what) const
    {
        QStringList matching;
        for (const QString &event : events) {
            if (event.contains(what))
                matching.append(event);
        }
        return matching;
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    FakeSpeaker *fake = nullptr; // owned by voice
    std::unique_ptr<VoiceCues> voice;
    std::unique_ptr<CueAnnouncer> announcer;
    QStringList events;
};

TEST_F(CueAnnouncerTest, AWholeRoutineSoundsAndSpeaksAtTheRightMoments)
{
    player.start();
    runFor(clock, player, 70'000);
    ASSERT_EQ(player.state(), RoutinePlayer::State::Finished);

    const QStringList expected = {
        QStringLiteral("0 say Next: Knee to chest, left side"),
        QStringLiteral("0 sound tick"),
        QStringLiteral("1000 sound tick"),
        QStringLiteral("2000 sound tick"),
        QStringLiteral("3000 sound start"),
        QStringLiteral("3000 say Knee to chest, left side, 20 seconds"),
        QStringLiteral("13000 say Halfway"),
        QStringLiteral("23000 sound switch"),
        QStringLiteral("23000 say Switch sides"),
        QStringLiteral("23000 sound tick"),
        QStringLiteral("24000 sound tick"),
        QStringLiteral("25000 sound tick"),
        QStringLiteral("26000 sound start"),
        QStringLiteral("26000 say Knee to chest, right side, 20 seconds"),
        QStringLiteral("36000 say Halfway"),
        QStringLiteral("46000 say Next: Butterfly stretch"),
        QStringLiteral("46000 sound tick"),
        QStringLiteral("47000 sound tick"),
        QStringLiteral("48000 sound tick"),
        QStringLiteral("49000 sound start"),
        QStringLiteral("49000 say Butterfly stretch, 20 seconds"),
        QStringLiteral("59000 say Halfway"),
        QStringLiteral("69000 sound end"),
        QStringLiteral("69000 say Routine complete. Well done."),
    };
    EXPECT_EQ(events, expected);
}

TEST_F(CueAnnouncerTest, WarmUpIsAnnouncedAtItsStart)
{
    Routine routine;
    routine.prepareSeconds = 3;
    routine.warmupSeconds = 30;
    routine.steps = {{QStringLiteral("butterfly"), 20}};
    player.setTimeline(Timeline::build(routine, TimingPreferences(), Catalog::builtIn()));
    player.start();
    runFor(clock, player, 1'000);
    EXPECT_EQ(events, QStringList{QStringLiteral("0 say Warm-up: march gently in place")});
}

TEST_F(CueAnnouncerTest, SoundSwitchedOffKeepsTheVoice)
{
    announcer->setSoundEnabled(false);
    EXPECT_FALSE(announcer->soundEnabled());
    player.start();
    runFor(clock, player, 70'000);
    EXPECT_TRUE(eventsWith(QStringLiteral(" sound ")).isEmpty())
        << events.join(u'\n').toStdString();
    // Next, 3 starts, 3 halfways, switch, Next, end.
    EXPECT_EQ(eventsWith(QStringLiteral(" say ")).size(), 10);
}

TEST_F(CueAnnouncerTest, VoiceSwitchedOffKeepsTheSounds)
{
    announcer->setVoiceEnabled(false);
    EXPECT_FALSE(announcer->voiceEnabled());
    player.start();
    runFor(clock, player, 70'000);
    EXPECT_TRUE(eventsWith(QStringLiteral(" say ")).isEmpty()) << events.join(u'\n').toStdString();
    EXPECT_TRUE(fake->spoken.isEmpty());
    // 9 ticks, 3 starts, switch, end.
    EXPECT_EQ(eventsWith(QStringLiteral(" sound ")).size(), 14);
}

TEST_F(CueAnnouncerTest, AnnouncementsWaitForEachOtherAndStaleOnesAreDropped)
{
    // The fake voice takes as long as the test says: the first phrase is still being spoken
    // when the stretch starts (3 s) and when halfway comes (13 s).
    player.start();
    runFor(clock, player, 17'000);
    EXPECT_EQ(fake->spoken, QStringList{QStringLiteral("Next: Knee to chest, left side")});
    EXPECT_EQ(voice->pendingCount(), 2);

    // The stretch's name is worth saying while the stretch lasts, so it follows even 14 s late.
    fake->finish();
    EXPECT_EQ(fake->spoken.last(), QStringLiteral("Knee to chest, left side, 20 seconds"));
    // "Halfway" said 4 s late is wrong, so it is dropped.
    fake->finish();
    EXPECT_EQ(fake->spoken.size(), 2);
    EXPECT_FALSE(voice->isSpeaking());
    EXPECT_EQ(fake->stops, 0);
}

TEST_F(CueAnnouncerTest, ARestsNextStretchIsNotSaidOnceTheRestIsOver)
{
    player.start();
    runFor(clock, player, 45'900);
    while (voice->isSpeaking())
        fake->finish();
    const qsizetype before = fake->spoken.size();

    runFor(clock, player, 100); // 46 s: the rest starts, "Next: Butterfly stretch" is spoken
    ASSERT_EQ(fake->spoken.size(), before + 1);
    EXPECT_EQ(fake->spoken.last(), QStringLiteral("Next: Butterfly stretch"));
    runFor(clock, player, 3'000); // 49 s: the stretch starts while "Next" is still spoken
    EXPECT_EQ(voice->pendingCount(), 1);
    fake->finish();
    EXPECT_EQ(fake->spoken.last(), QStringLiteral("Butterfly stretch, 20 seconds"));
}

TEST_F(CueAnnouncerTest, StoppingThePlayerSilencesTheVoiceAndClearsItsQueue)
{
    player.start();
    runFor(clock, player, 3'500);
    ASSERT_TRUE(voice->isSpeaking());
    ASSERT_EQ(voice->pendingCount(), 1);

    player.stop();
    EXPECT_EQ(voice->pendingCount(), 0);
    EXPECT_FALSE(voice->isSpeaking());
    EXPECT_EQ(fake->stops, 1);
    fake->finish();
    EXPECT_EQ(fake->spoken.size(), 1);
}

TEST_F(CueAnnouncerTest, PausingDropsTheQueueButFinishesTheSentence)
{
    player.start();
    runFor(clock, player, 3'500);
    ASSERT_EQ(voice->pendingCount(), 1);
    player.pause();
    EXPECT_EQ(voice->pendingCount(), 0);
    EXPECT_TRUE(voice->isSpeaking());
    EXPECT_EQ(fake->stops, 0);
}

TEST_F(CueAnnouncerTest, SkippingToTheNextStretchAnnouncesIt)
{
    player.start();
    runFor(clock, player, 5'000);
    events.clear();
    player.next(); // from knee-to-chest's first side to butterfly's rest
    // The 3 s rest is all countdown, so its first tick comes at once.
    EXPECT_EQ(events, (QStringList{QStringLiteral("46000 say Next: Butterfly stretch"),
                                   QStringLiteral("46000 sound tick")}));
}

TEST_F(CueAnnouncerTest, NoStatusMessageWhenTheVoiceWorks)
{
    EXPECT_EQ(announcer->statusMessage(), QString());
}

TEST(CueAnnouncerStatusTest, ExplainsOnceWhyThereIsNoVoice)
{
    FakeClock clock;
    RoutinePlayer player(clock);
    auto speaker = std::make_unique<FakeSpeaker>();
    FakeSpeaker *fake = speaker.get();
    VoiceCues voice(std::move(speaker), clock);
    CueAnnouncer announcer(Catalog::builtIn(), player, nullptr, &voice);
    QStringList changes;
    QObject::connect(&announcer, &CueAnnouncer::statusMessageChanged, &announcer,
                     [&changes](const QString &message) { changes.append(message); });

    const QString reason = QStringLiteral("No text-to-speech voice is available");
    fake->breakDown(reason);
    fake->breakDown(reason);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first(), reason);
    EXPECT_EQ(announcer.statusMessage(), reason);

    // Someone who switched the voice off needs no explanation of why it is silent.
    announcer.setVoiceEnabled(false);
    EXPECT_EQ(announcer.statusMessage(), QString());
    EXPECT_EQ(changes.size(), 2);
}

TEST(CueAnnouncerStatusTest, AVoiceUnavailableFromTheStartIsReported)
{
    FakeClock clock;
    RoutinePlayer player(clock);
    const QString reason = QStringLiteral("No voice speaks Deutsch");
    VoiceCues voice(std::make_unique<FakeSpeaker>(reason), clock);
    CueAnnouncer announcer(Catalog::builtIn(), player, nullptr, &voice);
    EXPECT_EQ(announcer.statusMessage(), reason);
}

} // namespace
