#pragma once

#include "model/Routine.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace limber {

class Catalog;

// One refusal, worded for the person who wrote the file: which file, which field, why.
struct RoutineFileError
{
    QString file;
    QString field; // e.g. "steps[2].hold_seconds"; empty when the file as a whole is at fault
    QString reason;

    // "FILE: field: reason", or "FILE: reason".
    QString message() const;
};

struct RoutineReadResult
{
    std::optional<Routine> routine;
    QList<RoutineFileError> errors;

    bool ok() const { return routine.has_value(); }
    QString errorText() const; // every message, one per line
};

// Reads and writes version 1 of the "limber-routine" JSON format (docs/routine-format.md).
// Reading validates everything and never returns a partial routine.
class RoutineFile
{
    Q_DECLARE_TR_FUNCTIONS(RoutineFile)

public:
    static constexpr QStringView formatName = u"limber-routine";
    static constexpr int formatVersion = 1;

    static RoutineReadResult read(const QString &path, const Catalog &catalog);
    // fileLabel names the source in error messages.
    static RoutineReadResult parse(const QByteArray &json, const QString &fileLabel,
                                   const Catalog &catalog);

    static QByteArray serialize(const Routine &routine);
    // Atomic: the old file stays intact unless the new one was written completely.
    static std::optional<RoutineFileError> write(const Routine &routine, const QString &path);
};

} // namespace limber
