#include "storage/StretchFile.h"

#include "storage/IllustrationJson.h"
#include "storage/JsonFieldReader.h"
#include "storage/StretchPictureReader.h"

#include <cerrno>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace limber {

namespace {
namespace key {
constexpr QLatin1StringView format{"format"};
constexpr QLatin1StringView version{"version"};
constexpr QLatin1StringView name{"name"};
constexpr QLatin1StringView summary{"summary"};
constexpr QLatin1StringView steps{"steps"};
constexpr QLatin1StringView cautions{"cautions"};
constexpr QLatin1StringView areas{"areas"};
constexpr QLatin1StringView kind{"kind"};
constexpr QLatin1StringView sided{"sided"};
constexpr QLatin1StringView hold{"hold_seconds"};
constexpr QLatin1StringView figure{"figure"};
constexpr QLatin1StringView image{"image"};
constexpr QLatin1StringView imageData{"image_data"};
constexpr QLatin1StringView imageType{"image_type"};
} // namespace key

constexpr QLatin1StringView contentKeys[] = {key::name,     key::summary, key::steps,
                                             key::cautions, key::areas,   key::kind,
                                             key::sided,    key::hold,    key::figure};

// The texts of a list: steps or cautions.
QStringList readTexts(const QJsonValue &value, const QString &field, int minCount, int maxCount,
                      int maxLength, const QString &noun, JsonFieldReader &reader)
{
    QStringList texts;
    const auto list = reader.array(value, field, minCount, maxCount, noun);
    if (!list)
        return texts;
    for (qsizetype index = 0; index < list->size(); ++index) {
        if (const auto text =
                reader.multiLine(list->at(index), indexedField(field, index), 1, maxLength))
            texts.append(*text);
    }
    return texts;
}

QList<BodyArea> readAreas(const QJsonValue &value, const QString &field, JsonFieldReader &reader)
{
    QList<BodyArea> areas;
    const QList<BodyArea> known = allBodyAreas();
    const auto list =
        reader.array(value, field, 1, int(known.size()), StretchFile::tr("body areas"));
    if (!list)
        return areas;
    QStringList keys;
    for (const BodyArea area : known)
        keys.append(bodyAreaKey(area));
    for (qsizetype index = 0; index < list->size(); ++index) {
        const QJsonValue entry = list->at(index);
        const qsizetype at = entry.isString() ? keys.indexOf(entry.toString()) : -1;
        if (at < 0)
            reader.refuse(
                indexedField(field, index),
                StretchFile::tr("must be one of %1").arg(keys.join(QStringLiteral(", "))));
        else if (areas.contains(known.at(at)))
            reader.refuse(indexedField(field, index),
                          StretchFile::tr("lists \"%1\" a second time").arg(keys.at(at)));
        else
            areas.append(known.at(at));
    }
    return areas;
}

void checkHeader(const QJsonObject &root, JsonFieldReader &reader)
{
    const QJsonValue format = root.value(key::format);
    if (format.isUndefined())
        reader.refuse(key::format, StretchFile::tr("is missing; a stretch file starts with "
                                                   "\"format\": \"limber-stretch\""));
    else if (format.toString() != StretchFile::formatName)
        reader.refuse(key::format, StretchFile::tr("must be \"limber-stretch\""));

    const QJsonValue version = root.value(key::version);
    if (version.isUndefined())
        reader.refuse(key::version, StretchFile::tr("is missing"));
    else if (!version.isDouble() || version.toDouble() != StretchFile::formatVersion)
        reader.refuse(key::version,
                      StretchFile::tr("unsupported version %1; this Limber reads version %2")
                          .arg(version.isDouble() ? QString::number(version.toDouble())
                                                  : StretchFile::tr("(not a number)"))
                          .arg(StretchFile::formatVersion));
}

// The document's top-level object, or nothing after refusing.
std::optional<QJsonObject> documentObject(const QByteArray &json, JsonFieldReader &reader)
{
    if (json.size() > stretchLimits::maxFileBytes) {
        reader.refuse({}, StretchFile::tr("is larger than %1 MiB; a stretch file is smaller")
                              .arg(stretchLimits::maxFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    // Qt's parser lets raw control characters through inside strings; JSON does not.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        reader.refuse({}, StretchFile::tr("is not valid JSON: a NUL byte at byte %1").arg(nul));
        return std::nullopt;
    }
    if (json.trimmed().isEmpty()) {
        reader.refuse({}, StretchFile::tr("is empty; a stretch file holds a JSON object"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.refuse({}, StretchFile::tr("is not valid JSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.refuse({}, StretchFile::tr("must hold a JSON object ({ ... }) at the top level"));
        return std::nullopt;
    }
    return document.object();
}
} // namespace

QString StretchReadResult::errorText() const
{
    QStringList lines;
    for (const RoutineFileError &error : errors)
        lines.append(error.message());
    return lines.join(QLatin1Char('\n'));
}

StretchReadResult StretchFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {{path, {}, tr("cannot be opened: %1").arg(file.errorString())}}};
    // One byte past the limit: enough to know the file is too large, never more.
    const QByteArray data = file.read(stretchLimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, {{path, {}, tr("cannot be read: %1").arg(file.errorString())}}};
    const QFileInfo info(path);
    return parse(data, path, info.completeBaseName(), info.absolutePath());
}

StretchReadResult StretchFile::parse(const QByteArray &json, const QString &fileLabel,
                                     const QString &id, const QString &imageDirectory)
{
    JsonFieldReader reader(fileLabel);
    const auto root = documentObject(json, reader);
    if (!root)
        return {std::nullopt, reader.takeErrors()};
    checkHeader(*root, reader);
    if (reader.hasErrors()) // a file of another format or version: its fields mean nothing
        return {std::nullopt, reader.takeErrors()};
    ObjectOptions options;
    options.imageDirectory = imageDirectory;
    options.extraKeys = {key::format, key::version};
    auto parsed = parseObject(*root, id, QString(), options, reader);
    if (!parsed)
        return {std::nullopt, reader.takeErrors()};
    return {std::move(parsed->stretch), {}};
}

std::optional<ParsedStretch> StretchFile::parseObject(const QJsonObject &object, const QString &id,
                                                      const QString &fieldPrefix,
                                                      const ObjectOptions &options,
                                                      JsonFieldReader &reader)
{
    const int before = reader.refusalCount();
    const bool embedded = options.images == StretchImageMode::Embedded;
    QList<QLatin1StringView> known(std::begin(contentKeys), std::end(contentKeys));
    if (embedded)
        known << key::imageData << key::imageType;
    else
        known << key::image;
    QJsonObject checked = object;
    for (const QString &extra : options.extraKeys)
        checked.remove(extra);
    reader.refuseUnknownKeys(checked, fieldPrefix, known);

    const auto field = [&fieldPrefix](QLatin1StringView name) { return fieldPrefix + name; };
    const auto present = [&](QLatin1StringView name) {
        return reader.required(object, name, fieldPrefix);
    };
    WrittenText text;
    if (const QJsonValue name = present(key::name); !name.isUndefined())
        text.name = reader.singleLine(name, field(key::name), 1, stretchLimits::maxNameLength)
                        .value_or(QString());
    if (const QJsonValue summary = object.value(key::summary); !summary.isUndefined())
        text.summary =
            reader.singleLine(summary, field(key::summary), 0, stretchLimits::maxSummaryLength)
                .value_or(QString());
    if (const QJsonValue steps = present(key::steps); !steps.isUndefined())
        text.steps =
            readTexts(steps, field(key::steps), stretchLimits::minSteps, stretchLimits::maxSteps,
                      stretchLimits::maxStepLength, tr("steps"), reader);
    if (const QJsonValue cautions = object.value(key::cautions); !cautions.isUndefined())
        text.cautions = readTexts(cautions, field(key::cautions), 0, stretchLimits::maxCautions,
                                  stretchLimits::maxCautionLength, tr("cautions"), reader);
    QList<BodyArea> areas;
    if (const QJsonValue value = present(key::areas); !value.isUndefined())
        areas = readAreas(value, field(key::areas), reader);

    std::optional<StretchKind> kind;
    if (const QJsonValue value = present(key::kind); !value.isUndefined()) {
        if (value.toString() == u"hold" || value.toString() == u"flow")
            kind = value.toString() == u"flow" ? StretchKind::Flow : StretchKind::Hold;
        else
            reader.refuse(field(key::kind), tr("must be \"hold\" or \"flow\""));
    }
    bool sided = false;
    if (const QJsonValue value = present(key::sided); !value.isUndefined())
        sided = reader.boolean(value, field(key::sided)).value_or(false);
    int holdSeconds = 0;
    if (const QJsonValue value = present(key::hold); !value.isUndefined())
        holdSeconds = reader
                          .wholeNumber(value, field(key::hold), stretchLimits::minHoldSeconds,
                                       stretchLimits::maxHoldSeconds)
                          .value_or(0);

    // The picture: a figure, or an image; never both, never neither.
    const QLatin1StringView imageKey = embedded ? key::imageData : key::image;
    const bool hasFigure = object.contains(key::figure);
    const bool hasImage =
        object.contains(imageKey) || (embedded && object.contains(key::imageType));
    StretchPicture picture;
    std::optional<StretchImage> embeddedImage;
    if (hasFigure && hasImage) {
        reader.refuse(field(imageKey), tr("cannot be given together with \"figure\": a stretch "
                                          "shows its figure or an image"));
    } else if (!hasFigure && !hasImage) {
        reader.refuse(field(key::figure), tr("is missing; a stretch needs a \"figure\" or an "
                                             "\"%1\"")
                                              .arg(imageKey));
    } else if (hasFigure) {
        if (auto drawing =
                IllustrationJson::fromJson(object.value(key::figure), field(key::figure), reader)) {
            if (kind && drawing->isFlow != (*kind == StretchKind::Flow))
                reader.refuse(field(key::figure) + QStringLiteral(".flow"),
                              drawing->isFlow ? tr("must be false for a held stretch")
                                              : tr("must be true for a flowing stretch"));
            picture.drawing = std::make_shared<const Illustration>(std::move(*drawing));
        }
    } else if (embedded) {
        embeddedImage = StretchPictureReader::embeddedImage(object, fieldPrefix, reader);
    } else {
        picture.imagePath =
            StretchPictureReader::imageFile(object.value(key::image), field(key::image),
                                            options.imageDirectory, reader)
                .value_or(QString());
    }

    if (reader.refusalCount() != before || !kind)
        return std::nullopt;
    return ParsedStretch{Stretch::own(id, std::move(text), std::move(areas), *kind, sided,
                                      holdSeconds, std::move(picture)),
                         std::move(embeddedImage)};
}

QJsonObject StretchFile::toObject(const Stretch &stretch)
{
    QJsonArray steps;
    for (const QString &step : stretch.writtenText().steps)
        steps.append(step);
    QJsonArray cautions;
    for (const QString &caution : stretch.writtenText().cautions)
        cautions.append(caution);
    QJsonArray areas;
    for (const BodyArea area : stretch.targets())
        areas.append(bodyAreaKey(area));
    QJsonObject object{{key::name, stretch.writtenText().name},
                       {key::summary, stretch.writtenText().summary},
                       {key::steps, steps},
                       {key::cautions, cautions},
                       {key::areas, areas},
                       {key::kind, stretchKindKey(stretch.kind())},
                       {key::sided, stretch.isSided()},
                       {key::hold, stretch.defaultHoldSeconds()}};
    if (stretch.picture().isImage())
        object.insert(key::image, QFileInfo(stretch.picture().imagePath).fileName());
    else
        object.insert(key::figure, IllustrationJson::toJson(stretch.illustration()));
    return object;
}

QJsonObject StretchFile::toObject(const Stretch &stretch, const StretchImage &image)
{
    QJsonObject object = toObject(stretch);
    object.remove(key::image);
    object.remove(key::figure);
    object.insert(key::imageType, image.type);
    object.insert(key::imageData, QString::fromLatin1(image.bytes.toBase64()));
    return object;
}

QByteArray StretchFile::serialize(const Stretch &stretch)
{
    QJsonObject root = toObject(stretch);
    root.insert(key::format, formatName.toString());
    root.insert(key::version, formatVersion);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<RoutineFileError> StretchFile::write(const Stretch &stretch, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(file.errorString())};
    const QByteArray data = serialize(stretch);
    // As in RoutineFile::write: Qt 6.4's commit() ignores a failing final flush.
    errno = 0;
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(reason)};
    }
    if (!file.commit())
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(file.errorString())};
    return std::nullopt;
}

bool sameContent(const Stretch &a, const Stretch &b)
{
    return a.writtenText() == b.writtenText() && a.targets() == b.targets() &&
           a.kind() == b.kind() && a.isSided() == b.isSided() &&
           a.defaultHoldSeconds() == b.defaultHoldSeconds() &&
           a.picture().isImage() == b.picture().isImage() && a.illustration() == b.illustration();
}

} // namespace limber
