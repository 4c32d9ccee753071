#pragma once

#include "storage/RoutineFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace limber {

class RoutineFileValidator;

// The field of an embedded stretch that holds its image (base64): the only part of a routine
// file allowed past the 1 MiB a routine takes.
inline constexpr QLatin1StringView embeddedImageDataKey{"image_data"};

// The "stretches" list of a version-2 routine file: each a stretch object of the stretch
// format (docs/stretch-format.md) with its "id", none built in, no id twice.
QList<EmbeddedStretch> readEmbeddedStretches(const QJsonObject &root,
                                             RoutineFileValidator &validator);
QJsonArray writeEmbeddedStretches(const QList<EmbeddedStretch> &stretches);
// A carried stretch no step names is a mistake in the file (a step removed by hand).
void refuseUnusedStretches(const QList<EmbeddedStretch> &stretches, const QSet<QString> &usedIds,
                           RoutineFileValidator &validator);

} // namespace limber
