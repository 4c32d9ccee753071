#include "shell/SingleInstance.h"

#include "shell/InstanceMessage.h"

#include <memory>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>

namespace limber {

namespace {

// The kernel accepts on a live instance's behalf and a dead socket refuses at once; waiting
// only matters when a busy instance's backlog is full.
constexpr int liveInstanceProbeMs = 500;

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
    , m_server(this)
{
    // No QLocalServer::UserAccessOption: Qt then binds elsewhere and renames the socket into
    // place, which would silently take the name from a live instance. The runtime directory
    // already keeps other users out.
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

bool SingleInstance::forwardToRunningInstance(const QStringList &arguments, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(InstanceMessage::encode(arguments));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    // Only the acknowledgement proves a Limber took the arguments, rather than a hung
    // process or something else listening under the name.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    char reply = 0;
    return socket.getChar(&reply) && reply == InstanceMessage::acknowledgement;
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_serverName))
        return true;
    if (m_server.serverError() != QAbstractSocket::AddressInUseError ||
        isNameServedByLiveInstance())
        return false;
    // Nobody answers: the file is what a crashed instance left behind.
    QLocalServer::removeServer(m_serverName);
    return m_server.listen(m_serverName);
}

QString SingleInstance::defaultServerName()
{
    // The runtime directory is private to the user, so no one else can squat the name or
    // read the arguments; QStandardPaths falls back to a private directory without XDG's.
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString name = QStringLiteral("io.github.limber.Limber");
    if (runtimeDir.isEmpty())
        return name + QLatin1Char('-') + qEnvironmentVariable("USER");
    return QDir(runtimeDir).filePath(name + QStringLiteral(".socket"));
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        auto reader = std::make_shared<InstanceMessageReader>();
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, reader] {
            reader->append(socket->readAll());
            receiveMessages(socket, *reader);
        });
    }
}

void SingleInstance::receiveMessages(QLocalSocket *socket, InstanceMessageReader &reader)
{
    // A receiver may open a dialog whose event loop deletes the socket once it disconnects.
    const QPointer<QLocalSocket> guard(socket);
    QStringList arguments;
    while (guard) {
        switch (reader.next(&arguments)) {
        case InstanceMessageReader::Result::Incomplete:
            return;
        case InstanceMessageReader::Result::Invalid:
            socket->abort();
            return;
        case InstanceMessageReader::Result::Complete:
            // Acknowledged first: the sender may exit as soon as it knows we have them.
            socket->putChar(InstanceMessage::acknowledgement);
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
            break;
        }
    }
}

bool SingleInstance::isNameServedByLiveInstance() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    const bool live = probe.waitForConnected(liveInstanceProbeMs);
    probe.abort();
    return live;
}

} // namespace limber
