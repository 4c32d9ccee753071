#pragma once

#include "storage/SharedValueStore.h"
#include "sync/PreferencesFile.h"

#include <functional>
#include <QHash>
#include <QSet>

namespace limber {

// The preferences that follow a person from device to device, kept in the data folder's
// preferences/ as one file per device ("<device-id>.json", docs/preferences-format.md). This
// device writes only its own file and reads every device's: no two devices ever write the same
// file, so a sync tool never has a conflict to make of them. Across the files the newest change
// of each key wins (the greater device id on a tie, so every device decides alike); an unset
// is a change too, kept as a tombstone.
//
// Nothing is written unless a value really changes: not at start-up, not by load(), not by
// setting the value a key already has, so that sync tools stay quiet.
class SharedPreferences : public SharedValueStore
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // directory is DataFolder::preferences(); now gives the time changes are stamped with
    // (the current UTC time by default).
    SharedPreferences(QString directory, QString deviceId, QString deviceName, Clock now = {},
                      QObject *parent = nullptr);

    // (Re)reads every device's file. Returns the problems not reported before (a broken file
    // of another device is ignored, and its last good reading kept; this device's own is moved
    // aside before the next write), and signals valuesChanged for the keys whose value changed.
    QList<RoutineFileError> load();

    std::optional<QJsonValue> value(const QString &key) const override;
    bool knows(const QString &key) const override;
    QStringList keys(const QString &prefix = {}) const override;
    // These change this device's file, and signal nothing: the caller made the change.
    std::optional<RoutineFileError> set(const QString &key, const QJsonValue &value) override;
    std::optional<RoutineFileError> unset(const QString &key) override;
    std::optional<RoutineFileError> adopt(const QHash<QString, QJsonValue> &values,
                                          const QDateTime &changed) override;

    QString ownFilePath() const;
    // Reads and writes another folder from now on (the data folder moved); load() reads it.
    void setDirectory(const QString &directory);

private:
    struct Winner
    {
        PreferenceRecord record;
        QString deviceId;
    };

    // Writes the own file with changes on top of it, then takes them in.
    std::optional<RoutineFileError> write(const QMap<QString, PreferenceRecord> &changes);
    void recompute();
    QList<RoutineFileError> fresh(const QList<RoutineFileError> &problems);

    QString m_directory;
    QString m_deviceId;
    QString m_deviceName;
    Clock m_now;
    // Each device's values as last read (or, for this device, written).
    QHash<QString, QMap<QString, PreferenceRecord>> m_files;
    QHash<QString, Winner> m_winners;
    // This device's file could not be read: it is moved aside before anything is written.
    bool m_ownBroken = false;
    QList<RoutineFileError> m_pending;
    QSet<QString> m_reported;
};

} // namespace limber
