#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

namespace limber {

// Keeps Limber to one window per user session: the first Limber owns a well-known name on the
// D-Bus session bus, and a second start hands its arguments to it and exits, so a launcher
// click or `limber --routine X --start` goes to the window the person already has open. The
// bus releases the name when its owner exits or crashes, so nothing is left to clean up.
// (D-Bus rather than a local socket: Qt Network and its Kerberos and proxy libraries cost a
// Limber waiting in the tray 1.5 MB, and the bus is there anyway for the notifications.)
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.limber.Limber.Instance")

public:
    // The bus name of the Limber that uses this data folder.
    static QString serviceNameFor(const QString &dataFolderRoot);

    explicit SingleInstance(QDBusConnection bus, QString serviceName = defaultServiceName(),
                            QObject *parent = nullptr);

    // True when a running instance confirmed it took the arguments (this process should
    // then exit 0); false when there is none, no bus, or no answer within timeoutMs.
    bool forwardToRunningInstance(const QStringList &arguments, int timeoutMs = 1000);
    // Takes the name and starts taking arguments from later starts. False (see errorString())
    // without a session bus or when another process owns the name.
    bool listen();
    bool isListening() const { return m_listening; }
    bool hasBus() const { return m_bus.isConnected(); }
    QString errorString() const { return m_error; }

    // The application id, as the desktop entry is named.
    static QString defaultServiceName();
    static QString objectPath();

public Q_SLOTS:
    // Called over D-Bus by a later start. The arguments are passed on once the call has been
    // answered: a dialog they open must not keep the caller waiting into its timeout.
    Q_SCRIPTABLE void Forward(const QStringList &arguments);

Q_SIGNALS:
    // The arguments of a later start, argv[0] included, exactly as it passed them.
    void argumentsReceived(const QStringList &arguments);

private:
    QDBusConnection m_bus;
    QString m_serviceName;
    QString m_error;
    bool m_listening = false;
};

} // namespace limber
