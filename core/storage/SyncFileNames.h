#pragma once

#include <optional>
#include <QDateTime>
#include <QDir>
#include <QString>
#include <QStringList>

namespace limber {

// The names sync tools and editors give their own files inside a synced data folder.
namespace SyncFileNames {

// Files a sync tool or an editor is still writing or keeps for itself, never Limber data:
// Syncthing's ".syncthing.NAME.tmp", Nextcloud's "NAME.part" and ".~NAME", editors' "NAME~"
// and every hidden file.
bool isIgnored(const QString &fileName);

// A second version of a file that a sync tool kept beside it when two devices changed it
// before they could see each other's change.
struct ConflictCopy
{
    enum class Tool
    {
        Syncthing, // "NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.ext"
        Nextcloud  // "NAME (conflicted copy [USER ]YYYY-MM-DD HHMMSS).ext"
    };
    Tool tool;
    // The name of the file it is a version of ("evening-unwind.json").
    QString originalFileName;
    // When the sync tool made the copy, in local time; invalid when the name does not say.
    QDateTime madeAt;
    // Who made it: Syncthing's short device id, Nextcloud's user name; empty when unnamed.
    QString origin;

    bool operator==(const ConflictCopy &) const = default;
};
std::optional<ConflictCopy> conflictCopy(const QString &fileName);

// The names of the files in folder ending in suffix (".json", ".jsonl") that hold data:
// neither ignored nor conflict copies, sorted.
QStringList dataFiles(const QDir &folder, const QString &suffix);
// The conflict copies in folder of files ending in suffix, sorted.
QStringList conflictCopies(const QDir &folder, const QString &suffix);

} // namespace SyncFileNames
} // namespace limber
