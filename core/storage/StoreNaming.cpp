#include "storage/StoreNaming.h"

#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace limber::storenaming {

namespace {
// Keeps file names short and readable; the name inside the file carries the rest.
constexpr qsizetype maxSlugLength = 64;
// Beyond this a number in " (N)" is not a counter the store wrote.
constexpr qsizetype maxCounterDigits = 9;
} // namespace

QString slugOf(const QString &name, const QString &fallback)
{
    QString slug;
    bool separator = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        if (c.unicode() >= 128 || !c.isLetterOrNumber()) {
            separator = true;
            continue;
        }
        if (slug.size() + (separator ? 2 : 1) > maxSlugLength)
            break;
        if (separator && !slug.isEmpty())
            slug += QLatin1Char('-');
        separator = false;
        slug += c.toLower();
    }
    return slug.isEmpty() ? fallback : slug;
}

QString truncated(const QString &text, qsizetype length)
{
    QString result = text.left(length);
    if (!result.isEmpty() && result.back().isHighSurrogate())
        result.chop(1);
    while (!result.isEmpty() && result.back().isSpace())
        result.chop(1);
    return result;
}

QString numberedName(const QString &wanted, qsizetype maxLength,
                     const std::function<bool(const QString &)> &isTaken)
{
    const QString name = truncated(wanted.trimmed(), maxLength);
    if (name.isEmpty() || !isTaken(name))
        return name;
    static const QRegularExpression numbered(
        QStringLiteral("^(.*\\S) \\((\\d{1,%1})\\)$").arg(maxCounterDigits));
    QString base = name;
    qint64 counter = 2;
    if (const QRegularExpressionMatch match = numbered.match(name); match.hasMatch()) {
        base = match.captured(1);
        counter = std::max<qint64>(2, match.captured(2).toLongLong() + 1);
    }
    // Each taken name blocks one number only, so this ends.
    for (;; ++counter) {
        const QString suffix = QStringLiteral(" (%1)").arg(counter);
        const QString candidate = truncated(base, maxLength - suffix.size()) + suffix;
        if (!isTaken(candidate))
            return candidate;
    }
}

bool isMovedAside(const QString &fileName)
{
    static const QRegularExpression pattern(
        QRegularExpression::wildcardToRegularExpression(QStringLiteral("*.broken-*.json")));
    return pattern.match(fileName).hasMatch();
}

QString moveAside(const QString &path, QDate day)
{
    const QString suffix = QStringLiteral(".json");
    const QString stem =
        path.chopped(suffix.size()) + QStringLiteral(".broken-") + day.toString(Qt::ISODate);
    QString target = stem + suffix;
    for (int counter = 2; QFileInfo::exists(target); ++counter)
        target = stem + QLatin1Char('-') + QString::number(counter) + suffix;
    // QFile::rename never replaces an existing file.
    return QFile::rename(path, target) ? target : QString();
}

} // namespace limber::storenaming
