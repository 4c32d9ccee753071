#pragma once

#include <optional>
#include <QDBusConnection>
#include <QString>

namespace limber {

// How long since the person last touched keyboard or mouse, asked the way Workrave asks:
// GNOME's org.gnome.Mutter.IdleMonitor, then org.freedesktop.ScreenSaver (KDE and others),
// then the X11 screen-saver extension. Asked only when a sitting-break nudge is due, so the
// short blocking D-Bus calls cost nothing between nudges.
class DesktopIdleTime
{
public:
    enum class Source
    {
        None,
        Mutter,
        ScreenSaver,
        X11
    };

    explicit DesktopIdleTime(const QDBusConnection &bus);

    // Milliseconds idle, or nothing when no source answers.
    std::optional<qint64> idleMs();
    // The source that answered last (None before the first question or when none did).
    Source source() const { return m_source; }

private:
    std::optional<qint64> fromMutter() const;
    std::optional<qint64> fromScreenSaver() const;

    QDBusConnection m_bus;
    Source m_source = Source::None;
};

} // namespace limber
