#pragma once

#include "storage/Settings.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace limber {

// Reads Settings' stored values as the user may have left them in a hand-edited file. A value
// that is unreadable or out of range is not used: the caller falls back, and the reader adds a
// warning naming the key, the value, why, and what is used instead.
class SettingsValueReader
{
    // The warnings are Settings' own, and stay in its translation context.
    Q_DECLARE_TR_FUNCTIONS(limber::Settings)

public:
    enum class Unit
    {
        Seconds,
        Percent,
        Plain
    };

    // The stored value of a key, nothing when absent.
    using Lookup = std::function<std::optional<QVariant>(const QString &key)>;

    // Both must outlive the reader; warnings are appended to warnings and logged.
    SettingsValueReader(const QSettings &store, QStringList &warnings);
    // Reads through lookup instead, as from values shared between devices.
    SettingsValueReader(Lookup lookup, QStringList &warnings);

    // Empty when absent.
    QString text(const QString &key) const;
    // A name or other one-line text, trimmed; empty (with a warning ending in fallback) when it
    // holds a control character, as every file format refuses one.
    QString singleLineText(const QString &key, const QString &fallback);
    // The stored whole number, or nothing (with a warning ending in fallback) when it is
    // absent, unreadable or out of range.
    std::optional<int> readInt(const QString &key, IntRange range, Unit unit,
                               const QString &fallback);
    int readInt(const QString &key, IntRange range, Unit unit);
    bool readBool(const QString &key, bool defaultValue);
    void warn(const QString &key, const QString &value, const QString &reason,
              const QString &fallback);

    // value shortened, and its control characters shown as U+FFFD, to keep a warning about it
    // on one line.
    static QString shown(const QString &value);

private:
    bool contains(const QString &key) const { return m_lookup(key).has_value(); }

    Lookup m_lookup;
    QStringList &m_warnings;
};

} // namespace limber
