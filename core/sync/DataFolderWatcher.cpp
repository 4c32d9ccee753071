#include "sync/DataFolderWatcher.h"

#include "storage/SyncFileNames.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace limber {

namespace {
// Long enough for a sync tool to finish a batch of files, short enough that a change shows
// well within two seconds.
constexpr int settleMs = 250;
} // namespace

DataFolderWatcher::DataFolderWatcher(const DataFolder &folder, QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &DataFolderWatcher::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &DataFolderWatcher::somethingChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &DataFolderWatcher::somethingChanged);
    setFolder(folder);
}

void DataFolderWatcher::setFolder(const DataFolder &folder)
{
    if (const QStringList watched = watchedPaths(); !watched.isEmpty())
        m_watcher.removePaths(watched);
    m_settle.stop();
    m_root = folder.root();
    for (int part = 0; part < partCount; ++part)
        m_snapshots[part] = snapshotOf(part);
    watchWhatExists();
}

QStringList DataFolderWatcher::watchedPaths() const
{
    return m_watcher.directories() + m_watcher.files();
}

QString DataFolderWatcher::partPath(int part) const
{
    return m_root + u'/' + DataFolder::subfolderNames().at(part);
}

DataFolderWatcher::Snapshot DataFolderWatcher::snapshotOf(int part) const
{
    Snapshot snapshot;
    const QFileInfoList files =
        QDir(partPath(part)).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!SyncFileNames::isIgnored(file.fileName()))
            snapshot.insert(file.fileName(), {file.size(), file.lastModified()});
    }
    return snapshot;
}

void DataFolderWatcher::somethingChanged()
{
    // Not restarted by later changes: a steady stream of them must not postpone the reload.
    if (!m_settle.isActive())
        m_settle.start();
}

void DataFolderWatcher::rescan()
{
    watchWhatExists();
    for (int part = 0; part < partCount; ++part) {
        Snapshot now = snapshotOf(part);
        if (now == m_snapshots[part])
            continue;
        m_snapshots[part] = std::move(now);
        Q_EMIT changed(Part(part));
    }
}

void DataFolderWatcher::watchWhatExists()
{
    // A folder or file replaced by a rename is a new inode, no longer watched: add it again.
    const QStringList watchedNow = watchedPaths();
    const QSet<QString> watched(watchedNow.cbegin(), watchedNow.cend());
    QStringList wanted;
    const QString parent = QFileInfo(m_root).path();
    if (QFileInfo(m_root).isDir()) {
        wanted.append(m_root);
        if (watched.contains(parent))
            m_watcher.removePath(parent);
    } else if (QFileInfo(parent).isDir()) {
        // Not there yet (a first start, or a folder the sync tool has yet to make): its
        // parent says when it appears.
        wanted.append(parent);
    }
    for (int part = 0; part < partCount; ++part) {
        const QDir folder(partPath(part));
        if (!folder.exists())
            continue;
        wanted.append(folder.path());
        const QStringList names = folder.entryList(QDir::Files | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            if (!SyncFileNames::isIgnored(name))
                wanted.append(folder.filePath(name));
        }
    }
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            missing.append(path);
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
}

} // namespace limber
