#pragma once

#include "storage/RoutineFile.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace limber {

// Collects the refusals for one routine file, for the parts of the reader (RoutineFile,
// RoutineFileSteps, RoutineFileStretches).
class RoutineFileValidator
{
public:
    explicit RoutineFileValidator(QString file);

    void refuse(const QString &field, const QString &reason);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    qsizetype errorCount() const { return m_errors.size(); }
    QList<RoutineFileError> takeErrors() { return std::move(m_errors); }
    const QString &file() const { return m_file; }

    // A whole number within [min, max]; JSON has only doubles, so 30.0 counts, 30.5 not.
    std::optional<int> wholeNumber(const QJsonValue &value, const QString &field, int min, int max);
    std::optional<int> optionalWholeNumber(const QJsonObject &object, QLatin1StringView name,
                                           const QString &field, int min, int max);

    // Trimmed single-line text of 1 to maxLength characters without control characters;
    // nothing (and a refusal) otherwise.
    std::optional<QString> singleLineText(const QJsonValue &value, const QString &field,
                                          int maxLength);

    template<typename Keys>
    void refuseUnknownKeys(const QJsonObject &object, const QString &prefix, const Keys &knownKeys)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (std::find(std::begin(knownKeys), std::end(knownKeys), it.key()) ==
                std::end(knownKeys))
                refuse(prefix + it.key(), RoutineFile::tr("is not a known field"));
        }
    }

private:
    QString m_file;
    QList<RoutineFileError> m_errors;
};

QString quoted(const QString &text);

} // namespace limber
