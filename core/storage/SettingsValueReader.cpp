#include "storage/SettingsValueReader.h"

#include "model/TextRules.h"

#include <QSettings>
#include <QtDebug>

namespace limber {

namespace {
// Long enough to recognise a hand-edited value, short enough to keep the warning one line.
constexpr qsizetype maxShownValueLength = 60;

// The INI format reads an unquoted value with commas as a list; a voice or routine name
// with a comma in a hand-edited file is still meant as one text.
QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

QString usingText(int value)
{
    return Settings::tr("using %1").arg(value);
}

QString usingText(bool value)
{
    return value ? Settings::tr("using true") : Settings::tr("using false");
}
} // namespace

SettingsValueReader::SettingsValueReader(const QSettings &store, QStringList &warnings)
    : SettingsValueReader(
          [&store](const QString &key) -> std::optional<QVariant> {
              if (!store.contains(key))
                  return std::nullopt;
              return store.value(key);
          },
          warnings)
{
}

SettingsValueReader::SettingsValueReader(Lookup lookup, QStringList &warnings)
    : m_lookup(std::move(lookup))
    , m_warnings(warnings)
{
}

QString SettingsValueReader::text(const QString &key) const
{
    return textOf(m_lookup(key).value_or(QVariant()));
}

QString SettingsValueReader::singleLineText(const QString &key, const QString &fallback)
{
    const QString value = text(key);
    if (const auto problem = TextRules::singleLineProblem(value)) {
        warn(key, value, *problem, fallback);
        return {};
    }
    return value.trimmed();
}

std::optional<int> SettingsValueReader::readInt(const QString &key, IntRange range, Unit unit,
                                                const QString &fallback)
{
    if (!contains(key))
        return std::nullopt;
    const QString value = text(key);
    bool ok = false;
    // Wider than int, so a huge number is reported as out of range rather than as not a number.
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok) {
        warn(key, value, tr("is not a whole number"), fallback);
        return std::nullopt;
    }
    if (number < range.minimum || number > range.maximum) {
        const QString limits = unit == Unit::Seconds   ? tr("%1 to %2 s")
                               : unit == Unit::Percent ? tr("%1 to %2 %")
                                                       : tr("%1 to %2");
        warn(key, value,
             tr("is out of range (%1)").arg(limits.arg(range.minimum).arg(range.maximum)),
             fallback);
        return std::nullopt;
    }
    return int(number);
}

int SettingsValueReader::readInt(const QString &key, IntRange range, Unit unit)
{
    return readInt(key, range, unit, usingText(range.defaultValue)).value_or(range.defaultValue);
}

bool SettingsValueReader::readBool(const QString &key, bool defaultValue)
{
    if (!contains(key))
        return defaultValue;
    const QString value = text(key);
    const QString lower = value.trimmed().toLower();
    if (lower == u"true" || lower == u"1")
        return true;
    if (lower == u"false" || lower == u"0")
        return false;
    warn(key, value, tr("is not true or false"), usingText(defaultValue));
    return defaultValue;
}

void SettingsValueReader::warn(const QString &key, const QString &value, const QString &reason,
                               const QString &fallback)
{
    // One multi-argument arg(): a value containing "%1" must stay as the user wrote it.
    const QString line = tr("%1: \"%2\" %3; %4", "key: \"value\" reason; what is used instead")
                             .arg(key, shown(value), reason, fallback);
    m_warnings.append(line);
    qWarning().noquote() << line;
}

QString SettingsValueReader::shown(const QString &value)
{
    QString visible =
        value.size() <= maxShownValueLength ? value : value.left(maxShownValueLength) + u'\u2026';
    for (QChar &character : visible) {
        if (TextRules::isControl(character))
            character = QChar::ReplacementCharacter;
    }
    return visible;
}

} // namespace limber
