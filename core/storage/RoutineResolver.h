#pragma once

#include "storage/RoutineFile.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

class Catalog;

// Turns what a user types for ROUTINE into a routine: a built-in routine id, the name of a
// saved routine, or a routine file.
class RoutineResolver
{
    Q_DECLARE_TR_FUNCTIONS(RoutineResolver)

public:
    RoutineResolver(const Catalog &catalog, QString savedRoutinesDir);

    // An empty spec means the built-in back-and-hips routine.
    RoutineReadResult resolve(const QString &spec) const;

private:
    const Catalog &m_catalog;
    QString m_savedRoutinesDir;
};

} // namespace limber
