#include "reminders/ReminderNotifier.h"

#include "reminders/DesktopNotifications.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace limber {

ReminderNotifier::ReminderNotifier(DesktopNotifications &notifications, RaiseWindow raiseWindow,
                                   QObject *parent)
    : QObject(parent)
    , m_notifications(notifications)
    , m_raiseWindow(std::move(raiseWindow))
{
    connect(&m_notifications, &DesktopNotifications::actionInvoked, this,
            &ReminderNotifier::actionInvoked);
    connect(&m_notifications, &DesktopNotifications::failed, this, [this](const QString &tag) {
        if (tag == m_pending.tag)
            fallBack(m_pending);
    });
}

void ReminderNotifier::setTray(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void ReminderNotifier::show(const ReminderMessage &message)
{
    m_pending = message;
    QStringList actions;
    for (const ReminderMessage::Action &action : message.actions)
        actions << action.key << action.label;
    m_route = Route::Notification;
    m_notifications.show(message.tag, message.title, message.body, actions);
    // Shown unless failed() arrives: then fallBack() says which way it went instead.
    Q_EMIT shownBy(Route::Notification);
}

void ReminderNotifier::fallBack(const ReminderMessage &message)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_route = Route::TrayMessage;
        m_trayTag = message.tag;
        // A balloon has no buttons: a click means the first action ("Start now").
        disconnect(m_tray, &QSystemTrayIcon::messageClicked, this, nullptr);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this, message] {
            if (!message.actions.isEmpty())
                Q_EMIT actionInvoked(message.tag, message.actions.first().key);
        });
        m_tray->showMessage(message.title, message.body, QSystemTrayIcon::Information);
    } else {
        m_route = Route::Window;
        showInWindow(message);
    }
    Q_EMIT shownBy(m_route);
}

void ReminderNotifier::showInWindow(const ReminderMessage &message)
{
    QWidget *window = m_raiseWindow ? m_raiseWindow() : nullptr;
    if (m_prompt)
        m_prompt->deleteLater();
    m_prompt = new QMessageBox(QMessageBox::Information, message.title, message.body,
                               QMessageBox::NoButton, window);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: a reminder must not block a window someone is using.
    m_prompt->setWindowModality(Qt::NonModal);
    for (const ReminderMessage::Action &action : message.actions) {
        QPushButton *button = m_prompt->addButton(action.label, QMessageBox::AcceptRole);
        connect(button, &QPushButton::clicked, this,
                [this, tag = message.tag, key = action.key] { Q_EMIT actionInvoked(tag, key); });
    }
    m_prompt->show();
    m_prompt->raise();
}

} // namespace limber
