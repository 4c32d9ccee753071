#include "sync/HistoryFileMerge.h"

#include <QList>
#include <QSet>

namespace limber {

namespace {
QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    // A last line end leaves one empty piece that is no line.
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

bool startsWith(const QList<QByteArray> &lines, const QList<QByteArray> &beginning)
{
    return beginning.size() <= lines.size() &&
           std::equal(beginning.cbegin(), beginning.cend(), lines.cbegin());
}
} // namespace

std::optional<QByteArray> mergedHistoryFile(const QByteArray &target, const QByteArray &source)
{
    const QList<QByteArray> targetLines = linesOf(target);
    const QList<QByteArray> sourceLines = linesOf(source);
    if (startsWith(targetLines, sourceLines))
        return std::nullopt;
    if (startsWith(sourceLines, targetLines))
        return source;
    const QSet<QByteArray> inSource(sourceLines.cbegin(), sourceLines.cend());
    QByteArray merged;
    for (const QByteArray &line : targetLines) {
        if (!inSource.contains(line))
            merged += line + '\n';
    }
    for (const QByteArray &line : sourceLines)
        merged += line + '\n';
    return merged;
}

} // namespace limber
