#include "storage/RoutineFile.h"

#include "model/Catalog.h"
#include "storage/RoutineFileSteps.h"
#include "storage/RoutineFileStretches.h"
#include "storage/RoutineFileValidator.h"

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
constexpr QLatin1StringView stretches{"stretches"};
} // namespace key

constexpr QLatin1StringView topLevelKeysV1[] = {key::format,  key::version, key::name,
                                                key::prepare, key::rest,    key::switchGap,
                                                key::warmup,  key::steps};
constexpr QLatin1StringView topLevelKeysV2[] = {key::format,  key::version, key::name,
                                                key::prepare, key::rest,    key::switchGap,
                                                key::warmup,  key::steps,   key::stretches};

// The version, once the header is acceptable.
std::optional<int> readHeader(const QJsonObject &root, RoutineFileValidator &validator)
{
    const QJsonValue format = root.value(key::format);
    if (format.isUndefined())
        validator.refuse(key::format, RoutineFile::tr("is missing; a routine file starts with "
                                                      "\"format\": \"limber-routine\""));
    else if (format.toString() != RoutineFile::formatName)
        validator.refuse(key::format, RoutineFile::tr("must be \"limber-routine\""));

    const QJsonValue version = root.value(key::version);
    const double number = version.toDouble();
    const bool known = version.isDouble() && number >= RoutineFile::oldestVersion &&
                       number <= RoutineFile::formatVersion && std::floor(number) == number;
    if (version.isUndefined())
        validator.refuse(key::version, RoutineFile::tr("is missing"));
    else if (!known)
        validator.refuse(key::version,
                         RoutineFile::tr("unsupported version %1; this Limber reads versions %2 "
                                         "and %3")
                             .arg(version.isDouble() ? QString::number(number)
                                                     : RoutineFile::tr("(not a number)"))
                             .arg(RoutineFile::oldestVersion)
                             .arg(RoutineFile::formatVersion));
    if (validator.hasErrors())
        return std::nullopt;
    return int(number);
}

// What the routine itself takes: the file without the images of the stretches it carries.
qint64 sizeWithoutImages(qint64 fileSize, const QJsonObject &root)
{
    qint64 size = fileSize;
    for (const QJsonValue &stretch : root.value(key::stretches).toArray())
        size -= stretch.toObject().value(embeddedImageDataKey).toString().size();
    return size;
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
    const QByteArray data = file.read(limits::maxFileBytesWithImages + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, {{path, {}, tr("cannot be read: %1").arg(file.errorString())}}};
    return parse(data, path, catalog);
}

RoutineReadResult RoutineFile::parse(const QByteArray &json, const QString &fileLabel,
                                     const Catalog &catalog)
{
    RoutineFileValidator validator(fileLabel);
    if (json.size() > limits::maxFileBytesWithImages) {
        validator.refuse({}, tr("is larger than 16 MiB; a routine file, even with the images of "
                                "its stretches, is much smaller"));
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
    // A file of another format or version: its fields mean nothing.
    const std::optional<int> version = readHeader(root, validator);
    if (!version)
        return {std::nullopt, validator.takeErrors()};
    // Only the images of a version-2 file's stretches may take it past 1 MiB.
    if (json.size() > limits::maxFileBytes &&
        (*version < 2 || sizeWithoutImages(json.size(), root) > limits::maxFileBytes)) {
        validator.refuse({}, tr("is larger than 1 MiB; a routine file is much smaller"));
        return {std::nullopt, validator.takeErrors()};
    }
    if (*version >= 2)
        validator.refuseUnknownKeys(root, QString(), topLevelKeysV2);
    else
        validator.refuseUnknownKeys(root, QString(), topLevelKeysV1);

    RoutineReadResult result;
    if (*version >= 2)
        result.stretches = readEmbeddedStretches(root, validator);
    QHash<QString, const Stretch *> embedded;
    for (const EmbeddedStretch &carried : std::as_const(result.stretches))
        embedded.insert(carried.stretch.id(), &carried.stretch);

    Routine routine;
    if (const QJsonValue name = root.value(key::name); name.isUndefined())
        validator.refuse(key::name, tr("is missing"));
    else
        routine.name =
            validator.singleLineText(name, key::name, limits::maxNameLength).value_or(QString());
    routine.prepareSeconds =
        validator.optionalWholeNumber(root, key::prepare, key::prepare, 0, limits::maxGapSeconds);
    routine.restSeconds =
        validator.optionalWholeNumber(root, key::rest, key::rest, 0, limits::maxGapSeconds);
    routine.switchSeconds = validator.optionalWholeNumber(root, key::switchGap, key::switchGap, 0,
                                                          limits::maxGapSeconds);
    routine.warmupSeconds =
        validator.optionalWholeNumber(root, key::warmup, key::warmup, 0, limits::maxWarmupSeconds);
    QSet<QString> usedIds;
    routine.steps =
        readRoutineSteps(root, StepSources{catalog, embedded, *version}, validator, usedIds);
    refuseUnusedStretches(result.stretches, usedIds, validator);
    if (validator.hasErrors())
        return {std::nullopt, validator.takeErrors(), {}};
    result.routine = std::move(routine);
    return result;
}

int RoutineFile::versionFor(const Routine &routine, const QList<EmbeddedStretch> &stretches)
{
    const bool allBuiltIn =
        std::all_of(routine.steps.cbegin(), routine.steps.cend(),
                    [](const RoutineStep &step) { return isBuiltInStretchId(step.stretchId); });
    return allBuiltIn && stretches.isEmpty() ? oldestVersion : formatVersion;
}

QByteArray RoutineFile::serialize(const Routine &routine, const QList<EmbeddedStretch> &stretches)
{
    QJsonObject root;
    root.insert(key::format, formatName.toString());
    root.insert(key::version, versionFor(routine, stretches));
    root.insert(key::name, routine.name);
    const auto insertIfSet = [&root](QLatin1StringView name, const std::optional<int> &value) {
        if (value)
            root.insert(name, *value);
    };
    insertIfSet(key::prepare, routine.prepareSeconds);
    insertIfSet(key::rest, routine.restSeconds);
    insertIfSet(key::switchGap, routine.switchSeconds);
    insertIfSet(key::warmup, routine.warmupSeconds);
    root.insert(key::steps, writeRoutineSteps(routine.steps));
    if (!stretches.isEmpty())
        root.insert(key::stretches, writeEmbeddedStretches(stretches));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<RoutineFileError> RoutineFile::write(const Routine &routine, const QString &path,
                                                   const QList<EmbeddedStretch> &stretches)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(file.errorString())};
    const QByteArray data = serialize(routine, stretches);
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
