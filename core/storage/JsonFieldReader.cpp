#include "storage/JsonFieldReader.h"

#include "model/TextRules.h"

#include <algorithm>
#include <cmath>

namespace limber {

namespace {
// A handful of messages is enough to fix a file; thousands would only bury the first one.
constexpr int maxReportedErrors = 20;

QString shown(double number)
{
    return QString::number(number);
}
} // namespace

JsonFieldReader::JsonFieldReader(QString file)
    : m_file(std::move(file))
{
}

void JsonFieldReader::refuse(const QString &field, const QString &reason)
{
    ++m_refusals;
    if (m_errors.size() < maxReportedErrors)
        m_errors.append({m_file, field, reason});
}

QList<RoutineFileError> JsonFieldReader::takeErrors()
{
    m_refusals = 0;
    return std::move(m_errors);
}

std::optional<int> JsonFieldReader::wholeNumber(const QJsonValue &value, const QString &field,
                                                int min, int max)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && number >= min && number <= max)
            return int(number);
    }
    refuse(field, tr("must be a whole number from %1 to %2").arg(min).arg(max));
    return std::nullopt;
}

std::optional<double> JsonFieldReader::number(const QJsonValue &value, const QString &field,
                                              double min, double max)
{
    // NaN fails both comparisons, so the test is for being inside.
    if (value.isDouble() && value.toDouble() >= min && value.toDouble() <= max)
        return value.toDouble();
    refuse(field, tr("must be a number from %1 to %2").arg(shown(min), shown(max)));
    return std::nullopt;
}

std::optional<double> JsonFieldReader::positiveNumber(const QJsonValue &value, const QString &field,
                                                      double max)
{
    if (value.isDouble() && value.toDouble() > 0 && value.toDouble() <= max)
        return value.toDouble();
    refuse(field, tr("must be a number above 0 and at most %1").arg(shown(max)));
    return std::nullopt;
}

std::optional<bool> JsonFieldReader::boolean(const QJsonValue &value, const QString &field)
{
    if (value.isBool())
        return value.toBool();
    refuse(field, tr("must be true or false"));
    return std::nullopt;
}

std::optional<QString> JsonFieldReader::singleLine(const QJsonValue &value, const QString &field,
                                                   int minLength, int maxLength)
{
    return text(value, field, minLength, maxLength, false);
}

std::optional<QString> JsonFieldReader::multiLine(const QJsonValue &value, const QString &field,
                                                  int minLength, int maxLength)
{
    return text(value, field, minLength, maxLength, true);
}

std::optional<QString> JsonFieldReader::text(const QJsonValue &value, const QString &field,
                                             int minLength, int maxLength, bool multiLine)
{
    const QString string = value.toString().trimmed();
    if (!value.isString() || string.size() < minLength || string.size() > maxLength) {
        refuse(field,
               minLength == 0
                   ? tr("must be text of at most %1 characters").arg(maxLength)
                   : tr("must be text of %1 to %2 characters").arg(minLength).arg(maxLength));
        return std::nullopt;
    }
    const auto problem =
        multiLine ? TextRules::multiLineProblem(string) : TextRules::singleLineProblem(string);
    if (problem) {
        refuse(field, *problem);
        return std::nullopt;
    }
    return string;
}

std::optional<QJsonObject> JsonFieldReader::object(const QJsonValue &value, const QString &field,
                                                   const QString &example)
{
    if (value.isObject())
        return value.toObject();
    refuse(field, tr("must be an object such as %1").arg(example));
    return std::nullopt;
}

std::optional<QJsonArray> JsonFieldReader::array(const QJsonValue &value, const QString &field,
                                                 int minCount, int maxCount, const QString &noun)
{
    if (!value.isArray()) {
        refuse(field, tr("must be a list of %1").arg(noun));
        return std::nullopt;
    }
    const QJsonArray list = value.toArray();
    if (list.size() < minCount || list.size() > maxCount) {
        refuse(field, tr("must list from %1 to %2 %3 (it lists %4)")
                          .arg(minCount)
                          .arg(maxCount)
                          .arg(noun)
                          .arg(list.size()));
        return std::nullopt;
    }
    return list;
}

QJsonValue JsonFieldReader::required(const QJsonObject &object, QLatin1StringView key,
                                     const QString &prefix)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        refuse(prefix + key, tr("is missing"));
    return value;
}

void JsonFieldReader::refuseUnknownKeys(const QJsonObject &object, const QString &prefix,
                                        std::span<const QLatin1StringView> knownKeys)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(knownKeys.begin(), knownKeys.end(), it.key()) == knownKeys.end())
            refuse(prefix + it.key(), tr("is not a known field"));
    }
}

QString indexedField(const QString &field, qsizetype index)
{
    return field + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace limber
