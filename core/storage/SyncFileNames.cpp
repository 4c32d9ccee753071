#include "storage/SyncFileNames.h"

#include <QRegularExpression>

namespace limber::SyncFileNames {

namespace {
const QRegularExpression &syncthingConflict()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.+)\.sync-conflict-(\d{8}-\d{6})-([A-Za-z0-9]+)(\.[^.]+)?$)"));
    return pattern;
}

const QRegularExpression &nextcloudConflict()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(.+) \(conflicted copy(?: (.*?))? ?(\d{4}-\d{2}-\d{2} \d{6})?\)(\.[^.]+)?$)"));
    return pattern;
}

QStringList filesEndingIn(const QDir &folder, const QString &suffix)
{
    return folder.entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
}
} // namespace

bool isIgnored(const QString &fileName)
{
    return fileName.startsWith(u'.') || fileName.endsWith(u'~') ||
           fileName.endsWith(QLatin1String(".part")) || fileName.endsWith(QLatin1String(".tmp"));
}

std::optional<ConflictCopy> conflictCopy(const QString &fileName)
{
    if (isIgnored(fileName))
        return std::nullopt;
    if (const auto match = syncthingConflict().match(fileName); match.hasMatch()) {
        return ConflictCopy{
            ConflictCopy::Tool::Syncthing, match.captured(1) + match.captured(4),
            QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd-HHmmss")),
            match.captured(3)};
    }
    if (const auto match = nextcloudConflict().match(fileName); match.hasMatch()) {
        return ConflictCopy{
            ConflictCopy::Tool::Nextcloud, match.captured(1) + match.captured(4),
            QDateTime::fromString(match.captured(3), QStringLiteral("yyyy-MM-dd HHmmss")),
            match.captured(2).trimmed()};
    }
    return std::nullopt;
}

QStringList dataFiles(const QDir &folder, const QString &suffix)
{
    QStringList names = filesEndingIn(folder, suffix);
    names.removeIf([](const QString &name) { return isIgnored(name) || conflictCopy(name); });
    return names;
}

QStringList conflictCopies(const QDir &folder, const QString &suffix)
{
    QStringList names = filesEndingIn(folder, suffix);
    names.removeIf([](const QString &name) { return !conflictCopy(name); });
    return names;
}

} // namespace limber::SyncFileNames
