#pragma once

#include <optional>
#include <QHash>
#include <QString>

namespace limber {

// The user's timing choices; a routine's own values take precedence over them.
struct TimingPreferences
{
    // Unset: each stretch keeps its own default hold.
    std::optional<int> defaultHoldSeconds;
    // Per-stretch hold overrides, by stretch id.
    QHash<QString, int> holdOverrides;
    int prepareSeconds = 5;
    int restSeconds = 10;
    int switchSeconds = 5;
    int warmupSeconds = 120;
};

} // namespace limber
