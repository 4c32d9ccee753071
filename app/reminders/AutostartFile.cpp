#include "reminders/AutostartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <utility>

namespace limber {

namespace {
// Exec= quoting (Desktop Entry Specification, "The Exec key"): a path with spaces or reserved
// characters goes in double quotes, with ", `, $ and \ escaped.
QString quotedForExec(const QString &path)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(path.cbegin(), path.cend(), [](QChar c) { return reserved.contains(c); }))
        return path;
    QString quoted;
    for (const QChar c : path) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}
} // namespace

QString AutostartFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/limber.desktop");
}

AutostartFile::AutostartFile(QString path)
    : m_path(std::move(path))
{
}

bool AutostartFile::write(const QString &executable)
{
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QStringLiteral("cannot create %1").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    // The `%` of a path must be doubled in Exec= as well.
    QString exec = quotedForExec(executable);
    exec.replace(u'%', QStringLiteral("%%"));
    const QString content = QStringLiteral("[Desktop Entry]\n"
                                           "Type=Application\n"
                                           "Name=Limber\n"
                                           "Comment=Stretch reminders in the tray\n"
                                           "Exec=%1 --background\n"
                                           "Icon=io.github.limber.Limber\n"
                                           "Terminal=false\n"
                                           "NoDisplay=true\n"
                                           "X-GNOME-Autostart-enabled=true\n")
                                .arg(exec);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

bool AutostartFile::remove()
{
    m_error.clear();
    QFile file(m_path);
    if (!file.exists() || file.remove())
        return true;
    m_error = file.errorString();
    return false;
}

bool AutostartFile::exists() const
{
    return QFileInfo::exists(m_path);
}

} // namespace limber
