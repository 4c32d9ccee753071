#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace limber::test {

// A stand-in for a desktop's notification daemon on a private session bus: records every
// Notify call and sends ActionInvoked as a person clicking a button would.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        uint id;
        uint replacesId;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    // Its own connection, so the app's connection talks to it over the bus.
    bool registerOn(const QString &connectionName)
    {
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
        return m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    void invokeAction(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << action;
        m_bus.send(signal);
    }

    const QList<Call> &calls() const { return m_calls; }

public Q_SLOTS:
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        const uint id = replacesId ? replacesId : ++m_lastId;
        m_calls.append({id, replacesId, summary, body, actions, hints});
        Q_EMIT notified();
        return id;
    }
    void CloseNotification(uint) {}
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

Q_SIGNALS:
    void notified();

private:
    QDBusConnection m_bus{QString()};
    QList<Call> m_calls;
    uint m_lastId = 0;
};

} // namespace limber::test
