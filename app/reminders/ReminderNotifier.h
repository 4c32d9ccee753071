#pragma once

#include "reminders/ReminderMessage.h"

#include <functional>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QWidget;

namespace limber {

class DesktopNotifications;

// Shows a reminder the best way the desktop allows: a desktop notification with actions;
// when no notification service answers, a tray balloon (a click takes the first action); with
// no tray either, the window comes forward with the reminder in a box of its own.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Route
    {
        Notification,
        TrayMessage,
        Window
    };
    // Brings the window forward and returns it, for the last way.
    using RaiseWindow = std::function<QWidget *()>;

    ReminderNotifier(DesktopNotifications &notifications, RaiseWindow raiseWindow,
                     QObject *parent = nullptr);

    // A tray that is not visible is passed over.
    void setTray(QSystemTrayIcon *tray);
    void show(const ReminderMessage &message);
    Route lastRoute() const { return m_route; }
    // The window's box while one is open (for tests).
    QMessageBox *prompt() const { return m_prompt; }

Q_SIGNALS:
    void actionInvoked(const QString &tag, const QString &action);
    void shownBy(limber::ReminderNotifier::Route route);

private:
    void fallBack(const ReminderMessage &message);
    void showInWindow(const ReminderMessage &message);

    DesktopNotifications &m_notifications;
    RaiseWindow m_raiseWindow;
    QPointer<QSystemTrayIcon> m_tray;
    QPointer<QMessageBox> m_prompt;
    ReminderMessage m_pending;
    QString m_trayTag;
    Route m_route = Route::Notification;
};

} // namespace limber
