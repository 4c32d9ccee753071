#pragma once

#include <QDateTime>

namespace limber {

// The time of day as the person's calendar shows it, in their time zone. Reminders are due at
// wall-clock moments (18:00 on a Monday), which the monotonic playback Clock cannot express:
// it stops during suspend and knows no dates. Injected so tests can jump days, zones and
// daylight-saving changes.
class WallClock
{
public:
    virtual ~WallClock() = default;
    virtual QDateTime now() const = 0;
};

class SystemWallClock final : public WallClock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace limber
