#pragma once

#include "history/Session.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <variant>

namespace limber {

// One refusal, worded for the person who reads it: which file, which line, which field, why.
struct HistoryProblem
{
    QString file;
    int line = 0;  // 1-based; 0 when the file as a whole is at fault
    QString field; // e.g. "holds[2].outcome"; empty when the line as a whole is at fault
    QString reason;

    // "FILE:LINE: field: reason", "FILE:LINE: reason" or "FILE: reason".
    QString message() const;
    friend bool operator==(const HistoryProblem &, const HistoryProblem &) = default;
};

using HistoryEntry = std::variant<Session, SessionDeletion>;

// One line of a history file (docs/history-format.md): "format":"limber-session",
// "version":1, either a session or a deletion ("deletes": id). Decoding validates strictly and
// never returns a partial entry.
class HistoryLine
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLine)

public:
    static constexpr QStringView formatName = u"limber-session";
    static constexpr int formatVersion = 1;

    // Compact JSON without the newline.
    static QByteArray encode(const HistoryEntry &entry);

    struct Decoded
    {
        std::optional<HistoryEntry> entry;
        QString field; // set with reason when refused
        QString reason;
    };
    static Decoded decode(QByteArrayView line);
};

} // namespace limber
