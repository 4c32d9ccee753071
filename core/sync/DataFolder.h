#pragma once

#include <QString>
#include <QStringList>

namespace limber {

// The folder that holds everything that follows a person from device to device, and which a
// sync tool may share: "routines/", "stretches/", "history/<device-id>.jsonl" and
// "preferences/<device-id>.json". What belongs to one machine stays in QSettings.
class DataFolder
{
public:
    explicit DataFolder(QString root);

    // QStandardPaths::AppDataLocation: "~/.local/share/limber" (under $XDG_DATA_HOME).
    static QString defaultRoot();
    // The names of the subfolders Limber keeps there, in the order they are listed above.
    static QStringList subfolderNames();

    QString root() const { return m_root; }
    QString routines() const;
    QString stretches() const;
    QString history() const;
    QString preferences() const;

private:
    QString m_root;
};

} // namespace limber
