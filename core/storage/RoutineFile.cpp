#include "storage/RoutineFile.h"

#include "model/Catalog.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace limber {

namespace {
namespace key {
constexpr QLatin1StringView format{"format"};
constexpr QLatin1StringView version{"version"};
constexpr QLatin1StringView name{"name"};
constexpr QLatin1StringView prepare{"prepare_seconds"};
constexpr QLatin1StringView rest{"rest_seconds"};
constexpr QLatin1StringView switchGap{"switch_seconds"};
constexpr QLatin1StringView warmup{"warmup_seconds"};
constexpr QLatin1StringView steps{"steps"};
constexpr QLatin1StringView stretch{"stretch"};
constexpr QLatin1StringView hold{"hold_seconds"};
constexpr QLatin1StringView sides{"sides"};
constexpr QLatin1StringView repeat{"repeat"};
} // namespace key

constexpr QLatin1StringView topLevelKeys[] = {key::format,  key::version, key::name,
                                              key::prepare, key::rest,    key::switchGap,
                                              key::warmup,  key::steps};
constexpr QLatin1StringView stepKeys[] = {key::stretch, key::hold, key::sides, key::repeat};

// A handful of messages is enough to fix a file; thousands would only bury the first one.
constexpr int maxReportedErrors = 20;

// Collects refusals for one file.
class Validator
{
public:
    explicit Validator(QString file)
        : m_file(std::move(file))
    {
    }

    void refuse(const QString &field, const QString &reason)
    {
        if (m_errors.size() < maxReportedErrors)
            m_errors.append({m_file, field, reason});
    }

    bool hasErrors() const { return !m_errors.isEmpty(); }
    QList<RoutineFileError> takeErrors() { return std::move(m_errors); }

    // A whole number within [min, max]; JSON has only doubles, so 30.0 counts, 30.5 not.
    std::optional<int> wholeNumber(const QJsonValue &value, const QString &field, int min, int max)
    {
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (std::isfinite(number) && std::floor(number) == number && number >= min &&
                number <= max)
                return int(number);
        }
        refuse(field, RoutineFile::tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }

    std::optional<int> optionalWholeNumber(const QJsonObject &object, QLatin1StringView name,
                                           const QString &field, int min, int max)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return std::nullopt;
        return wholeNumber(value, field, min, max);
    }

    void refuseUnknownKeys(const QJsonObject &object, const QString &prefix, const auto &knownKeys)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (std::find(std::begin(knownKeys), std::end(knownKeys), it.key()) ==
                std::end(knownKeys))
                refuse(prefix + it.key(), RoutineFile::tr("is not a known field"));
        }
    }

private:
    QString m_file;
    QList<RoutineFileError> m_errors;
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

std::optional<RoutineStep> readStep(const QJsonValue &value, const QString &field,
                                    const Catalog &catalog, Validator &validator)
{
    if (!value.isObject()) {
        validator.refuse(field, RoutineFile::tr("must be an object such as "
                                                "{\"stretch\": \"cat-cow\"}"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QString prefix = field + QLatin1Char('.');
    validator.refuseUnknownKeys(object, prefix, stepKeys);

    RoutineStep step;
    bool valid = true;
    const QJsonValue stretchValue = object.value(key::stretch);
    const Stretch *stretch = nullptr;
    if (stretchValue.isUndefined()) {
        validator.refuse(prefix + key::stretch, RoutineFile::tr("is missing"));
        valid = false;
    } else if (!stretchValue.isString()) {
        validator.refuse(prefix + key::stretch, RoutineFile::tr("must be a stretch id (text)"));
        valid = false;
    } else if (stretch = catalog.find(stretchValue.toString()); !stretch) {
        validator.refuse(prefix + key::stretch,
                         RoutineFile::tr("unknown stretch id %1 (limber --list-stretches "
                                         "shows the ids)")
                             .arg(quoted(stretchValue.toString().left(limits::maxNameLength))));
        valid = false;
    } else {
        step.stretchId = stretch->id();
    }

    step.holdSeconds = validator.optionalWholeNumber(
        object, key::hold, prefix + key::hold, limits::minHoldSeconds, limits::maxHoldSeconds);
    valid = valid && (step.holdSeconds || !object.contains(key::hold));

    if (const QJsonValue sides = object.value(key::sides); !sides.isUndefined()) {
        const auto parsed = sides.isString() ? sidesFromKey(sides.toString()) : std::nullopt;
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

void readHeader(const QJsonObject &root, Validator &validator)
{
    const QJsonValue format = root.value(key::format);
    if (format.isUndefined())
        validator.refuse(key::format, RoutineFile::tr("is missing; a routine file starts with "
                                                      "\"format\": \"limber-routine\""));
    else if (format.toString() != RoutineFile::formatName)
        validator.refuse(key::format, RoutineFile::tr("must be \"limber-routine\""));

    const QJsonValue version = root.value(key::version);
    if (version.isUndefined())
        validator.refuse(key::version, RoutineFile::tr("is missing"));
    else if (!version.isDouble() || version.toDouble() != RoutineFile::formatVersion)
        validator.refuse(key::version,
                         RoutineFile::tr("unsupported version %1; this Limber reads version %2")
                             .arg(version.isDouble() ? QString::number(version.toDouble())
                                                     : RoutineFile::tr("(not a number)"))
                             .arg(RoutineFile::formatVersion));
}

std::optional<QString> readName(const QJsonObject &root, Validator &validator)
{
    const QJsonValue value = root.value(key::name);
    if (value.isUndefined()) {
        validator.refuse(key::name, RoutineFile::tr("is missing"));
        return std::nullopt;
    }
    const QString name = value.toString().trimmed();
    if (!value.isString() || name.isEmpty() || name.size() > limits::maxNameLength) {
        validator.refuse(
            key::name,
            RoutineFile::tr("must be text of 1 to %1 characters").arg(limits::maxNameLength));
        return std::nullopt;
    }
    return name;
}

QList<RoutineStep> readSteps(const QJsonObject &root, const Catalog &catalog, Validator &validator)
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
        if (auto step = readStep(array.at(index), field, catalog, validator))
            steps.append(std::move(*step));
    }
    return steps;
}
} // namespace

QString RoutineFileError::message() const
{
    if (field.isEmpty())
        return file + QStringLiteral(": ") + reason;
    return file + QStringLiteral(": ") + field + QStringLiteral(": ") + reason;
}

QString RoutineReadResult::errorText() const
{
    QStringList lines;
    for (const RoutineFileError &error : errors)
        lines.append(error.message());
    return lines.join(QLatin1Char('\n'));
}

RoutineReadResult RoutineFile::read(const QString &path, const Catalog &catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {{path, {}, tr("cannot be opened: %1").arg(file.errorString())}}};
    }
    // Read one byte past the limit: enough to know the file is too large, never more.
    const QByteArray data = file.read(limits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, {{path, {}, tr("cannot be read: %1").arg(file.errorString())}}};
    return parse(data, path, catalog);
}

RoutineReadResult RoutineFile::parse(const QByteArray &json, const QString &fileLabel,
                                     const Catalog &catalog)
{
    Validator validator(fileLabel);
    if (json.size() > limits::maxFileBytes) {
        validator.refuse({}, tr("is larger than 1 MiB; a routine file is much smaller"));
        return {std::nullopt, validator.takeErrors()};
    }
    // Qt's parser lets raw control characters through inside strings; JSON does not.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        validator.refuse({}, tr("is not valid JSON: a NUL byte at byte %1").arg(nul));
        return {std::nullopt, validator.takeErrors()};
    }
    if (json.trimmed().isEmpty()) {
        validator.refuse({}, tr("is empty; a routine file holds a JSON object"));
        return {std::nullopt, validator.takeErrors()};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        validator.refuse({}, tr("is not valid JSON: %1 at byte %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
        return {std::nullopt, validator.takeErrors()};
    }
    if (!document.isObject()) {
        validator.refuse({}, tr("must hold a JSON object ({ ... }) at the top level"));
        return {std::nullopt, validator.takeErrors()};
    }
    const QJsonObject root = document.object();
    readHeader(root, validator);
    if (validator.hasErrors()) // a file of another format or version: its fields mean nothing
        return {std::nullopt, validator.takeErrors()};
    validator.refuseUnknownKeys(root, QString(), topLevelKeys);

    Routine routine;
    routine.name = readName(root, validator).value_or(QString());
    routine.prepareSeconds =
        validator.optionalWholeNumber(root, key::prepare, key::prepare, 0, limits::maxGapSeconds);
    routine.restSeconds =
        validator.optionalWholeNumber(root, key::rest, key::rest, 0, limits::maxGapSeconds);
    routine.switchSeconds = validator.optionalWholeNumber(root, key::switchGap, key::switchGap, 0,
                                                          limits::maxGapSeconds);
    routine.warmupSeconds =
        validator.optionalWholeNumber(root, key::warmup, key::warmup, 0, limits::maxWarmupSeconds);
    routine.steps = readSteps(root, catalog, validator);
    if (validator.hasErrors())
        return {std::nullopt, validator.takeErrors()};
    return {std::move(routine), {}};
}

QByteArray RoutineFile::serialize(const Routine &routine)
{
    QJsonObject root;
    root.insert(key::format, formatName.toString());
    root.insert(key::version, formatVersion);
    root.insert(key::name, routine.name);
    const auto insertIfSet = [&root](QLatin1StringView name, const std::optional<int> &value) {
        if (value)
            root.insert(name, *value);
    };
    insertIfSet(key::prepare, routine.prepareSeconds);
    insertIfSet(key::rest, routine.restSeconds);
    insertIfSet(key::switchGap, routine.switchSeconds);
    insertIfSet(key::warmup, routine.warmupSeconds);

    QJsonArray steps;
    for (const RoutineStep &step : routine.steps) {
        QJsonObject object;
        object.insert(key::stretch, step.stretchId);
        if (step.holdSeconds)
            object.insert(key::hold, *step.holdSeconds);
        if (step.sides != Sides::Both)
            object.insert(key::sides, sidesKey(step.sides));
        if (step.repeat != 1)
            object.insert(key::repeat, step.repeat);
        steps.append(object);
    }
    root.insert(key::steps, steps);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<RoutineFileError> RoutineFile::write(const Routine &routine, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(file.errorString())};
    const QByteArray data = serialize(routine);
    // Qt 6.4's commit() ignores a failing final flush and would put a truncated file in place
    // (a full disk, a file size limit), so the data is flushed and checked first.
    errno = 0;
    if (file.write(data) != data.size() || !file.flush()) {
        // Qt words a failed flush as "Unknown error"; errno still names the cause.
        const QString reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        file.cancelWriting(); // ~QSaveFile then drops the temporary file; the old one stays
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(reason)};
    }
    if (!file.commit())
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(file.errorString())};
    return std::nullopt;
}

} // namespace limber
