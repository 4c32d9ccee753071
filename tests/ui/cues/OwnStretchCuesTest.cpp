#include "cues/CueAnnouncer.h"
#include "cues/VoiceCues.h"
#include "FakeClock.h"
#include "FakeSpeaker.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "OwnStretchCatalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/Timeline.h"
#include "PlayerRecorder.h"

#include <gtest/gtest.h>

using namespace limber;

// The user's names are their own words: spoken as written, in every language.
TEST(OwnStretchCuesTest, OwnAndDeletedStretchesAreAnnouncedByTheirNames)
{
    test::OwnStretchCatalog own;
    test::FakeClock clock;
    RoutinePlayer player{clock};
    VoiceCues voice(std::make_unique<test::FakeSpeaker>(), clock);
    Routine routine;
    routine.prepareSeconds = 3;
    routine.restSeconds = 3;
    routine.switchSeconds = 3;
    routine.warmupSeconds = 0;
    routine.steps = {{test::OwnStretchCatalog::drawnId.toString(), 20, Sides::Left, 1},
                     {test::OwnStretchCatalog::missingId.toString(), 20, Sides::Both, 1}};
    player.setTimeline(Timeline::build(routine, TimingPreferences(), own.catalog));
    CueAnnouncer announcer(own.catalog, player, nullptr, &voice);
    QStringList spoken;
    QObject::connect(&announcer, &CueAnnouncer::speechRequested, &announcer,
                     [&spoken](const QString &text) { spoken.append(text); });
    player.start();
    test::runFor(clock, player, 60'000);
    EXPECT_TRUE(spoken.contains(QStringLiteral("Hallway lunge, left side, 20 seconds")))
        << spoken.join(u'|').toStdString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("Next: Old wall stretch")))
        << spoken.join(u'|').toStdString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("Old wall stretch, 20 seconds")))
        << spoken.join(u'|').toStdString();
}
