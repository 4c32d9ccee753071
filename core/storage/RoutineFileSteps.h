#pragma once

#include "model/Routine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace limber {

class Catalog;
class RoutineFileValidator;
class Stretch;

// Where the stretches a step names come from, besides the built-in ones.
struct StepSources
{
    const Catalog &catalog;
    const QHash<QString, const Stretch *> &embedded; // carried by the file, by id
    int version;
};

// The steps of a routine file; usedIds collects the ids of the stretches they name.
QList<RoutineStep> readRoutineSteps(const QJsonObject &root, const StepSources &sources,
                                    RoutineFileValidator &validator, QSet<QString> &usedIds);
QJsonArray writeRoutineSteps(const QList<RoutineStep> &steps);

// A stretch id that is part of the format: the same on every computer.
bool isBuiltInStretchId(QStringView id);

} // namespace limber
