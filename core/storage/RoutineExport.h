#pragma once

#include "model/Routine.h"
#include "storage/RoutineFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace limber {

class Catalog;
struct TimingPreferences;

// A routine made ready to travel: every timing written out, the names of stretches that are
// not built in kept, and the user's own stretches it uses carried along (images included), so
// that it plays the same on a computer that has neither the settings nor the stretches.
struct ExportedRoutine
{
    Routine routine;
    QList<EmbeddedStretch> stretches;
    QString error; // a picture that cannot be read; nothing else is then exported
    bool ok() const { return error.isEmpty(); }
};

class RoutineExport
{
    Q_DECLARE_TR_FUNCTIONS(RoutineExport)

public:
    static ExportedRoutine prepare(const Routine &routine, const TimingPreferences &preferences,
                                   const Catalog &catalog);
    // Prepares and writes path (version 1 when every stretch is built in), after checking that
    // the file reads back: a settings value outside the format's ranges must not give a file
    // nobody can open.
    static std::optional<RoutineFileError> write(const Routine &routine,
                                                 const TimingPreferences &preferences,
                                                 const Catalog &catalog, const QString &path);
    // "png", "jpeg" or "svg" from the file name; empty for anything else.
    static QString imageTypeOf(const QString &path);
};

} // namespace limber
