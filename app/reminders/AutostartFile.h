#pragma once

#include <QString>

namespace limber {

// ~/.config/autostart/limber.desktop (XDG autostart): starts `limber --background` with the
// desktop session. The installed desktop entry is never touched.
class AutostartFile
{
public:
    // In $XDG_CONFIG_HOME/autostart, ~/.config/autostart when that is unset.
    static QString defaultPath();

    explicit AutostartFile(QString path = defaultPath());

    // Written atomically; false with errorString() when it could not be.
    bool write(const QString &executable);
    // True when it is gone (or never was).
    bool remove();
    bool exists() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace limber
