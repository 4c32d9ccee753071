#include "sync/DataFolderMerge.h"

#include "storage/SyncFileNames.h"
#include "sync/HistoryFileMerge.h"
#include "sync/LibraryMerge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace limber {

namespace {
const QString historyName = QStringLiteral("history");
const QString preferencesName = QStringLiteral("preferences");

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DataFolderMerge::tr("Limber cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool isDataFile(const QString &fileName, const QString &suffix)
{
    return fileName.endsWith(suffix) && !SyncFileNames::conflictCopy(fileName);
}

// The name a conflict copy takes when the file it is a copy of got a new id.
QString followingItsOriginal(const QString &fileName, const QHash<QString, QString> &ids)
{
    const auto copy = SyncFileNames::conflictCopy(fileName);
    if (!copy)
        return fileName;
    const QString originalId = QFileInfo(copy->originalFileName).completeBaseName();
    const QString newId = ids.value(originalId, originalId);
    if (newId == originalId || !fileName.startsWith(originalId))
        return fileName;
    return newId + fileName.mid(originalId.size());
}

// "NAME (2).ext", "NAME (3).ext", … the first free one.
QString numberedFileName(const QString &folder, const QString &fileName, const MergeTarget &target)
{
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString stem = info.suffix().isEmpty() ? fileName : info.completeBaseName();
    for (int counter = 2;; ++counter) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(stem).arg(counter).arg(suffix);
        if (target.isFree(folder + u'/' + candidate))
            return candidate;
    }
}

class Planner
{
public:
    Planner(const DataFolder &from, const DataFolder &to)
        : m_from(from)
        , m_target(to.root())
    {
    }

    MergePlan run()
    {
        LibraryMerge library(m_from, m_target, m_plan);
        if (!library.plan())
            return m_plan;
        for (const QString &folder : DataFolder::subfolderNames()) {
            const QDir source(QDir(m_from.root()).filePath(folder));
            const QStringList names = source.entryList(QDir::Files | QDir::Hidden, QDir::Name);
            for (const QString &name : names) {
                if (SyncFileNames::isIgnored(name) ||
                    library.handled().contains(folder + u'/' + name))
                    continue;
                if (!planFile(folder, name, source.filePath(name)))
                    return m_plan;
            }
        }
        return m_plan;
    }

private:
    bool planFile(const QString &folder, const QString &name, const QString &sourcePath)
    {
        const auto bytes = readFile(sourcePath, &m_plan.error);
        if (!bytes)
            return false;
        const QDateTime modified = QFileInfo(sourcePath).lastModified();
        const QString relativePath = folder + u'/' + name;
        const QString targetPath = m_target.path(relativePath);
        const bool inTarget = !m_target.isFree(relativePath);

        if (inTarget && folder == historyName && isDataFile(name, QStringLiteral(".jsonl"))) {
            const auto there = readFile(targetPath, &m_plan.error);
            if (!there)
                return false;
            if (const auto merged = mergedHistoryFile(*there, *bytes))
                add(relativePath, *merged, *merged == *bytes ? modified : QDateTime());
            return true;
        }
        if (inTarget && folder == preferencesName && isDataFile(name, QStringLiteral(".json"))) {
            // Opaque here; the newer file is the one with the newer changes.
            const auto there = readFile(targetPath, &m_plan.error);
            if (!there)
                return false;
            if (*there != *bytes && modified > QFileInfo(targetPath).lastModified())
                add(relativePath, *bytes, modified);
            return true;
        }
        copyAsItIs(folder, name, *bytes, modified);
        return true;
    }

    void copyAsItIs(const QString &folder, const QString &name, const QByteArray &bytes,
                    const QDateTime &modified)
    {
        static const QString routinesName = DataFolder::subfolderNames().at(0);
        static const QString stretchesName = DataFolder::subfolderNames().at(1);
        QString fileName = name;
        if (folder == routinesName)
            fileName = followingItsOriginal(name, m_plan.routineIds);
        else if (folder == stretchesName)
            fileName = followingItsOriginal(name, m_plan.stretchIds);

        const QString relativePath = folder + u'/' + fileName;
        if (!m_target.isFree(relativePath)) {
            QString ignored;
            const QString targetPath = m_target.path(relativePath);
            if (QFileInfo::exists(targetPath) && readFile(targetPath, &ignored) == bytes)
                return;
            fileName = numberedFileName(folder, fileName, m_target);
        }
        add(folder + u'/' + fileName, bytes, modified);
    }

    void add(const QString &relativePath, const QByteArray &bytes, const QDateTime &modified)
    {
        m_target.claim(relativePath);
        m_plan.files.append({relativePath, bytes, modified});
    }

    DataFolder m_from;
    MergeTarget m_target;
    MergePlan m_plan;
};
} // namespace

MergePlan DataFolderMerge::plan(const DataFolder &from, const DataFolder &to)
{
    return Planner(from, to).run();
}

} // namespace limber
