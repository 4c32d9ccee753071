#include "storage/RoutineFileValidator.h"

#include "model/TextRules.h"

#include <cmath>

namespace limber {

namespace {
// A handful of messages is enough to fix a file; thousands would only bury the first one.
constexpr int maxReportedErrors = 20;
} // namespace

RoutineFileValidator::RoutineFileValidator(QString file)
    : m_file(std::move(file))
{
}

void RoutineFileValidator::refuse(const QString &field, const QString &reason)
{
    if (m_errors.size() < maxReportedErrors)
        m_errors.append({m_file, field, reason});
}

std::optional<int> RoutineFileValidator::wholeNumber(const QJsonValue &value, const QString &field,
                                                     int min, int max)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && number >= min && number <= max)
            return int(number);
    }
    refuse(field, RoutineFile::tr("must be a whole number from %1 to %2").arg(min).arg(max));
    return std::nullopt;
}

std::optional<int> RoutineFileValidator::optionalWholeNumber(const QJsonObject &object,
                                                             QLatin1StringView name,
                                                             const QString &field, int min, int max)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    return wholeNumber(value, field, min, max);
}

std::optional<QString> RoutineFileValidator::singleLineText(const QJsonValue &value,
                                                            const QString &field, int maxLength)
{
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty() || text.size() > maxLength) {
        refuse(field, RoutineFile::tr("must be text of 1 to %1 characters").arg(maxLength));
        return std::nullopt;
    }
    // Judged after trimming, which drops a stray line break at the end like any space.
    if (const std::optional<QString> problem = TextRules::singleLineProblem(text)) {
        refuse(field, *problem);
        return std::nullopt;
    }
    return text;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace limber
