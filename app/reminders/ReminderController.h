#pragma once

#include "reminders/DailyReminder.h"
#include "reminders/SittingBreakCounter.h"

#include <functional>
#include <QObject>

namespace limber {

class ReminderNotifier;
class ReminderSettings;
class WallClockTimer;

// Runs the daily reminder and the sitting-break nudge: one wall-clock wake-up armed for the
// next due moment (none at all when both are off), the reminder shown through the notifier,
// and its actions answered. Starting a routine is not its business: it asks, through
// startRoutineRequested, and the shell plays it.
class ReminderController : public QObject
{
    Q_OBJECT

public:
    static inline const QString dailyTag = QStringLiteral("daily");
    static inline const QString breakTag = QStringLiteral("break");
    static inline const QString startAction = QStringLiteral("start");
    static inline const QString snoozeAction = QStringLiteral("snooze");
    static inline const QString skipAction = QStringLiteral("skip");
    static constexpr int snoozeMinutes = 15;

    // The title and length of a routine by id ("Back and hips (10 min)"); empty id: the
    // built-in one.
    using RoutineTitle = std::function<QString(const QString &routineId)>;

    ReminderController(const WallClock &clock, ReminderSettings &settings,
                       ReminderNotifier &notifier, DailyReminder::PractisedOn practisedOn,
                       SittingBreakCounter::IdleTime idleTime, RoutineTitle routineTitle,
                       QObject *parent = nullptr);
    ~ReminderController() override;

    // Looks at both reminders now: what the wake-up does, and what tests call instead of
    // waiting for it.
    void checkNow();
    void pauseForAnHour();
    void pauseUntilTomorrow();

    std::optional<QDateTime> nextDue() const;
    std::optional<QDateTime> pausedUntil() const { return m_daily.pausedUntil(); }
    // The routine the daily reminder offers (empty: the built-in one).
    QString dailyRoutine() const;
    // Whether the last nudge had to count elapsed time (no idle source answered).
    bool countsElapsedTime() const { return m_break.countsElapsedTime(); }

Q_SIGNALS:
    void startRoutineRequested(const QString &routineId);
    // The next due moment or the pause changed (the tray's tooltip follows).
    void scheduleChanged();

private:
    void applySettings();
    void applyBreakSettings();
    void onAction(const QString &tag, const QString &action);
    void rearm();
    // The pause and the snooze outlast a restart (kept in the settings).
    void restoreDeferrals();
    void saveDeferrals();

    const WallClock &m_clock;
    ReminderSettings &m_settings;
    ReminderNotifier &m_notifier;
    RoutineTitle m_routineTitle;
    DailyReminder m_daily;
    SittingBreakCounter m_break;
    std::optional<QDateTime> m_breakPausedUntil;
    WallClockTimer *m_timer;
};

} // namespace limber
