#pragma once

#include "reminders/WallClock.h"

#include <functional>
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace limber {

// When the daily practice reminder is due. Not a timer: the app asks nextDue() to arm one
// wake-up, and takeDue() when it fires (or whenever it likes: asking early or twice is
// harmless). A day counts as handled once its reminder was shown, refused ("Not today") or
// found already practised; a handled day, and every day before it, never reminds again, so a
// clock set backwards cannot repeat a reminder, and a laptop asleep over the due time gets
// exactly one reminder on waking, the same day only.
class DailyReminder
{
public:
    // Bit (1 << (Qt::DayOfWeek - 1)) for each day the reminder is on.
    using DayMask = unsigned;
    static constexpr DayMask everyDay = 0x7f;
    struct Plan
    {
        bool enabled = false;
        DayMask days = everyDay;
        QTime time{18, 0};
    };
    // "In 15 minutes": when, and the day it was asked on (it never carries into the next).
    struct Snooze
    {
        QDateTime until;
        QDate day;
    };
    // Whether the practice history has a session on that date.
    using PractisedOn = std::function<bool(QDate)>;

    DailyReminder(const WallClock &clock, PractisedOn practisedOn);

    // A plan whose time today has already passed starts tomorrow: setting 17:00 at 17:05 must
    // not remind at once, and neither must starting Limber in the evening.
    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }

    // The next moment takeDue() may say yes, or nothing when the reminder is off.
    std::optional<QDateTime> nextDue() const;
    // Whether to remind now; a yes marks the day handled.
    bool takeDue();

    // "In 15 minutes": one more reminder that day, minutes from now.
    void snooze(int minutes);
    std::optional<Snooze> snoozed() const;
    // A snooze saved before Limber was restarted, as if snooze() had been asked then.
    void restoreSnooze(const Snooze &snooze);
    // "Not today".
    void skipToday();
    // No reminder before until (the tray's "Pause reminders").
    void pauseUntil(const QDateTime &until);
    std::optional<QDateTime> pausedUntil() const { return m_pausedUntil; }

    static bool contains(DayMask days, Qt::DayOfWeek day) { return days & (1u << (day - 1)); }

private:
    // The plan's time on date in the clock's zone; in a daylight-saving gap, the first moment
    // after it.
    QDateTime dueOn(QDate date, const QDateTime &now) const;
    bool remindsOn(QDate date) const;
    void markHandled(QDate date);

    const WallClock &m_clock;
    PractisedOn m_practisedOn;
    Plan m_plan;
    QDate m_handledThrough;
    std::optional<QDateTime> m_snoozedUntil;
    QDate m_snoozedOn;
    std::optional<QDateTime> m_pausedUntil;
};

} // namespace limber
