#include "shell/SingleInstance.h"

#include "sync/DataFolder.h"

#include <QCryptographicHash>
#include <QDBusMessage>
#include <QMetaObject>

namespace limber {

SingleInstance::SingleInstance(QDBusConnection bus, QString serviceName, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_serviceName(std::move(serviceName))
{
}

QString SingleInstance::defaultServiceName()
{
    return QStringLiteral("io.github.limber.Limber");
}

QString SingleInstance::serviceNameFor(const QString &dataFolderRoot)
{
    if (dataFolderRoot == DataFolder::defaultRoot())
        return defaultServiceName();
    // A Limber on another data folder (--data-dir, a chosen folder) is a Limber of its own.
    const QByteArray hash =
        QCryptographicHash::hash(dataFolderRoot.toUtf8(), QCryptographicHash::Sha1).toHex();
    return defaultServiceName() + QStringLiteral(".Folder_") + QString::fromLatin1(hash.left(16));
}

QString SingleInstance::objectPath()
{
    return QStringLiteral("/io/github/limber/Limber");
}

bool SingleInstance::forwardToRunningInstance(const QStringList &arguments, int timeoutMs)
{
    if (!m_bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        m_serviceName, objectPath(), QStringLiteral("io.github.limber.Limber.Instance"),
        QStringLiteral("Forward"));
    call << arguments;
    // Nobody owns the name: the bus says so at once, so a first start does not wait. Only a
    // reply proves a Limber took the arguments, rather than a hung process or something else
    // owning the name. (BlockWithGui lets this thread's own objects answer, as in the tests.)
    const QDBusMessage reply = m_bus.call(call, QDBus::BlockWithGui, timeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage;
}

bool SingleInstance::listen()
{
    if (!m_bus.isConnected()) {
        m_error = tr("no D-Bus session bus");
        return false;
    }
    if (!m_bus.registerObject(objectPath(), this, QDBusConnection::ExportScriptableSlots)) {
        m_error = m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerService(m_serviceName)) {
        m_error = m_bus.lastError().isValid()
                      ? m_bus.lastError().message()
                      : tr("another program owns the name %1").arg(m_serviceName);
        m_bus.unregisterObject(objectPath());
        return false;
    }
    m_listening = true;
    return true;
}

void SingleInstance::Forward(const QStringList &arguments)
{
    QMetaObject::invokeMethod(
        this, [this, arguments] { Q_EMIT argumentsReceived(arguments); }, Qt::QueuedConnection);
}

} // namespace limber
