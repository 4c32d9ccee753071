#include "sync/PreferencesFile.h"

#include "model/TextRules.h"
#include "storage/JsonFieldReader.h"
#include "storage/SharedSettingKeys.h"

#include <cerrno>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace limber {

namespace {
namespace key {
constexpr QLatin1StringView format{"format"};
constexpr QLatin1StringView version{"version"};
constexpr QLatin1StringView device{"device"};
constexpr QLatin1StringView id{"id"};
constexpr QLatin1StringView name{"name"};
constexpr QLatin1StringView values{"values"};
constexpr QLatin1StringView value{"value"};
constexpr QLatin1StringView changed{"changed"};
} // namespace key

constexpr QLatin1StringView topLevelKeys[] = {key::format, key::version, key::device, key::values};
constexpr QLatin1StringView deviceKeys[] = {key::id, key::name};
constexpr QLatin1StringView recordKeys[] = {key::value, key::changed};
constexpr int maxIdLength = 200;
constexpr int maxNameLength = 200;
// More values than any Limber keeps, with room for stretches by the thousand.
constexpr qsizetype maxValues = 10000;

// values["timing/prepare"] and values["timing/prepare"].changed
QString recordField(const QString &name, const QString &inside = {})
{
    // A control character in a key is shown escaped, to keep the message on one line.
    QString shown;
    for (const QChar c : name)
        shown += TextRules::isControl(c)
                     ? QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'))
                     : QString(c);
    QString field = QStringLiteral("values[\"%1\"]").arg(shown);
    if (!inside.isEmpty())
        field += u'.' + inside;
    return field;
}

std::optional<QDateTime> readTime(const QJsonValue &value, const QString &field,
                                  JsonFieldReader &reader)
{
    const QString text = value.toString();
    // Only UTC: every device then compares the same instants the same way.
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isString() || !text.endsWith(u'Z') || !parsed.isValid()) {
        reader.refuse(field, PreferencesFile::tr("must be a date and time in UTC, as "
                                                 "\"2026-12-04T18:00:00.000Z\""));
        return std::nullopt;
    }
    return parsed.toUTC();
}

void checkHeader(const QJsonObject &root, JsonFieldReader &reader)
{
    const QJsonValue format = root.value(key::format);
    if (format.isUndefined())
        reader.refuse(key::format, PreferencesFile::tr("is missing; a preferences file starts "
                                                       "with \"format\": \"limber-preferences\""));
    else if (format.toString() != PreferencesFile::formatName)
        reader.refuse(key::format, PreferencesFile::tr("must be \"limber-preferences\""));

    const QJsonValue version = root.value(key::version);
    if (version.isUndefined())
        reader.refuse(key::version, PreferencesFile::tr("is missing"));
    else if (!version.isDouble() || version.toDouble() != PreferencesFile::formatVersion)
        reader.refuse(key::version,
                      PreferencesFile::tr("unsupported version %1; this Limber reads version %2")
                          .arg(version.isDouble() ? QString::number(version.toDouble())
                                                  : PreferencesFile::tr("(not a number)"))
                          .arg(PreferencesFile::formatVersion));
}

std::optional<QJsonObject> documentObject(const QByteArray &json, JsonFieldReader &reader)
{
    if (json.size() > PreferencesFile::maxFileBytes) {
        reader.refuse({}, PreferencesFile::tr("is larger than 1 MiB; a preferences file is much "
                                              "smaller"));
        return std::nullopt;
    }
    // Qt's parser lets raw control characters through inside strings; JSON does not.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        reader.refuse({}, PreferencesFile::tr("is not valid JSON: a NUL byte at byte %1").arg(nul));
        return std::nullopt;
    }
    if (json.trimmed().isEmpty()) {
        reader.refuse({}, PreferencesFile::tr("is empty; a preferences file holds a JSON object"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.refuse({}, PreferencesFile::tr("is not valid JSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.refuse({},
                      PreferencesFile::tr("must hold a JSON object ({ ... }) at the top level"));
        return std::nullopt;
    }
    return document.object();
}

// Refuses the value under a known key that is not what Settings can use, and a key that
// cannot be a key at all; any value of an unknown key is kept for the Limber that knows it.
void checkValue(const QString &name, const QJsonValue &value, const QString &field,
                JsonFieldReader &reader)
{
    if (name.isEmpty() || name.size() > PreferencesFile::maxKeyLength) {
        reader.refuse(field, PreferencesFile::tr("must be named by 1 to %1 characters")
                                 .arg(PreferencesFile::maxKeyLength));
        return;
    }
    if (const auto problem = TextRules::singleLineProblem(name)) {
        reader.refuse(field, *problem);
        return;
    }
    const auto rule = SharedSettingKeys::ruleFor(name);
    if (!rule || value.isNull())
        return;
    if (name.startsWith(SharedSettingKeys::holdOverridePrefix) &&
        !SharedSettingKeys::isHoldOverrideKey(name)) {
        reader.refuse(field, PreferencesFile::tr("must name a stretch id (only a-z, 0-9 and -) "
                                                 "after \"%1\"")
                                 .arg(SharedSettingKeys::holdOverridePrefix));
        return;
    }
    const QString valueField = field + u'.' + key::value;
    if (rule->kind == SharedSettingKeys::Rule::Kind::Boolean)
        reader.boolean(value, valueField);
    else
        reader.wholeNumber(value, valueField, rule->range.minimum, rule->range.maximum);
}

void readValues(const QJsonObject &root, PreferencesContents &contents, JsonFieldReader &reader)
{
    const auto values =
        reader.object(reader.required(root, key::values, {}), key::values,
                      QStringLiteral("{\"timing/prepare\": {\"value\": 5, \"changed\": "
                                     "\"2026-12-04T18:00:00.000Z\"}}"));
    if (!values)
        return;
    if (values->size() > maxValues) {
        reader.refuse(key::values, PreferencesFile::tr("must hold at most %1 values (it holds %2)")
                                       .arg(maxValues)
                                       .arg(values->size()));
        return;
    }
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        const QString name = it.key();
        const QString field = recordField(name);
        const auto record = reader.object(
            it.value(), field,
            QStringLiteral("{\"value\": 5, \"changed\": \"2026-12-04T18:00:00.000Z\"}"));
        if (!record)
            continue;
        reader.refuseUnknownKeys(*record, field + u'.', recordKeys);
        const QJsonValue value = reader.required(*record, key::value, field + u'.');
        const QJsonValue changedValue = reader.required(*record, key::changed, field + u'.');
        std::optional<QDateTime> changed;
        if (!changedValue.isUndefined())
            changed = readTime(changedValue, recordField(name, key::changed), reader);
        if (!value.isUndefined())
            checkValue(name, value, field, reader);
        if (changed && !value.isUndefined())
            contents.values.insert(name, {value, *changed});
    }
}
} // namespace

PreferencesReadResult PreferencesFile::read(const QString &path, const QString &expectedDeviceId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {{path, {}, tr("cannot be opened: %1").arg(file.errorString())}}};
    // One byte past the limit: enough to know the file is too large, never more.
    const QByteArray data = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, {{path, {}, tr("cannot be read: %1").arg(file.errorString())}}};
    return parse(data, path, expectedDeviceId);
}

PreferencesReadResult PreferencesFile::parse(const QByteArray &json, const QString &fileLabel,
                                             const QString &expectedDeviceId)
{
    JsonFieldReader reader(fileLabel);
    const auto root = documentObject(json, reader);
    if (!root)
        return {std::nullopt, reader.takeErrors()};
    checkHeader(*root, reader);
    if (reader.hasErrors()) // a file of another format or version: its fields mean nothing
        return {std::nullopt, reader.takeErrors()};
    reader.refuseUnknownKeys(*root, {}, topLevelKeys);

    PreferencesContents contents;
    const QString deviceField = key::device;
    const QJsonValue deviceValue = reader.required(*root, key::device, {});
    if (const auto device =
            deviceValue.isUndefined()
                ? std::nullopt
                : reader.object(deviceValue, deviceField,
                                QStringLiteral("{\"id\": \"…\", \"name\": \"laptop\"}"))) {
        reader.refuseUnknownKeys(*device, deviceField + u'.', deviceKeys);
        const QString idField = deviceField + u'.' + key::id;
        const QJsonValue id = reader.required(*device, key::id, deviceField + u'.');
        if (!id.isUndefined()) {
            contents.deviceId = reader.singleLine(id, idField, 1, maxIdLength).value_or(QString());
            if (!contents.deviceId.isEmpty() && !expectedDeviceId.isEmpty() &&
                contents.deviceId != expectedDeviceId)
                reader.refuse(idField,
                              tr("must be the file's name (\"%1\"): each device writes only its "
                                 "own file")
                                  .arg(expectedDeviceId));
        }
        if (const QJsonValue name = device->value(key::name); !name.isUndefined())
            contents.deviceName =
                reader.singleLine(name, deviceField + u'.' + key::name, 0, maxNameLength)
                    .value_or(QString());
    }
    readValues(*root, contents, reader);
    if (reader.hasErrors())
        return {std::nullopt, reader.takeErrors()};
    return {std::move(contents), {}};
}

QString PreferencesFile::timeText(const QDateTime &changed)
{
    return changed.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray PreferencesFile::serialize(const PreferencesContents &contents)
{
    QJsonObject values;
    for (auto it = contents.values.constBegin(); it != contents.values.constEnd(); ++it)
        values.insert(it.key(),
                      QJsonObject{{key::value, it->value}, {key::changed, timeText(it->changed)}});
    QJsonObject device{{key::id, contents.deviceId}};
    if (!contents.deviceName.isEmpty())
        device.insert(key::name, contents.deviceName);
    const QJsonObject root{{key::format, formatName.toString()},
                           {key::version, formatVersion},
                           {key::device, device},
                           {key::values, values}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<RoutineFileError> PreferencesFile::write(const QString &path,
                                                       const PreferencesContents &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return RoutineFileError{path, {}, tr("cannot be written: %1").arg(file.errorString())};
    const QByteArray data = serialize(contents);
    // Qt 6.4's commit() ignores a failing final flush and would put a truncated file in place,
    // so the data is flushed and checked first.
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

std::optional<QString> PreferencesFile::valueProblem(const QString &key, const QJsonValue &value)
{
    JsonFieldReader reader(QString{});
    checkValue(key, value, key, reader);
    const QList<RoutineFileError> errors = reader.takeErrors();
    if (errors.isEmpty())
        return std::nullopt;
    return errors.first().reason;
}

} // namespace limber
