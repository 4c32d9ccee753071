#include "player/PlayerAnnouncements.h"

#include "FakeClock.h"
#include "model/Catalog.h"
#include "playback/SessionRecorder.h"
#include "player/AnnouncementLabel.h"
#include "player/PlayerView.h"
#include "PlayerRecorder.h"
#include "QtPrinters.h"
#include "TestRoutines.h"

#include <gtest/gtest.h>
#include <QAccessible>
#include <QStringList>

using namespace limber;
using limber::test::FakeClock;
using limber::test::runFor;

namespace {

class PlayerAnnouncementsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        // What the line was given to publish; the offscreen platform has no accessibility
        // bridge, so QAccessible stays inactive and sends no events here (an update handler
        // would see nothing; it cannot be switched on through public API). That the events
        // reach the AT-SPI bus is checked by tests/a11y/player_announcements.py.
        QObject::connect(view.playerAnnouncements(), &PlayerAnnouncements::announced, &view,
                         [this](const QString &text) {
                             if (!text.isEmpty())
                                 spoken.append(text);
                         });
        // prepare 5 | knee-to-chest L 20 | switch 5 | R 20 | rest 10 | butterfly 20 (80 s)
        view.setRoutine(limber::test::kneeToChestThenButterfly(), TimingPreferences());
        view.resize(1000, 700);
        view.show();
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    PlayerView view{Catalog::builtIn(), player, recorder};
    QStringList spoken;
};

TEST_F(PlayerAnnouncementsTest, ShortRoutineAnnouncesTheMomentsThatMatterInOrder)
{
    view.startNow();
    runFor(clock, player, 35'000); // into the right side
    player.pause();
    runFor(clock, player, 3'000); // nothing is said while paused
    player.resume();
    runFor(clock, player, 50'000); // to the end

    const QStringList expected = {
        QStringLiteral("Get ready. Next: Knee to chest, left side"),
        QStringLiteral("Knee to chest, left side, 20 seconds"),
        QStringLiteral("Ten seconds left"),
        QStringLiteral("Switch sides"),
        QStringLiteral("Knee to chest, right side, 20 seconds"),
        QStringLiteral("Paused"),
        QStringLiteral("Resumed"),
        QStringLiteral("Ten seconds left"),
        QStringLiteral("Rest. Next: Butterfly stretch"),
        QStringLiteral("Butterfly stretch, 20 seconds"),
        QStringLiteral("Ten seconds left"),
        QStringLiteral("Routine complete. Well done."),
    };
    EXPECT_EQ(spoken, expected);
    // What a screen reader is pointed at: a notification named by the last announcement.
    QAccessibleInterface *line = QAccessible::queryAccessibleInterface(view.announcementLabel());
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->role(), QAccessible::Notification);
    EXPECT_EQ(line->text(QAccessible::Name), expected.last());
    EXPECT_EQ(player.state(), RoutinePlayer::State::Finished);
    // The end stays on screen, on the summary, where the line is still shown.
    EXPECT_TRUE(view.announcementLabel()->isVisible());
    EXPECT_EQ(view.announcementLabel()->text(), expected.last());
}

TEST_F(PlayerAnnouncementsTest, NotEverySecond)
{
    view.startNow();
    runFor(clock, player, 80'000);
    // 80 seconds of countdown, but only the dozen moments above (minus pause and resume).
    EXPECT_EQ(spoken.size(), 10);
}

TEST_F(PlayerAnnouncementsTest, ShortHoldHasNoTenSecondWarning)
{
    Routine routine = limber::test::kneeToChestThenButterfly();
    for (RoutineStep &step : routine.steps)
        step.holdSeconds = 15;
    view.setRoutine(routine, TimingPreferences());
    view.startNow();
    runFor(clock, player, 120'000);
    EXPECT_FALSE(spoken.contains(QStringLiteral("Ten seconds left")))
        << spoken.join(u'|').toStdString();
    EXPECT_EQ(spoken.last(), QStringLiteral("Routine complete. Well done."));
}

TEST_F(PlayerAnnouncementsTest, StoppingClearsTheLineWithoutSpeaking)
{
    view.startNow();
    runFor(clock, player, 6'000);
    const qsizetype before = spoken.size();
    player.stop();
    EXPECT_TRUE(view.announcementLabel()->text().isEmpty());
    EXPECT_EQ(spoken.size(), before);
}

} // namespace
