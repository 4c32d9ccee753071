#include "storage/RoutineFileStretches.h"

#include "storage/RoutineFileSteps.h"
#include "storage/RoutineFileValidator.h"

#include <QJsonValue>

namespace limber {

namespace {
const QLatin1StringView stretchesKey{"stretches"};
const QLatin1StringView idKey{"id"};

std::optional<EmbeddedStretch> readStretchObject(const QJsonObject &object, const QString &prefix,
                                                 RoutineFileValidator &validator)
{
    Q_UNUSED(object);
    validator.refuse(prefix + idKey, RoutineFile::tr("embedded stretches are not read yet"));
    return std::nullopt;
}
} // namespace

QList<EmbeddedStretch> readEmbeddedStretches(const QJsonObject &root,
                                             RoutineFileValidator &validator)
{
    const QJsonValue value = root.value(stretchesKey);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        validator.refuse(stretchesKey, RoutineFile::tr("must be a list of stretches"));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > limits::maxEmbeddedStretches) {
        validator.refuse(stretchesKey, RoutineFile::tr("must list at most %1 stretches (it lists "
                                                       "%2)")
                                           .arg(limits::maxEmbeddedStretches)
                                           .arg(array.size()));
        return {};
    }
    QList<EmbeddedStretch> stretches;
    QSet<QString> ids;
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QString field = QStringLiteral("stretches[%1]").arg(index);
        if (!array.at(index).isObject()) {
            validator.refuse(field, RoutineFile::tr("must be a stretch object"));
            continue;
        }
        std::optional<EmbeddedStretch> stretch =
            readStretchObject(array.at(index).toObject(), field + QLatin1Char('.'), validator);
        if (!stretch)
            continue;
        const QString &id = stretch->stretch.id();
        if (isBuiltInStretchId(id)) {
            validator.refuse(field + QLatin1Char('.') + idKey,
                             RoutineFile::tr("%1 is a built-in stretch; a file carries only "
                                             "stretches that are not built in")
                                 .arg(quoted(id)));
        } else if (ids.contains(id)) {
            validator.refuse(field + QLatin1Char('.') + idKey,
                             RoutineFile::tr("%1 is carried twice").arg(quoted(id)));
        } else {
            ids.insert(id);
            stretches.append(std::move(*stretch));
        }
    }
    return stretches;
}

QJsonArray writeEmbeddedStretches(const QList<EmbeddedStretch> &stretches)
{
    QJsonArray array;
    for (const EmbeddedStretch &stretch : stretches)
        array.append(QJsonObject{{idKey, stretch.stretch.id()}});
    return array;
}

void refuseUnusedStretches(const QList<EmbeddedStretch> &stretches, const QSet<QString> &usedIds,
                           RoutineFileValidator &validator)
{
    for (qsizetype index = 0; index < stretches.size(); ++index) {
        const QString &id = stretches.at(index).stretch.id();
        if (!usedIds.contains(id))
            validator.refuse(QStringLiteral("stretches[%1].id").arg(index),
                             RoutineFile::tr("%1 is used by no step").arg(quoted(id)));
    }
}

} // namespace limber
