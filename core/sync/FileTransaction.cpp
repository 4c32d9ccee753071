#include "sync/FileTransaction.h"

#include <algorithm>
#include <cerrno>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace limber {

namespace {
// The system's words ("Permission denied") read as the second half of a sentence.
QString reasonText(QString reason)
{
    if (!reason.isEmpty())
        reason[0] = reason[0].toLower();
    return reason;
}

std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}
} // namespace

QString saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return reasonText(file.errorString());
    // As in RoutineFile::write: Qt 6.4's commit() ignores a failing final flush.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return reasonText(reason);
    }
    if (!file.commit())
        return reasonText(file.errorString());
    return {};
}

bool setModified(const QString &path, const QDateTime &modified)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.setFileTime(modified, QFileDevice::FileModificationTime);
}

QString writeProblem(const QString &folder)
{
    // Hidden, so that a sync tool watching the folder ignores it for the moment it exists.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".limber-write-check-XXXXXX")));
    if (!probe.open()) {
        return FileTransaction::tr("Limber cannot write to %1: %2")
            .arg(QDir::toNativeSeparators(folder), reasonText(probe.errorString()));
    }
    return {};
}

QString FileTransaction::makeFolder(const QString &folder)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(QDir(folder).absolutePath()); !QFileInfo::exists(path);
         path = QFileInfo(path).path()) {
        missing.prepend(path);
        if (QFileInfo(path).path() == path)
            break;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path)) {
            // QDir does not say why; a file in the parent fails for the same reason and does.
            const QString problem = writeProblem(QFileInfo(path).path());
            return problem.isEmpty() ? tr("Limber cannot create the folder %1")
                                           .arg(QDir::toNativeSeparators(path))
                                     : problem;
        }
        m_createdFolders.append(path);
    }
    if (!QFileInfo(folder).isDir())
        return tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder));
    return {};
}

QString FileTransaction::write(const QString &path, const QByteArray &bytes,
                               const QDateTime &modified)
{
    const auto earlier = std::find_if(m_written.begin(), m_written.end(),
                                      [&path](const Written &w) { return w.path == path; });
    if (earlier == m_written.end()) {
        Written written{path, bytes};
        if (QFileInfo::exists(path)) {
            const auto previous = readAll(path);
            if (!previous) {
                return tr("Limber cannot read %1 before replacing it")
                    .arg(QDir::toNativeSeparators(path));
            }
            written.replaced = true;
            written.previousBytes = *previous;
            written.previousModified = QFileInfo(path).lastModified();
        }
        // Remembered before the write: a write that fails halfway may still leave the file.
        m_written.append(std::move(written));
    } else {
        earlier->bytes = bytes;
    }

    if (const QString reason = saveFile(path, bytes); !reason.isEmpty())
        return tr("Limber cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    // Sync tools and the newest-preferences rule go by modification times: a copy keeps its.
    if (modified.isValid())
        setModified(path, modified);
    if (m_afterWrite)
        return m_afterWrite(path);
    return {};
}

QString FileTransaction::verify() const
{
    for (const Written &written : m_written) {
        const auto back = readAll(written.path);
        if (!back) {
            return tr("Limber cannot read back %1 after writing it")
                .arg(QDir::toNativeSeparators(written.path));
        }
        if (*back != written.bytes) {
            return tr("%1 does not hold what Limber wrote there (it read back %2 bytes, not %3)")
                .arg(QDir::toNativeSeparators(written.path))
                .arg(back->size())
                .arg(written.bytes.size());
        }
    }
    return {};
}

QString FileTransaction::rollBack()
{
    QStringList problems;
    // Created files go first: on a full disk, their space is what putting the others back needs.
    for (auto it = m_written.crbegin(); it != m_written.crend(); ++it) {
        if (it->replaced)
            continue;
        QFile file(it->path);
        if (!file.remove() && file.exists())
            problems.append(
                tr("%1 could not be removed: %2")
                    .arg(QDir::toNativeSeparators(it->path), reasonText(file.errorString())));
    }
    for (auto it = m_written.crbegin(); it != m_written.crend(); ++it) {
        if (!it->replaced)
            continue;
        // A replacement that never happened (its write failed) leaves nothing to put back.
        if (readAll(it->path) == it->previousBytes &&
            QFileInfo(it->path).lastModified() == it->previousModified)
            continue;
        if (const QString reason = saveFile(it->path, it->previousBytes); !reason.isEmpty()) {
            problems.append(
                tr("%1 could not be put back: %2").arg(QDir::toNativeSeparators(it->path), reason));
            continue;
        }
        setModified(it->path, it->previousModified);
    }
    for (auto it = m_createdFolders.crbegin(); it != m_createdFolders.crend(); ++it) {
        if (!QDir().rmdir(*it) && QFileInfo::exists(*it))
            problems.append(
                tr("the folder %1 could not be removed").arg(QDir::toNativeSeparators(*it)));
    }
    m_written.clear();
    m_createdFolders.clear();
    return problems.join(QLatin1Char('\n'));
}

QStringList FileTransaction::writtenPaths() const
{
    QStringList paths;
    for (const Written &written : m_written)
        paths.append(written.path);
    return paths;
}

} // namespace limber
