#include "storage/RoutineFileStretches.h"

#include "storage/JsonFieldReader.h"
#include "storage/RoutineFileSteps.h"
#include "storage/RoutineFileValidator.h"
#include "storage/StretchFile.h"

#include <QJsonValue>

namespace limber {

namespace {
const QLatin1StringView stretchesKey{"stretches"};
const QLatin1StringView idKey{"id"};

std::optional<EmbeddedStretch> readStretchObject(const QJsonObject &object, const QString &prefix,
                                                 RoutineFileValidator &validator)
{
    const QJsonValue idValue = object.value(idKey);
    std::optional<QString> id;
    if (idValue.isUndefined())
        validator.refuse(prefix + idKey, RoutineFile::tr("is missing"));
    else
        id = validator.singleLineText(idValue, prefix + idKey, limits::maxNameLength);
    if (id && *id != idValue.toString()) {
        validator.refuse(prefix + idKey, RoutineFile::tr("must not begin or end with spaces"));
        id.reset();
    }

    // The stretch format judges the rest, worded the same way and naming this file.
    JsonFieldReader reader(validator.file());
    StretchFile::ObjectOptions options;
    options.images = StretchImageMode::Embedded;
    options.extraKeys = {idKey};
    std::optional<ParsedStretch> parsed =
        StretchFile::parseObject(object, id.value_or(QString()), prefix, options, reader);
    for (const RoutineFileError &error : reader.takeErrors())
        validator.refuse(error.field, error.reason);
    if (!id || !parsed)
        return std::nullopt;
    EmbeddedStretch embedded{std::move(parsed->stretch), {}, {}};
    if (parsed->embeddedImage) {
        embedded.imageData = std::move(parsed->embeddedImage->bytes);
        embedded.imageType = std::move(parsed->embeddedImage->type);
    }
    return embedded;
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
    for (const EmbeddedStretch &embedded : stretches) {
        QJsonObject object =
            embedded.imageData.isEmpty()
                ? StretchFile::toObject(embedded.stretch)
                : StretchFile::toObject(embedded.stretch,
                                        StretchImage{embedded.imageData, embedded.imageType});
        object.insert(idKey, embedded.stretch.id());
        array.append(object);
    }
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
