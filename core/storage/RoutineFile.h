#pragma once

#include "model/Routine.h"
#include "model/Stretch.h"

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

// A stretch a version-2 routine file carries, so that the routine plays where that stretch
// was never made. The stretch has origin Own; one that shows an image has the image's bytes
// here (its picture has no path: the image lives nowhere but in the file yet).
struct EmbeddedStretch
{
    Stretch stretch;
    QByteArray imageData; // decoded; empty for a drawn stretch
    QString imageType;    // "png", "jpeg" or "svg"; empty for a drawn stretch
};

struct RoutineReadResult
{
    std::optional<Routine> routine;
    QList<RoutineFileError> errors;
    // The stretches the file carries (version 2), each used by at least one step.
    QList<EmbeddedStretch> stretches = {};

    bool ok() const { return routine.has_value(); }
    QString errorText() const; // every message, one per line
};

// Reads versions 1 and 2 of the "limber-routine" JSON format (docs/routine-format.md) and
// writes the oldest version that holds the routine: version 1 when every step names a
// built-in stretch, so older copies of Limber still open it; version 2 otherwise (steps keep
// the names of stretches that are not built in, and the file may carry those stretches).
// Reading validates everything and never returns a partial routine.
//
// A step's stretch must be built in, carried by the file, in the catalog (the user's own), or
// named by the step's stretch_name (a missing stretch: kept, played as a plain timed hold).
class RoutineFile
{
    Q_DECLARE_TR_FUNCTIONS(RoutineFile)

public:
    static constexpr QStringView formatName = u"limber-routine";
    static constexpr int oldestVersion = 1;
    static constexpr int formatVersion = 2; // the newest this Limber reads and writes

    static RoutineReadResult read(const QString &path, const Catalog &catalog);
    // fileLabel names the source in error messages.
    static RoutineReadResult parse(const QByteArray &json, const QString &fileLabel,
                                   const Catalog &catalog);

    // The version the routine (with those stretches) is written as.
    static int versionFor(const Routine &routine, const QList<EmbeddedStretch> &stretches = {});
    static QByteArray serialize(const Routine &routine,
                                const QList<EmbeddedStretch> &stretches = {});
    // Atomic: the old file stays intact unless the new one was written completely.
    static std::optional<RoutineFileError> write(const Routine &routine, const QString &path,
                                                 const QList<EmbeddedStretch> &stretches = {});
};

} // namespace limber
