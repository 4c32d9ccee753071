#pragma once

#include "sync/DataFolder.h"

#include <array>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace limber {

// Notices files in the data folder that something else changed: a sync tool bringing another
// device's routine, a second Limber on the same folder, a person editing a file by hand. Each
// subfolder signals once per batch of changes, about a quarter of a second after the first
// one, so a sync tool writing many files causes one reload, not one per file.
//
// Watches the folders (files renamed in, removed, added: how sync tools and QSaveFile write)
// and every data file in them (a history file is appended to in place). Files sync tools and
// editors keep for themselves (SyncFileNames::isIgnored) are never reported.
class DataFolderWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Part
    {
        Routines,
        Stretches,
        History,
        Preferences
    };

    explicit DataFolderWatcher(const DataFolder &folder, QObject *parent = nullptr);

    // Watches another folder from now on (after the data folder was moved); what it holds now
    // is taken as known.
    void setFolder(const DataFolder &folder);
    QString root() const { return m_root; }
    QStringList watchedPaths() const;

Q_SIGNALS:
    void changed(limber::DataFolderWatcher::Part part);

private:
    struct FileState
    {
        qint64 size = 0;
        QDateTime modified;
        bool operator==(const FileState &) const = default;
    };
    using Snapshot = QMap<QString, FileState>;
    static constexpr int partCount = 4;

    QString partPath(int part) const;
    Snapshot snapshotOf(int part) const;
    void somethingChanged();
    void rescan();
    void watchWhatExists();

    QString m_root;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    std::array<Snapshot, partCount> m_snapshots;
};

} // namespace limber
