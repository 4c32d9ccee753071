#include "reminders/DesktopIdleTime.h"

#include "reminders/X11IdleTime.h"

#include <QDBusMessage>
#include <QDBusReply>

namespace limber {

namespace {
// A service that is there answers in milliseconds; one that is not is refused by the bus at
// once. This only bounds a hung one.
constexpr int callTimeoutMs = 500;

template<typename T>
std::optional<qint64> ask(const QDBusConnection &bus, const QString &service, const QString &path,
                          const QString &interface, const QString &method)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, method);
    const QDBusReply<T> reply = bus.call(call, QDBus::Block, callTimeoutMs);
    if (!reply.isValid())
        return std::nullopt;
    return qint64(reply.value());
}
} // namespace

DesktopIdleTime::DesktopIdleTime(const QDBusConnection &bus)
    : m_bus(bus)
{
}

std::optional<qint64> DesktopIdleTime::idleMs()
{
    if (const auto ms = fromMutter()) {
        m_source = Source::Mutter;
        return ms;
    }
    if (const auto ms = fromScreenSaver()) {
        m_source = Source::ScreenSaver;
        return ms;
    }
    if (const auto ms = x11IdleMs()) {
        m_source = Source::X11;
        return ms;
    }
    m_source = Source::None;
    return std::nullopt;
}

std::optional<qint64> DesktopIdleTime::fromMutter() const
{
    return ask<quint64>(m_bus, QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                        QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
                        QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                        QStringLiteral("GetIdletime"));
}

std::optional<qint64> DesktopIdleTime::fromScreenSaver() const
{
    // KDE answers in milliseconds, as its documentation says; the name says seconds.
    return ask<uint>(m_bus, QStringLiteral("org.freedesktop.ScreenSaver"),
                     QStringLiteral("/org/freedesktop/ScreenSaver"),
                     QStringLiteral("org.freedesktop.ScreenSaver"),
                     QStringLiteral("GetSessionIdleTime"));
}

} // namespace limber
