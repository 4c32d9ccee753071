#pragma once

#include "sync/SharedPreferences.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace limber::test::sharedprefs {

// 4 December 2026, 18:00 UTC, plus seconds.
inline QDateTime momentAt(int seconds)
{
    return QDateTime(QDate(2026, 12, 4), QTime(18, 0), QTimeZone::utc()).addSecs(seconds);
}

// One device's preferences over a folder, with a clock the test sets, and what it signalled.
struct Device
{
    Device(const QString &folder, const QString &id)
        : prefs(folder, id, QStringLiteral("device ") + id, [this] { return now; })
    {
        QObject::connect(&prefs, &SharedValueStore::valuesChanged,
                         [this](const QSet<QString> &keys) { signalled.append(keys); });
    }
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;

    QDateTime now = momentAt(0);
    SharedPreferences prefs;
    QList<QSet<QString>> signalled;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace limber::test::sharedprefs
