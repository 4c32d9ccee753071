#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace limber {

// What every file format asks of the text people write into it: a name or other single-line
// text holds no control characters (U+0000–U+001F, U+007F) and is kept trimmed; multi-line
// text (a note, a step) may hold newlines but no other control characters. The reason is worded
// for the "FILE: field: reason" error form.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    // Nothing when text is acceptable as one line; otherwise why not.
    static std::optional<QString> singleLineProblem(const QString &text);
    static std::optional<QString> multiLineProblem(const QString &text);
    static bool isControl(QChar character);
};

} // namespace limber
