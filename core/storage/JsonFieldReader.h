#pragma once

#include "storage/RoutineFile.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <span>

namespace limber {

// Reads the values of one hand-written JSON file field by field, collecting a refusal
// ("FILE: field: reason") for each value that is wrong instead of stopping at the first, so
// that one read tells the writer everything to fix. Shared by the stretch file, the figure
// inside it, and the routine format that embeds stretches.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    explicit JsonFieldReader(QString file);

    const QString &file() const { return m_file; }
    void refuse(const QString &field, const QString &reason);
    bool hasErrors() const { return m_refusals > 0; }
    // Refusals so far, counting ones past the reported maximum.
    int refusalCount() const { return m_refusals; }
    QList<RoutineFileError> takeErrors();

    // Each returns nothing, after refusing, when the value is not what the field holds.
    // JSON has only doubles: 30.0 is a whole number, 30.5 is not.
    std::optional<int> wholeNumber(const QJsonValue &value, const QString &field, int min, int max);
    std::optional<double> number(const QJsonValue &value, const QString &field, double min,
                                 double max);
    // A share such as a scale: above 0, at most max.
    std::optional<double> positiveNumber(const QJsonValue &value, const QString &field, double max);
    std::optional<bool> boolean(const QJsonValue &value, const QString &field);
    // Trimmed text of minLength to maxLength characters; one line holds no control character,
    // several lines may hold newlines.
    std::optional<QString> singleLine(const QJsonValue &value, const QString &field, int minLength,
                                      int maxLength);
    std::optional<QString> multiLine(const QJsonValue &value, const QString &field, int minLength,
                                     int maxLength);
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &field,
                                      const QString &example);
    // A list of minCount to maxCount entries; noun names them ("steps").
    std::optional<QJsonArray> array(const QJsonValue &value, const QString &field, int minCount,
                                    int maxCount, const QString &noun);
    // The value under key, refusing prefix + key as missing when it is not there.
    QJsonValue required(const QJsonObject &object, QLatin1StringView key, const QString &prefix);
    void refuseUnknownKeys(const QJsonObject &object, const QString &prefix,
                           std::span<const QLatin1StringView> knownKeys);

private:
    std::optional<QString> text(const QJsonValue &value, const QString &field, int minLength,
                                int maxLength, bool multiLine);

    QString m_file;
    QList<RoutineFileError> m_errors;
    int m_refusals = 0;
};

// "steps[3]" and "figure.keyframes[1]": how a field inside a list is named in a refusal.
QString indexedField(const QString &field, qsizetype index);

} // namespace limber
