#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

class QLocalSocket;

namespace limber {

class InstanceMessageReader;

// Keeps Limber to one window per user: a second start hands its arguments to the running
// instance over a local socket and exits, so a launcher click or `limber --routine X --start`
// goes to the window the person already has open.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);

    // True when a running instance confirmed it took the arguments (this process should
    // then exit 0); false when there is none or it did not answer within timeoutMs.
    bool forwardToRunningInstance(const QStringList &arguments, int timeoutMs = 1000);
    // Starts taking arguments from later starts. A socket file left by a crashed instance is
    // removed first; false (see errorString()) when another live instance owns the name.
    bool listen();
    bool isListening() const { return m_server.isListening(); }
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_server.errorString(); }

    // Per user: a socket in the user's runtime directory, which only they can reach.
    static QString defaultServerName();

Q_SIGNALS:
    // The arguments of a later start, argv[0] included, exactly as it passed them.
    void argumentsReceived(const QStringList &arguments);

private:
    void acceptConnections();
    void receiveMessages(QLocalSocket *socket, InstanceMessageReader &reader);
    bool isNameServedByLiveInstance() const;

    QString m_serverName;
    QLocalServer m_server;
};

} // namespace limber
