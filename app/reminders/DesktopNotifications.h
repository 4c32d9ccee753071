#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace limber {

// Notifications through org.freedesktop.Notifications (the Desktop Notifications
// Specification 1.2), with actions. Sent with normal urgency and no sound hint, so a desktop's
// "Do not disturb" (GNOME, KDE: it holds back all but critical ones) keeps them quiet. Every
// call is asynchronous: the event loop never waits on the bus.
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    static constexpr auto service = "org.freedesktop.Notifications";

    explicit DesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);

    // actions: key, label, key, label, … as the specification pairs them. A notification of
    // the same tag replaces the one still shown.
    void show(const QString &tag, const QString &title, const QString &body,
              const QStringList &actions);
    void close(const QString &tag);

Q_SIGNALS:
    void actionInvoked(const QString &tag, const QString &action);
    // No notification service answered (or it refused): the caller falls back.
    void failed(const QString &tag, const QString &reason);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<QString, uint> m_idOfTag;
    QSet<QString> m_open;
};

} // namespace limber
