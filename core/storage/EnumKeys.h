#pragma once

#include <optional>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <span>

namespace limber {

// The stable text a file format writes for an enum value ("near-thigh").
template<typename Enum> struct EnumKey
{
    Enum value;
    QLatin1StringView key;
};

template<typename Enum> QString keyOf(std::span<const EnumKey<Enum>> keys, Enum value)
{
    for (const EnumKey<Enum> &entry : keys) {
        if (entry.value == value)
            return QString(entry.key);
    }
    return {};
}

template<typename Enum>
std::optional<Enum> valueOf(std::span<const EnumKey<Enum>> keys, QStringView key)
{
    for (const EnumKey<Enum> &entry : keys) {
        if (entry.key == key)
            return entry.value;
    }
    return std::nullopt;
}

// "\"side\", \"front\" or \"top\"", for a refusal.
template<typename Enum>
QString keyChoices(std::span<const EnumKey<Enum>> keys, const QString &lastSeparator)
{
    QStringList quoted;
    for (const EnumKey<Enum> &entry : keys)
        quoted.append(QLatin1Char('"') + entry.key + QLatin1Char('"'));
    const QString last = quoted.takeLast();
    return quoted.isEmpty() ? last : quoted.join(QStringLiteral(", ")) + lastSeparator + last;
}

} // namespace limber
