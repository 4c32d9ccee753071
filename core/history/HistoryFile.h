#pragma once

#include "history/HistoryLine.h"

#include <optional>
#include <QList>
#include <QString>

namespace limber {

// One device's history file: JSON Lines, only ever appended to, never rewritten.
class HistoryFile
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFile)

public:
    struct Contents
    {
        QList<Session> sessions;
        QList<SessionDeletion> deletions;
        // Lines that could not be used, each once; the lines around them are kept. A torn
        // last line (a write cut off by a crash) is one of them, worded as such.
        QList<HistoryProblem> problems;
    };

    // A file over historyLimits::maxFileBytes is refused whole (one problem, no entries).
    static Contents read(const QString &path);
    // label names the source in problems.
    static Contents parse(QByteArrayView contents, const QString &label);
    // The same for a part of a file that starts at line firstLine (the rest of a file whose
    // beginning was read before).
    static Contents parse(QByteArrayView contents, const QString &label, int firstLine);

    // Appends the entry as one whole line and flushes it to the disk (fsync) before
    // returning; creates the file and its folder when needed. A file whose last line is torn
    // gets a newline first, so the new line stands on its own. Returns the problem on failure
    // (nothing was appended then, or at most a torn line the reader skips).
    static std::optional<HistoryProblem> append(const QString &path, const HistoryEntry &entry);

    // Whether the problem is a torn line: at the end, or followed by lines appended since. It
    // is the same damage either way, so a caller reporting problems once can tell it apart
    // from its changed wording.
    static bool isTornLine(const HistoryProblem &problem);

private:
    static QString lastLineTorn();
    static QString lineTorn();
};

} // namespace limber
