#include "sync/DataLocationMigration.h"

#include "sync/FileTransaction.h"

#include <cerrno>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace limber {

namespace {
const QString oldOrganization = QStringLiteral("Limber");
const QString applicationName = QStringLiteral("limber");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Copies one file through transaction, which keeps its modification time.
QString copyFile(const QFileInfo &from, const QString &to, FileTransaction &transaction)
{
    QFile source(from.filePath());
    if (!source.open(QIODevice::ReadOnly))
        return DataLocationMigration::tr("%1 cannot be read").arg(native(from.filePath()));
    return transaction.write(to, source.readAll(), from.lastModified());
}

// Copies everything in the folder from into the existing folder to, through transaction; the
// problem, or empty.
QString copyTree(const QString &from, const QString &to, FileTransaction &transaction)
{
    const QFileInfoList entries = QDir(from).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        QString problem;
        if (entry.isSymLink()) {
            if (!QFile::link(entry.symLinkTarget(), target))
                problem = DataLocationMigration::tr("Limber cannot write %1").arg(native(target));
        } else if (entry.isDir()) {
            problem = transaction.makeFolder(target);
            if (problem.isEmpty())
                problem = copyTree(entry.filePath(), target, transaction);
        } else {
            problem = copyFile(entry, target, transaction);
        }
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

bool isEmptyFolder(const QFileInfo &info)
{
    return info.isDir() &&
           QDir(info.filePath())
               .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
               .isEmpty();
}
} // namespace

QString DataLocationMigrationResult::message() const
{
    QStringList lines;
    for (const Move &move : moved) {
        lines.append(DataLocationMigration::tr("Limber moved %1 to %2.")
                         .arg(native(move.from), native(move.to)));
    }
    if (!error.isEmpty())
        lines.append(error);
    if (!warning.isEmpty())
        lines.append(warning);
    return lines.join(QLatin1Char('\n'));
}

DataLocationMigration::DataLocationMigration(QString dataBase, QString configBase)
    : m_dataBase(QDir::cleanPath(std::move(dataBase)))
    , m_configBase(QDir::cleanPath(std::move(configBase)))
{
}

QString DataLocationMigration::oldDataFolder() const
{
    return m_dataBase + u'/' + oldOrganization + u'/' + applicationName;
}

QString DataLocationMigration::newDataFolder() const
{
    return m_dataBase + u'/' + applicationName;
}

QString DataLocationMigration::oldConfigFile() const
{
    return m_configBase + u'/' + oldOrganization + u'/' + applicationName + QStringLiteral(".conf");
}

QString DataLocationMigration::newConfigFile() const
{
    return m_configBase + u'/' + applicationName + u'/' + applicationName + QStringLiteral(".conf");
}

DataLocationMigrationResult DataLocationMigration::run()
{
    DataLocationMigrationResult result;
    movePath(oldDataFolder(), newDataFolder(), result);
    movePath(oldConfigFile(), newConfigFile(), result);
    return result;
}

void DataLocationMigration::movePath(const QString &from, const QString &to,
                                     DataLocationMigrationResult &result)
{
    const QFileInfo source(from);
    const QFileInfo target(to);
    if (!source.exists())
        return;
    const bool emptyTarget = source.isDir() && isEmptyFolder(target);
    if (target.exists() && !emptyTarget)
        return; // already there: what is in the new place is what Limber uses now

    // Undoes the parent folders it makes and, across file systems, the copy.
    FileTransaction transaction;
    const auto fail = [&](const QString &reason) {
        if (emptyTarget && !QFileInfo::exists(to))
            QDir().mkdir(to);
        transaction.rollBack();
        const QString failure = tr("Limber could not move %1 to %2: %3. It is still where it was.")
                                    .arg(native(from), native(to), reason);
        result.error = result.error.isEmpty() ? failure : result.error + u'\n' + failure;
    };
    const QString parent = QFileInfo(to).path();
    if (const QString problem = transaction.makeFolder(parent); !problem.isEmpty())
        return fail(problem);
    // The system's reason for the last call that failed, when the folder itself is writable.
    const auto lastReason = [&parent] {
        const QString reason = qt_error_string(errno);
        const QString problem = writeProblem(parent);
        return problem.isEmpty() ? reason : problem;
    };
    if (emptyTarget && !QDir().rmdir(to))
        return fail(lastReason());

    // On one file system a rename moves everything at once; across two it cannot.
    if (!QDir().rename(from, to)) {
        if (source.isDir()) {
            QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".limber-moving-XXXXXX")));
            if (!staging.isValid())
                return fail(writeProblem(parent));
            QString problem = copyTree(from, staging.path(), transaction);
            if (problem.isEmpty())
                problem = transaction.verify();
            if (!problem.isEmpty())
                return fail(problem);
            if (!QDir().rename(staging.path(), to))
                return fail(lastReason());
            staging.setAutoRemove(false);
        } else {
            QString problem = copyFile(source, to, transaction);
            if (problem.isEmpty())
                problem = transaction.verify();
            if (!problem.isEmpty())
                return fail(problem);
        }
        // Only now that the copy is complete and in place.
        const bool removed = source.isDir() ? QDir(from).removeRecursively() : QFile::remove(from);
        if (!removed) {
            result.warning = tr("Limber could not remove everything in %1; what is left there is "
                                "a copy and can be deleted.")
                                 .arg(native(from));
        }
    }
    result.moved.append({from, to});
    // The old "Limber" folder, when nothing else is in it.
    QDir().rmdir(QFileInfo(from).path());
}

} // namespace limber
