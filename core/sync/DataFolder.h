#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace limber {

// The folder that holds everything that follows a person from device to device, and which a
// sync tool may share: "routines/", "stretches/", "history/<device-id>.jsonl" and
// "preferences/<device-id>.json". What belongs to one machine stays in QSettings.
class DataFolder
{
public:
    explicit DataFolder(QString root);

    // "~/.local/share/limber" (under $XDG_DATA_HOME when that is set).
    static QString defaultRoot();
    // The folder the person chose (in Settings), kept in this machine's settings; the default
    // when none was chosen.
    static DataFolder chosen(const QSettings &localSettings);
    // Remembers root as the chosen folder (forgets the choice when it is the default).
    static void choose(QSettings &localSettings, const QString &root);

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
