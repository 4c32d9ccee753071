#pragma once

#include "storage/RoutineFile.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace limber {

// One value in a preferences file and when it was changed. A null value is an unset: it is
// kept (a tombstone) so that the unset reaches the other devices and wins over older values.
struct PreferenceRecord
{
    QJsonValue value;  // Null when unset
    QDateTime changed; // UTC, millisecond precision

    bool isUnset() const { return value.isNull(); }
    friend bool operator==(const PreferenceRecord &, const PreferenceRecord &) = default;
};

// What one device's file says.
struct PreferencesContents
{
    QString deviceId;
    QString deviceName;
    QMap<QString, PreferenceRecord> values;
};

struct PreferencesReadResult
{
    std::optional<PreferencesContents> contents;
    QList<RoutineFileError> errors;
};

// The file format "limber-preferences" version 1 (docs/preferences-format.md): one file per
// device under the data folder's preferences/, validated strictly, refusals worded as
// "FILE: field: reason" like the other formats.
class PreferencesFile
{
    Q_DECLARE_TR_FUNCTIONS(PreferencesFile)

public:
    static constexpr QLatin1StringView formatName{"limber-preferences"};
    static constexpr int formatVersion = 1;
    static constexpr qsizetype maxFileBytes = 1024 * 1024;
    static constexpr int maxKeyLength = 200;

    // expectedDeviceId, when given, must be the file's device.id (the file is named after it).
    static PreferencesReadResult read(const QString &path, const QString &expectedDeviceId);
    static PreferencesReadResult parse(const QByteArray &json, const QString &fileLabel,
                                       const QString &expectedDeviceId = {});
    static QByteArray serialize(const PreferencesContents &contents);
    // Replaces the file at path as a whole (QSaveFile), or leaves it as it was.
    static std::optional<RoutineFileError> write(const QString &path,
                                                 const PreferencesContents &contents);

    // Why value cannot be kept under key (a known key's type or range, an unknown key's
    // name), or nothing when it can. Null (unset) is always allowed.
    static std::optional<QString> valueProblem(const QString &key, const QJsonValue &value);
    // "2026-12-04T18:00:00.000Z"
    static QString timeText(const QDateTime &changed);
};

} // namespace limber
