#include "reminders/DesktopNotifications.h"
#include "reminders/ReminderNotifier.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QDBusConnection>
#include <QIcon>
#include <QPixmap>
#include <QSignalSpy>
#include <QSystemTrayIcon>

// No service owns org.freedesktop.Notifications on this private bus. With a tray icon shown,
// the reminder goes to the tray's balloon; with none, to the window.

namespace limber::test {
namespace {

constexpr int replyLimitMs = 10'000;

const ReminderMessage reminder{QStringLiteral("daily"),
                               QStringLiteral("Time for Back and hips (10 min)"),
                               QStringLiteral("A few minutes for your back and hips."),
                               {{QStringLiteral("start"), QStringLiteral("Start now")},
                                {QStringLiteral("skip"), QStringLiteral("Not today")}}};

class TrayFallbackTest : public testing::Test
{
protected:
    TrayFallbackTest()
    {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::darkGreen);
        tray.setIcon(QIcon(pixmap));
    }

    // Shows the reminder and waits for the notification service's refusal to route it.
    ReminderNotifier::Route showAndWait()
    {
        QSignalSpy shown(&notifier, &ReminderNotifier::shownBy);
        notifier.show(reminder);
        EXPECT_EQ(shown.count(), 1); // the notification is tried first
        EXPECT_TRUE(shown.wait(replyLimitMs));
        return shown.isEmpty() ? ReminderNotifier::Route::Notification
                               : shown.last().first().value<ReminderNotifier::Route>();
    }

    DesktopNotifications notifications{QDBusConnection::sessionBus()};
    QWidget window;
    int raised = 0;
    ReminderNotifier notifier{notifications, [this] {
                                  ++raised;
                                  return &window;
                              }};
    QSystemTrayIcon tray;
};

TEST_F(TrayFallbackTest, WithATrayTheReminderIsATrayMessageAndAClickStartsIt)
{
    tray.show();
    // Qt's own balloon stands in for a tray on the offscreen platform.
    ASSERT_TRUE(tray.isVisible());
    ASSERT_TRUE(QSystemTrayIcon::supportsMessages());
    notifier.setTray(&tray);
    EXPECT_EQ(showAndWait(), ReminderNotifier::Route::TrayMessage);
    EXPECT_EQ(notifier.lastRoute(), ReminderNotifier::Route::TrayMessage);
    EXPECT_EQ(raised, 0); // the window is left alone
    EXPECT_EQ(notifier.prompt(), nullptr);

    QSignalSpy invoked(&notifier, &ReminderNotifier::actionInvoked);
    Q_EMIT tray.messageClicked();
    ASSERT_EQ(invoked.count(), 1);
    EXPECT_EQ(invoked.at(0).at(0).toString(), QStringLiteral("daily"));
    EXPECT_EQ(invoked.at(0).at(1).toString(), QStringLiteral("start"));
}

TEST_F(TrayFallbackTest, AHiddenTrayIsPassedOverForTheWindow)
{
    notifier.setTray(&tray); // set, but not shown: reminders are off in the tray's eyes
    EXPECT_EQ(showAndWait(), ReminderNotifier::Route::Window);
    EXPECT_EQ(raised, 1);
    ASSERT_NE(notifier.prompt(), nullptr);
    EXPECT_TRUE(notifier.prompt()->isVisible());
    EXPECT_EQ(notifier.prompt()->parentWidget(), &window);
}

TEST_F(TrayFallbackTest, WithoutATrayTheWindowComesForwardWithTheReminder)
{
    EXPECT_EQ(showAndWait(), ReminderNotifier::Route::Window);
    EXPECT_EQ(raised, 1);
    ASSERT_NE(notifier.prompt(), nullptr);
    QSignalSpy invoked(&notifier, &ReminderNotifier::actionInvoked);
    for (QAbstractButton *button : notifier.prompt()->buttons())
        if (button->text() == QStringLiteral("Not today"))
            button->click();
    ASSERT_EQ(invoked.count(), 1);
    EXPECT_EQ(invoked.at(0).at(1).toString(), QStringLiteral("skip"));
}

} // namespace
} // namespace limber::test
