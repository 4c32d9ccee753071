#include "storage/RoutineFileSteps.h"

#include "model/Catalog.h"
#include "model/TextRules.h"
#include "storage/RoutineFileValidator.h"

#include <QJsonValue>

namespace limber {

namespace {
namespace key {
constexpr QLatin1StringView steps{"steps"};
constexpr QLatin1StringView stretch{"stretch"};
constexpr QLatin1StringView stretchName{"stretch_name"};
constexpr QLatin1StringView hold{"hold_seconds"};
constexpr QLatin1StringView sides{"sides"};
constexpr QLatin1StringView repeat{"repeat"};
} // namespace key

constexpr QLatin1StringView stepKeysV1[] = {key::stretch, key::hold, key::sides, key::repeat};
constexpr QLatin1StringView stepKeysV2[] = {key::stretch, key::hold, key::sides, key::repeat,
                                            key::stretchName};

// The stretch a step names, and what the step keeps of it.
struct NamedStretch
{
    bool valid = false;
    QString id;
    QString keptName;
    const Stretch *stretch = nullptr; // nothing for a missing stretch
};

// An id nobody has (any more) is kept as written when the step carries the stretch's name;
// it still has to be something an id can be.
bool isPlausibleId(const QString &id)
{
    return !id.isEmpty() && id.size() <= limits::maxNameLength && id == id.trimmed() &&
           !TextRules::singleLineProblem(id);
}

NamedStretch readStretch(const QJsonObject &object, const QString &prefix,
                         const StepSources &sources, RoutineFileValidator &validator)
{
    NamedStretch named;
    std::optional<QString> keptName;
    const bool hasName = sources.version >= 2 && object.contains(key::stretchName);
    if (hasName) {
        keptName =
            validator.singleLineText(object.value(key::stretchName), prefix + key::stretchName,
                                     stretchLimits::maxNameLength);
    }

    const QJsonValue value = object.value(key::stretch);
    if (value.isUndefined()) {
        validator.refuse(prefix + key::stretch, RoutineFile::tr("is missing"));
        return named;
    }
    if (!value.isString()) {
        validator.refuse(prefix + key::stretch, RoutineFile::tr("must be a stretch id (text)"));
        return named;
    }
    const QString id = value.toString();
    named.stretch = sources.embedded.value(id);
    if (!named.stretch) {
        named.stretch = sources.catalog.find(id);
        if (named.stretch && named.stretch->isMissing())
            named.stretch = nullptr;
    }
    const bool missingButNamed = !named.stretch && hasName && isPlausibleId(id);
    if (!named.stretch && !missingButNamed) {
        validator.refuse(prefix + key::stretch,
                         RoutineFile::tr("unknown stretch id %1 (limber --list-stretches "
                                         "shows the ids)")
                             .arg(quoted(id.left(limits::maxNameLength))));
        return named;
    }
    named.id = id;
    named.valid = !hasName || keptName.has_value();
    // A built-in stretch is named in the reader's language: a kept English name means nothing.
    if (named.valid && !isBuiltInStretchId(id))
        named.keptName = keptName.value_or(QString());
    return named;
}

std::optional<RoutineStep> readStep(const QJsonValue &value, const QString &field,
                                    const StepSources &sources, RoutineFileValidator &validator)
{
    if (!value.isObject()) {
        validator.refuse(field, RoutineFile::tr("must be an object such as "
                                                "{\"stretch\": \"cat-cow\"}"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QString prefix = field + QLatin1Char('.');
    if (sources.version >= 2)
        validator.refuseUnknownKeys(object, prefix, stepKeysV2);
    else
        validator.refuseUnknownKeys(object, prefix, stepKeysV1);

    RoutineStep step;
    const NamedStretch named = readStretch(object, prefix, sources, validator);
    bool valid = named.valid;
    step.stretchId = named.id;
    step.stretchName = named.keptName;

    step.holdSeconds = validator.optionalWholeNumber(
        object, key::hold, prefix + key::hold, limits::minHoldSeconds, limits::maxHoldSeconds);
    valid = valid && (step.holdSeconds || !object.contains(key::hold));

    if (const QJsonValue sides = object.value(key::sides); !sides.isUndefined()) {
        const auto parsed = sides.isString() ? sidesFromKey(sides.toString()) : std::nullopt;
        const Stretch *stretch = named.stretch;
        if (!parsed) {
            validator.refuse(prefix + key::sides,
                             RoutineFile::tr("must be \"both\", \"left\" or \"right\""));
            valid = false;
        } else if (stretch && !stretch->isSided() && *parsed != Sides::Both) {
            validator.refuse(
                prefix + key::sides,
                RoutineFile::tr("%1 has no sides; only \"both\" is allowed").arg(stretch->id()));
            valid = false;
        } else {
            // Kept for a missing stretch too, whose sides nobody knows any more.
            step.sides = *parsed;
        }
    }

    const auto repeat = validator.optionalWholeNumber(object, key::repeat, prefix + key::repeat, 1,
                                                      limits::maxRepeat);
    step.repeat = repeat.value_or(1);
    valid = valid && (repeat || !object.contains(key::repeat));

    if (!valid)
        return std::nullopt;
    return step;
}
} // namespace

bool isBuiltInStretchId(QStringView id)
{
    return Catalog::builtIn().isBuiltInId(id);
}

QList<RoutineStep> readRoutineSteps(const QJsonObject &root, const StepSources &sources,
                                    RoutineFileValidator &validator, QSet<QString> &usedIds)
{
    const QJsonValue value = root.value(key::steps);
    if (value.isUndefined()) {
        validator.refuse(key::steps, RoutineFile::tr("is missing"));
        return {};
    }
    if (!value.isArray()) {
        validator.refuse(key::steps, RoutineFile::tr("must be a list of steps"));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > limits::maxSteps) {
        validator.refuse(key::steps, RoutineFile::tr("must list from 1 to %1 steps (it lists %2)")
                                         .arg(limits::maxSteps)
                                         .arg(array.size()));
        return {};
    }
    QList<RoutineStep> steps;
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QString field = QStringLiteral("steps[%1]").arg(index);
        // Counted even when the rest of the step is refused: the file's stretch is named.
        const QJsonValue stretch = array.at(index).toObject().value(key::stretch);
        if (stretch.isString())
            usedIds.insert(stretch.toString());
        if (auto step = readStep(array.at(index), field, sources, validator))
            steps.append(std::move(*step));
    }
    return steps;
}

QJsonArray writeRoutineSteps(const QList<RoutineStep> &steps)
{
    QJsonArray array;
    for (const RoutineStep &step : steps) {
        QJsonObject object;
        object.insert(key::stretch, step.stretchId);
        if (!step.stretchName.isEmpty() && !isBuiltInStretchId(step.stretchId))
            object.insert(key::stretchName, step.stretchName);
        if (step.holdSeconds)
            object.insert(key::hold, *step.holdSeconds);
        if (step.sides != Sides::Both)
            object.insert(key::sides, sidesKey(step.sides));
        if (step.repeat != 1)
            object.insert(key::repeat, step.repeat);
        array.append(object);
    }
    return array;
}

} // namespace limber
