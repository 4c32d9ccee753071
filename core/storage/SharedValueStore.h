#pragma once

#include "storage/RoutineFile.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace limber {

// Values that follow a person from device to device, each with the time it was changed.
// Settings keeps the person's timings and goal here once it shares them; the store that syncs
// them through the data folder lives in core/sync, which storage may not include.
class SharedValueStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Nothing when the key was never set or was unset.
    virtual std::optional<QJsonValue> value(const QString &key) const = 0;
    // Whether any device ever set or unset key: an unset is a choice too.
    virtual bool knows(const QString &key) const = 0;
    // The keys starting with prefix that hold a value, sorted.
    virtual QStringList keys(const QString &prefix) const = 0;
    // Each changes the value now; an error (and nothing changed) when it cannot be kept.
    virtual std::optional<RoutineFileError> set(const QString &key, const QJsonValue &value) = 0;
    virtual std::optional<RoutineFileError> unset(const QString &key) = 0;
    // Takes values kept elsewhere before sharing, as changed at changed (so that a newer change
    // from another device still wins); keys already known are left as they are.
    virtual std::optional<RoutineFileError> adopt(const QHash<QString, QJsonValue> &values,
                                                  const QDateTime &changed) = 0;

Q_SIGNALS:
    // Values that another device changed, seen when the store was read again.
    void valuesChanged(const QSet<QString> &keys);
};

} // namespace limber
