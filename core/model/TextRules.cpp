#include "model/TextRules.h"

namespace limber {

namespace {
std::optional<QString> controlProblem(const QString &text, bool newlinesAllowed)
{
    for (const QChar character : text) {
        if (!TextRules::isControl(character) || (newlinesAllowed && character == u'\n'))
            continue;
        const QString code =
            QStringLiteral("%1").arg(character.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        return TextRules::tr("must not contain control characters (found U+%1)").arg(code);
    }
    return std::nullopt;
}
} // namespace

bool TextRules::isControl(QChar character)
{
    return character.unicode() < 0x20 || character.unicode() == 0x7f;
}

std::optional<QString> TextRules::singleLineProblem(const QString &text)
{
    return controlProblem(text, false);
}

std::optional<QString> TextRules::multiLineProblem(const QString &text)
{
    return controlProblem(text, true);
}

} // namespace limber
