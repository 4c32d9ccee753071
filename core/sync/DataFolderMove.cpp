#include "sync/DataFolderMove.h"

#include "sync/DataFolderMerge.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace limber {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

DataFolderMove::DataFolderMove(DataFolder from, DataFolder to)
    : m_from(std::move(from))
    , m_to(std::move(to))
{
}

DataFolderMoveResult DataFolderMove::run()
{
    DataFolderMoveResult result;
    const QFileInfo from(m_from.root());
    const QFileInfo to(m_to.root());
    if (from.absoluteFilePath() == to.absoluteFilePath() ||
        (to.exists() && from.canonicalFilePath() == to.canonicalFilePath())) {
        result.error = tr("Your data is already kept in %1").arg(native(m_to.root()));
        return result;
    }

    MergePlan plan = DataFolderMerge::plan(m_from, m_to);
    if (!plan.error.isEmpty()) {
        result.error = plan.error;
        return result;
    }

    FileTransaction transaction;
    transaction.setAfterWrite(m_afterWrite);
    const auto failed = [&](const QString &error) {
        result.error = error;
        if (const QString left = transaction.rollBack(); !left.isEmpty())
            result.error +=
                u'\n' +
                tr("Limber could not undo everything in %1:\n%2").arg(native(m_to.root()), left);
        result.written.clear();
        return result;
    };

    if (QString problem = transaction.makeFolder(m_to.root()); !problem.isEmpty())
        return failed(problem);
    if (QString problem = writeProblem(m_to.root()); !problem.isEmpty())
        return failed(problem);
    qint64 bytes = 0;
    for (const PlannedFile &file : std::as_const(plan.files))
        bytes += file.bytes.size();
    if (QString problem = spaceProblem(bytes, int(plan.files.size())); !problem.isEmpty())
        return failed(problem);

    for (const PlannedFile &file : std::as_const(plan.files)) {
        const QString path = QDir(m_to.root()).filePath(file.relativePath);
        if (QString problem = transaction.makeFolder(QFileInfo(path).path()); !problem.isEmpty())
            return failed(problem);
        if (QString problem = transaction.write(path, file.bytes, file.modified);
            !problem.isEmpty())
            return failed(problem);
    }
    if (QString problem = transaction.verify(); !problem.isEmpty())
        return failed(problem);

    result.routineIds = std::move(plan.routineIds);
    result.stretchIds = std::move(plan.stretchIds);
    result.written = transaction.writtenPaths();
    result.oldFolderNote =
        tr("Your routines, stretches and history are now kept in %1. Limber no longer uses "
           "%2 and left it as it was: once you have checked that everything is there, you can "
           "delete it.")
            .arg(native(m_to.root()), native(m_from.root()));
    return result;
}

QString DataFolderMove::spaceProblem(qint64 bytes, int files) const
{
    QStorageInfo storage(m_to.root());
    storage.refresh();
    if (!storage.isValid())
        return {};
    // Every file takes whole blocks (at most one more than its bytes fill); so does a folder.
    const qint64 block = std::max(1, storage.blockSize());
    const qint64 needed = bytes + qint64(files) * block +
                          qint64(DataFolder::subfolderNames().size()) * block + m_spaceMargin;
    const qint64 available = storage.bytesAvailable();
    if (available >= needed)
        return {};
    return tr("There is not enough space in %1: %2 needed, %3 free")
        .arg(native(m_to.root()), sizeText(needed), sizeText(available));
}

} // namespace limber
