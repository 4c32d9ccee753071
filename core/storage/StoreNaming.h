#pragma once

#include <functional>
#include <QDate>
#include <QString>

namespace limber::storenaming {

// What the stores of the user's files (routines, stretches) share about names.

// "Evening unwind" -> "evening-unwind": ASCII letters and digits, accents dropped, at most 64
// characters; fallback when nothing is left.
QString slugOf(const QString &name, const QString &fallback);

// The first length UTF-16 units of text, without splitting a surrogate pair or keeping
// trailing spaces.
QString truncated(const QString &text, qsizetype length);

// wanted (trimmed, at most maxLength) when isTaken says it is free, else "wanted (2)",
// "wanted (3)", …; "x (2)" taken goes on to "x (3)", not "x (2) (2)". Empty for empty wanted.
QString numberedName(const QString &wanted, qsizetype maxLength,
                     const std::function<bool(const QString &)> &isTaken);

// A JSON file the store moved aside ("<name>.broken-<date>.json"), never read again.
bool isMovedAside(const QString &fileName);

// Moves the JSON file at path aside to "<name>.broken-<day>.json" ("-2", "-3", … when taken),
// never replacing a file; the new path, or empty when it could not be moved.
QString moveAside(const QString &path, QDate day);

} // namespace limber::storenaming
