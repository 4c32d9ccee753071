#include "reminders/DesktopNotifications.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace limber {

namespace {
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
// The specification's urgency levels: 0 low, 1 normal, 2 critical. Critical would break
// through "Do not disturb", which a stretch reminder must never do.
constexpr uchar normalUrgency = 1;
// Let the server decide how long it stays.
constexpr int serverDefaultTimeout = -1;
} // namespace

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    const QString name = QString::fromLatin1(service);
    m_bus.connect(name, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(name, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

void DesktopNotifications::show(const QString &tag, const QString &title, const QString &body,
                                const QStringList &actions)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(service), path,
                                                       interface, QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(normalUrgency)},
        {QStringLiteral("desktop-entry"), QStringLiteral("io.github.limber.Limber")},
    };
    const uint replaces = m_open.contains(tag) ? m_idOfTag.value(tag) : 0u;
    call << QStringLiteral("Limber") << replaces << QStringLiteral("io.github.limber.Limber")
         << title << body << actions << hints << serverDefaultTimeout;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, tag](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError())
                    Q_EMIT failed(tag, reply.error().message());
                else {
                    m_idOfTag.insert(tag, reply.value());
                    m_open.insert(tag);
                }
            });
}

void DesktopNotifications::close(const QString &tag)
{
    const auto found = m_idOfTag.constFind(tag);
    if (found == m_idOfTag.constEnd())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QString::fromLatin1(service), path, interface, QStringLiteral("CloseNotification"));
    call << *found;
    m_bus.asyncCall(call);
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const QString tag = m_idOfTag.key(id);
    if (!tag.isEmpty())
        Q_EMIT actionInvoked(tag, action);
}

// The id stays known: some servers send ActionInvoked after NotificationClosed.
void DesktopNotifications::onClosed(uint id, uint)
{
    m_open.remove(m_idOfTag.key(id));
}

} // namespace limber
