#include "history/Session.h"

#include <algorithm>

namespace limber {

QString holdOutcomeKey(HoldOutcome outcome)
{
    switch (outcome) {
    case HoldOutcome::Skipped:
        return QStringLiteral("skipped");
    case HoldOutcome::Hurt:
        return QStringLiteral("hurt");
    case HoldOutcome::Done:
        break;
    }
    return QStringLiteral("done");
}

std::optional<HoldOutcome> holdOutcomeFromKey(QStringView key)
{
    if (key == u"done")
        return HoldOutcome::Done;
    if (key == u"skipped")
        return HoldOutcome::Skipped;
    if (key == u"hurt")
        return HoldOutcome::Hurt;
    return std::nullopt;
}

int Session::count(HoldOutcome outcome) const
{
    return int(std::count_if(holds.cbegin(), holds.cend(), [outcome](const SessionHold &hold) {
        return hold.outcome == outcome;
    }));
}

std::optional<int> Session::painChange() const
{
    if (!painBefore || !painAfter)
        return std::nullopt;
    return *painAfter - *painBefore;
}

} // namespace limber
