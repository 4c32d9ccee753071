#include "cues/CueAnnouncer.h"
#include "FakeClock.h"
#include "FakeNotificationServer.h"
#include "history/HistoryStore.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/PainQuestionPage.h"
#include "player/PainScale.h"
#include "player/PlayerView.h"
#include "reminders/AutostartFile.h"
#include "reminders/ReminderController.h"
#include "reminders/WallClock.h"
#include "shell/LazyWindow.h"
#include "shell/MainWindow.h"
#include "shell/ReminderShell.h"
#include "shell/ShellFrontend.h"
#include "shell/ViewRouter.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "storage/StretchStore.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// Runs on a private session bus (ctest starts it with dbus-run-session): the app's side talks
// to a notification service over real D-Bus, as on a desktop.

namespace limber::test {
namespace {

class SettableWallClock final : public WallClock
{
public:
    QDateTime now() const override { return at; }
    QDateTime at{QDate(2026, 12, 7), QTime(17, 59), QTimeZone(QByteArrayLiteral("Europe/Berlin"))};
};

// QSignalSpy::wait() waits for the bus's reply, not for a time to pass; the limit only keeps
// a broken build from hanging.
constexpr int replyLimitMs = 10'000;

class ReminderDbusTest : public testing::Test
{
protected:
    ReminderDbusTest()
    {
        settingsFile.setValue(QStringLiteral("reminders/daily_enabled"), true);
        settingsFile.setValue(QStringLiteral("reminders/time"), QStringLiteral("18:00"));
    }

    // Start now starts as the Start button does: "How is your back right now?" first.
    void answerThePainQuestion()
    {
        lazy.frontend();
        PlayerView *view = views->playerView();
        ASSERT_EQ(view->currentPage(), view->painQuestionPage());
        EXPECT_EQ(player.state(), RoutinePlayer::State::Idle);
        QTest::keyClick(view->painQuestionPage()->scale(), Qt::Key_4);
    }

    // Built once the test decided whether a notification service is there.
    void build()
    {
        reminders = std::make_unique<ReminderShell>(wallClock, settingsFile, settings, store, lazy,
                                                    [](QDate) { return false; });
    }

    std::unique_ptr<WindowFrontend> buildWindow()
    {
        ShellFrontend::Parts parts;
        parts.window = std::make_unique<MainWindow>();
        parts.views = std::make_unique<ViewRouter>(
            AppServices{catalog, player, recorder, announcer, settings, store, stretches, history},
            *parts.window, builtin::backAndHips(Catalog::builtIn()),
            builtin::backAndHipsId.toString());
        auto frontend = std::make_unique<ShellFrontend>(std::move(parts), settings, store, player);
        views = &frontend->views();
        return frontend;
    }

    // Moves to 18:00 and lets the controller look, as its wake-up would.
    void reachDueTime()
    {
        wallClock.at = wallClock.at.addSecs(60);
        reminders->controller().checkNow();
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches{catalog, dir.filePath(QStringLiteral("stretches"))};
    RoutineStore store{catalog, dir.filePath(QStringLiteral("routines"))};
    HistoryStore history{dir.filePath(QStringLiteral("history")), QStringLiteral("this-device"),
                         QStringLiteral("laptop")};
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    CueAnnouncer announcer{Catalog::builtIn(), player, nullptr, nullptr};
    SettableWallClock wallClock;
    LazyWindow lazy{[this] { return buildWindow(); }};
    ViewRouter *views = nullptr; // set when lazy builds the window
    std::unique_ptr<ReminderShell> reminders;
};

class WithNotificationService : public ReminderDbusTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.registerOn(QStringLiteral("fake-notification-server")));
        build();
    }

    // The reminder as the service received it.
    FakeNotificationServer::Call remind()
    {
        QSignalSpy notified(&server, &FakeNotificationServer::notified);
        reachDueTime();
        EXPECT_TRUE(notified.count() > 0 || notified.wait(replyLimitMs));
        return server.calls().isEmpty() ? FakeNotificationServer::Call{} : server.calls().last();
    }

    FakeNotificationServer server;
};

TEST_F(WithNotificationService, TheReminderOffersTheRoutineWithThreeActionsQuietly)
{
    const FakeNotificationServer::Call call = remind();
    ASSERT_EQ(server.calls().size(), 1);
    EXPECT_TRUE(call.summary.startsWith(QStringLiteral("Time for Back and hips (")));
    EXPECT_EQ(call.actions, (QStringList{QStringLiteral("start"), QStringLiteral("Start now"),
                                         QStringLiteral("snooze"), QStringLiteral("In 15 minutes"),
                                         QStringLiteral("skip"), QStringLiteral("Not today")}));
    // Normal urgency and no sound of ours: "Do not disturb" keeps it quiet.
    EXPECT_EQ(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
    EXPECT_FALSE(call.hints.contains(QStringLiteral("sound-file")));
    EXPECT_FALSE(call.hints.contains(QStringLiteral("sound-name")));
    // A notification needs no window: it is not even built.
    EXPECT_FALSE(lazy.isBuilt());
}

TEST_F(WithNotificationService, StartNowOpensTheWindowAndStartsTheRoutine)
{
    const FakeNotificationServer::Call call = remind();
    QSignalSpy started(&reminders->controller(), &ReminderController::startRoutineRequested);
    server.invokeAction(call.id, QStringLiteral("start"));
    ASSERT_TRUE(started.wait(replyLimitMs));
    EXPECT_TRUE(lazy.window().isVisible());
    EXPECT_EQ(views->currentView(), ViewRouter::Player);
    answerThePainQuestion();
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(),
              Timeline::build(builtin::backAndHips(Catalog::builtIn()), settings.timing(),
                              Catalog::builtIn())
                  .stretchCount());
}

TEST_F(WithNotificationService, InFifteenMinutesRemindsAgainThen)
{
    const FakeNotificationServer::Call first = remind();
    QSignalSpy scheduled(&reminders->controller(), &ReminderController::scheduleChanged);
    server.invokeAction(first.id, QStringLiteral("snooze"));
    ASSERT_TRUE(scheduled.wait(replyLimitMs));
    EXPECT_EQ(reminders->controller().nextDue(), wallClock.at.addSecs(15 * 60));
    EXPECT_EQ(player.state(), RoutinePlayer::State::Idle);

    QSignalSpy notified(&server, &FakeNotificationServer::notified);
    wallClock.at = wallClock.at.addSecs(15 * 60);
    reminders->controller().checkNow();
    ASSERT_TRUE(notified.wait(replyLimitMs));
    ASSERT_EQ(server.calls().size(), 2);
    EXPECT_EQ(server.calls().last().summary, first.summary);
}

TEST_F(WithNotificationService, InFifteenMinutesOutlastsARestart)
{
    const FakeNotificationServer::Call first = remind();
    QSignalSpy scheduled(&reminders->controller(), &ReminderController::scheduleChanged);
    server.invokeAction(first.id, QStringLiteral("snooze"));
    ASSERT_TRUE(scheduled.wait(replyLimitMs));
    reminders.reset();
    wallClock.at = wallClock.at.addSecs(5 * 60);
    build();
    EXPECT_EQ(reminders->controller().nextDue(), wallClock.at.addSecs(10 * 60));
}

TEST_F(WithNotificationService, APauseOutlastsARestart)
{
    reminders->controller().pauseForAnHour();
    const QDateTime until = wallClock.at.addSecs(3600);
    reminders.reset();
    build();
    EXPECT_EQ(reminders->controller().pausedUntil(), until);
    QSignalSpy shown(&reminders->notifier(), &ReminderNotifier::shownBy);
    reachDueTime(); // 18:00, within the hour
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(reminders->controller().nextDue(), until);
}

TEST_F(WithNotificationService, NotTodaySuppressesTheRestOfTheDay)
{
    const FakeNotificationServer::Call call = remind();
    QSignalSpy scheduled(&reminders->controller(), &ReminderController::scheduleChanged);
    server.invokeAction(call.id, QStringLiteral("skip"));
    ASSERT_TRUE(scheduled.wait(replyLimitMs));
    const QDateTime tomorrow(wallClock.at.date().addDays(1), QTime(18, 0), wallClock.at.timeZone());
    EXPECT_EQ(reminders->controller().nextDue(), tomorrow);

    QSignalSpy shown(&reminders->notifier(), &ReminderNotifier::shownBy);
    wallClock.at = wallClock.at.addSecs(3 * 3600);
    reminders->controller().checkNow();
    EXPECT_EQ(shown.count(), 0); // show() reports synchronously: nothing was sent
    wallClock.at = tomorrow;
    reminders->controller().checkNow();
    EXPECT_EQ(shown.count(), 1);
}

// No service owns org.freedesktop.Notifications on this bus, and the offscreen platform has
// no tray: the reminder comes in the window, whose Start now starts the routine.
class WithoutNotificationService : public ReminderDbusTest
{
protected:
    void SetUp() override { build(); }
};

TEST_F(WithoutNotificationService, TheWindowComesForwardWithTheReminder)
{
    QSignalSpy shown(&reminders->notifier(), &ReminderNotifier::shownBy);
    reachDueTime();
    ASSERT_EQ(shown.count(), 1); // tried the notification first
    ASSERT_TRUE(shown.wait(replyLimitMs));
    EXPECT_EQ(shown.last().first().value<ReminderNotifier::Route>(),
              ReminderNotifier::Route::Window);
    EXPECT_TRUE(lazy.window().isVisible());
    QMessageBox *prompt = reminders->notifier().prompt();
    ASSERT_NE(prompt, nullptr);
    EXPECT_TRUE(prompt->isVisible());
    EXPECT_TRUE(prompt->text().contains(QStringLiteral("Back and hips")) ||
                prompt->windowTitle().contains(QStringLiteral("Back and hips")));

    QAbstractButton *startNow = nullptr;
    for (QAbstractButton *button : prompt->buttons())
        if (button->text() == QStringLiteral("Start now"))
            startNow = button;
    ASSERT_NE(startNow, nullptr);
    startNow->click();
    answerThePainQuestion();
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
}

TEST_F(WithoutNotificationService, TheAutostartFileFollowsItsSetting)
{
    // QStandardPaths' test mode keeps this away from the real ~/.config/autostart.
    const AutostartFile file;
    reminders->settings().setStartWithDesktop(true);
    ASSERT_TRUE(file.exists());
    reminders->settings().setStartWithDesktop(false);
    EXPECT_FALSE(file.exists());
}

} // namespace
} // namespace limber::test
