#include "history/HistoryLine.h"

#include "model/TextRules.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace limber {

namespace {
namespace key {
constexpr QLatin1StringView format{"format"};
constexpr QLatin1StringView version{"version"};
constexpr QLatin1StringView id{"id"};
constexpr QLatin1StringView device{"device"};
constexpr QLatin1StringView deviceName{"device_name"};
constexpr QLatin1StringView started{"started"};
constexpr QLatin1StringView ended{"ended"};
constexpr QLatin1StringView activeMs{"active_ms"};
constexpr QLatin1StringView routineId{"routine_id"};
constexpr QLatin1StringView routineName{"routine_name"};
constexpr QLatin1StringView holds{"holds"};
constexpr QLatin1StringView painBefore{"pain_before"};
constexpr QLatin1StringView painAfter{"pain_after"};
constexpr QLatin1StringView note{"note"};
constexpr QLatin1StringView stretch{"stretch"};
constexpr QLatin1StringView stretchName{"stretch_name"};
constexpr QLatin1StringView side{"side"};
constexpr QLatin1StringView outcome{"outcome"};
constexpr QLatin1StringView plannedMs{"planned_ms"};
constexpr QLatin1StringView heldMs{"held_ms"};
constexpr QLatin1StringView deletes{"deletes"};
constexpr QLatin1StringView at{"at"};
} // namespace key

constexpr QLatin1StringView sessionKeys[] = {
    key::format,  key::version,    key::id,        key::device,    key::deviceName,
    key::started, key::ended,      key::activeMs,  key::routineId, key::routineName,
    key::holds,   key::painBefore, key::painAfter, key::note};
constexpr QLatin1StringView holdKeys[] = {key::stretch, key::stretchName, key::side,
                                          key::outcome, key::plannedMs,   key::heldMs};
constexpr QLatin1StringView deletionKeys[] = {key::format, key::version, key::id,
                                              key::device, key::deletes, key::at};

// No single hold or session runs for a day; a larger figure is a corrupt or forged line.
constexpr qint64 maxDurationMs = qint64(24) * 60 * 60 * 1000;

// Thrown inside decoding only, so each reader states its refusal once and stops; decode()
// turns it into the Decoded result. Never escapes this file.
struct Refusal
{
    QString field;
    QString reason;
};

[[noreturn]] void refuse(const QString &field, const QString &reason)
{
    throw Refusal{field, reason};
}

// holdIndex: the hold the object is, or -1 for the line itself.
void refuseUnknownKeys(const QJsonObject &object, qsizetype holdIndex, const auto &knownKeys)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(std::begin(knownKeys), std::end(knownKeys), it.key()) == std::end(knownKeys))
            refuse(holdIndex < 0 ? it.key()
                                 : QStringLiteral("holds[%1].%2").arg(holdIndex).arg(it.key()),
                   HistoryLine::tr("is not a known field"));
    }
}

// Where a value sits, "holds[3].held_ms": worded only when a refusal needs it, since a long
// history has a hundred thousand holds and none of them is refused.
struct FieldPath
{
    QLatin1StringView name;
    qsizetype holdIndex = -1;

    FieldPath(QLatin1StringView fieldName, qsizetype index = -1)
        : name(fieldName)
        , holdIndex(index)
    {
    }
    operator QString() const
    {
        return holdIndex < 0 ? QString(name)
                             : QStringLiteral("holds[%1].%2").arg(holdIndex).arg(name);
    }
};

// What a text field holds: an id is kept exactly as written; a name is one line, trimmed; a
// note may span lines, and is trimmed too.
enum class TextKind
{
    Id,
    Name,
    Note
};

QString text(const QJsonObject &object, FieldPath field, int minLength, int maxLength,
             bool required, TextKind kind)
{
    const QJsonValue value = object.value(field.name);
    if (value.isUndefined()) {
        if (required)
            refuse(field, HistoryLine::tr("is missing"));
        return {};
    }
    QString string = value.toString();
    if (kind != TextKind::Id)
        string = string.trimmed();
    if (!value.isString() || string.size() < minLength || string.size() > maxLength)
        refuse(
            field,
            HistoryLine::tr("must be text of %1 to %2 characters").arg(minLength).arg(maxLength));
    const auto problem = kind == TextKind::Note ? TextRules::multiLineProblem(string)
                                                : TextRules::singleLineProblem(string);
    if (problem)
        refuse(field, *problem);
    return string;
}

// JSON has only doubles, so 30.0 counts as whole and 30.5 does not.
qint64 wholeNumber(const QJsonValue &value, FieldPath field, qint64 min, qint64 max)
{
    if (value.isUndefined())
        refuse(field, HistoryLine::tr("is missing"));
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && number >= double(min) &&
            number <= double(max))
            return qint64(number);
    }
    refuse(field, HistoryLine::tr("must be a whole number from %1 to %2").arg(min).arg(max));
}

std::optional<int> pain(const QJsonObject &object, QLatin1StringView name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    return int(wholeNumber(value, name, minPain, maxPain));
}

QDateTime moment(const QJsonObject &object, QLatin1StringView name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        refuse(name, HistoryLine::tr("is missing"));
    // A moment without its offset would be read in whatever zone the reading device is in,
    // and the same session would fall on different days on different devices.
    const QString string = value.toString();
    const QDateTime parsed = QDateTime::fromString(string, Qt::ISODate);
    if (!value.isString() || !string.contains(QLatin1Char('T')) || !parsed.isValid() ||
        (parsed.timeSpec() != Qt::OffsetFromUTC && parsed.timeSpec() != Qt::UTC))
        refuse(name, HistoryLine::tr("must be a date and time with its offset from UTC, such "
                                     "as \"2026-12-01T18:05:00+01:00\""));
    return parsed;
}

QString momentText(const QDateTime &moment)
{
    // Qt writes a local time without its offset; fixing the offset first keeps it.
    const QDateTime fixed = moment.timeSpec() == Qt::UTC || moment.timeSpec() == Qt::OffsetFromUTC
                                ? moment
                                : moment.toOffsetFromUtc(moment.offsetFromUtc());
    return fixed.toString(fixed.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

void readHeader(const QJsonObject &root)
{
    const QJsonValue format = root.value(key::format);
    if (format.isUndefined())
        refuse(key::format, HistoryLine::tr("is missing; a history line starts with "
                                            "\"format\": \"limber-session\""));
    if (format.toString() != HistoryLine::formatName)
        refuse(key::format, HistoryLine::tr("must be \"limber-session\""));

    const QJsonValue version = root.value(key::version);
    if (version.isUndefined())
        refuse(key::version, HistoryLine::tr("is missing"));
    const double number = version.toDouble();
    if (version.isDouble() && std::floor(number) == number && number > HistoryLine::formatVersion)
        refuse(key::version, HistoryLine::tr("version %1 is newer than this Limber reads "
                                             "(version %2); a newer Limber wrote it")
                                 .arg(number, 0, 'f', 0)
                                 .arg(HistoryLine::formatVersion));
    if (!version.isDouble() || number != HistoryLine::formatVersion)
        refuse(key::version, HistoryLine::tr("must be %1").arg(HistoryLine::formatVersion));
}

SessionHold readHold(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        refuse(QStringLiteral("holds[%1]").arg(index),
               HistoryLine::tr("must be an object such as {\"stretch\": \"cat-cow\", "
                               "\"outcome\": \"done\", ...}"));
    const QJsonObject object = value.toObject();
    refuseUnknownKeys(object, index, holdKeys);

    SessionHold hold;
    // Not checked against the catalog: a stretch since removed, or one only a newer Limber
    // knows, is still part of what was played.
    hold.stretchId =
        text(object, {key::stretch, index}, 1, historyLimits::maxNameLength, true, TextKind::Id);
    hold.stretchName = text(object, {key::stretchName, index}, 0, historyLimits::maxNameLength,
                            false, TextKind::Name);
    if (const QJsonValue side = object.value(key::side); !side.isUndefined()) {
        if (side.toString() == u"left")
            hold.side = Side::Left;
        else if (side.toString() == u"right")
            hold.side = Side::Right;
        else
            refuse(FieldPath(key::side, index),
                   HistoryLine::tr("must be \"left\" or \"right\"; left out "
                                   "for a stretch without sides"));
    }
    const QJsonValue outcome = object.value(key::outcome);
    if (outcome.isUndefined())
        refuse(FieldPath(key::outcome, index), HistoryLine::tr("is missing"));
    const auto parsed = outcome.isString() ? holdOutcomeFromKey(outcome.toString()) : std::nullopt;
    if (!parsed)
        refuse(FieldPath(key::outcome, index),
               HistoryLine::tr("must be \"done\", \"skipped\" or \"hurt\""));
    hold.outcome = *parsed;
    hold.plannedMs =
        wholeNumber(object.value(key::plannedMs), {key::plannedMs, index}, 0, maxDurationMs);
    hold.heldMs = wholeNumber(object.value(key::heldMs), {key::heldMs, index}, 0, maxDurationMs);
    return hold;
}

Session readSession(const QJsonObject &root)
{
    refuseUnknownKeys(root, -1, sessionKeys);
    Session session;
    session.id = text(root, key::id, 1, historyLimits::maxNameLength, true, TextKind::Id);
    session.deviceId = text(root, key::device, 1, historyLimits::maxNameLength, true, TextKind::Id);
    session.deviceName =
        text(root, key::deviceName, 0, historyLimits::maxNameLength, false, TextKind::Name);
    session.started = moment(root, key::started);
    session.ended = moment(root, key::ended);
    if (session.ended < session.started)
        refuse(key::ended, HistoryLine::tr("must not be before started"));
    session.activeMs = wholeNumber(root.value(key::activeMs), key::activeMs, 0, maxDurationMs);
    session.routineId =
        text(root, key::routineId, 0, historyLimits::maxNameLength, false, TextKind::Id);
    session.routineName =
        text(root, key::routineName, 0, historyLimits::maxNameLength, false, TextKind::Name);

    const QJsonValue holds = root.value(key::holds);
    if (holds.isUndefined())
        refuse(key::holds, HistoryLine::tr("is missing"));
    if (!holds.isArray())
        refuse(key::holds, HistoryLine::tr("must be a list of holds"));
    const QJsonArray array = holds.toArray();
    if (array.size() > historyLimits::maxHolds)
        refuse(key::holds, HistoryLine::tr("must list at most %1 holds (it lists %2)")
                               .arg(historyLimits::maxHolds)
                               .arg(array.size()));
    for (qsizetype index = 0; index < array.size(); ++index)
        session.holds.append(readHold(array.at(index), index));

    session.painBefore = pain(root, key::painBefore);
    session.painAfter = pain(root, key::painAfter);
    session.note = text(root, key::note, 0, historyLimits::maxNoteLength, false, TextKind::Note);
    return session;
}

SessionDeletion readDeletion(const QJsonObject &root)
{
    refuseUnknownKeys(root, -1, deletionKeys);
    SessionDeletion deletion;
    deletion.id = text(root, key::id, 1, historyLimits::maxNameLength, true, TextKind::Id);
    deletion.deviceId =
        text(root, key::device, 1, historyLimits::maxNameLength, true, TextKind::Id);
    deletion.deletedId =
        text(root, key::deletes, 1, historyLimits::maxNameLength, true, TextKind::Id);
    deletion.at = moment(root, key::at);
    return deletion;
}

QJsonObject header()
{
    QJsonObject root;
    root.insert(key::format, HistoryLine::formatName.toString());
    root.insert(key::version, HistoryLine::formatVersion);
    return root;
}

QJsonObject encodeSession(const Session &session)
{
    QJsonObject root = header();
    root.insert(key::id, session.id);
    root.insert(key::device, session.deviceId);
    if (!session.deviceName.isEmpty())
        root.insert(key::deviceName, session.deviceName);
    root.insert(key::started, momentText(session.started));
    root.insert(key::ended, momentText(session.ended));
    root.insert(key::activeMs, session.activeMs);
    if (!session.routineId.isEmpty())
        root.insert(key::routineId, session.routineId);
    if (!session.routineName.isEmpty())
        root.insert(key::routineName, session.routineName);
    QJsonArray holds;
    for (const SessionHold &hold : session.holds) {
        QJsonObject object;
        object.insert(key::stretch, hold.stretchId);
        if (!hold.stretchName.isEmpty())
            object.insert(key::stretchName, hold.stretchName);
        if (hold.side != Side::None)
            object.insert(key::side, sideKey(hold.side));
        object.insert(key::outcome, holdOutcomeKey(hold.outcome));
        object.insert(key::plannedMs, hold.plannedMs);
        object.insert(key::heldMs, hold.heldMs);
        holds.append(object);
    }
    root.insert(key::holds, holds);
    if (session.painBefore)
        root.insert(key::painBefore, *session.painBefore);
    if (session.painAfter)
        root.insert(key::painAfter, *session.painAfter);
    if (!session.note.isEmpty())
        root.insert(key::note, session.note);
    return root;
}

QJsonObject encodeDeletion(const SessionDeletion &deletion)
{
    QJsonObject root = header();
    root.insert(key::id, deletion.id);
    root.insert(key::device, deletion.deviceId);
    root.insert(key::deletes, deletion.deletedId);
    root.insert(key::at, momentText(deletion.at));
    return root;
}
} // namespace

QString HistoryProblem::message() const
{
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    text += QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + reason;
}

QByteArray HistoryLine::encode(const HistoryEntry &entry)
{
    const QJsonObject root = std::visit(
        [](const auto &value) {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, Session>)
                return encodeSession(value);
            else
                return encodeDeletion(value);
        },
        entry);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

HistoryLine::Decoded HistoryLine::decode(QByteArrayView line)
{
    // Checked before parsing: a huge line is refused without the cost of reading it as JSON.
    if (line.size() > historyLimits::maxLineBytes)
        return {std::nullopt,
                {},
                tr("is longer than %1 KiB; a history line is much shorter")
                    .arg(historyLimits::maxLineBytes / 1024)};
    // Qt's parser lets raw control characters through inside strings; JSON does not.
    if (const qsizetype nul = line.indexOf('\0'); nul >= 0)
        return {std::nullopt, {}, tr("is not valid JSON: a NUL byte at byte %1").arg(nul)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt,
                {},
                tr("is not valid JSON: %1 at byte %2")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)};
    if (!document.isObject())
        return {std::nullopt, {}, tr("must be a JSON object ({ ... })")};
    const QJsonObject root = document.object();
    try {
        readHeader(root);
        if (root.contains(key::deletes))
            return {readDeletion(root), {}, {}};
        return {readSession(root), {}, {}};
    } catch (const Refusal &refusal) {
        return {std::nullopt, refusal.field, refusal.reason};
    }
}

} // namespace limber
