#include "reminders/ReminderController.h"

#include "model/Routine.h"
#include "reminders/ReminderNotifier.h"
#include "reminders/ReminderSettings.h"
#include "reminders/WallClockTimer.h"

#include <QTimeZone>

namespace limber {

ReminderController::ReminderController(const WallClock &clock, ReminderSettings &settings,
                                       ReminderNotifier &notifier,
                                       DailyReminder::PractisedOn practisedOn,
                                       SittingBreakCounter::IdleTime idleTime,
                                       RoutineTitle routineTitle, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_routineTitle(std::move(routineTitle))
    , m_daily(clock, std::move(practisedOn))
    , m_break(clock, std::move(idleTime))
    , m_timer(new WallClockTimer(this))
{
    connect(m_timer, &WallClockTimer::fired, this, &ReminderController::checkNow);
    connect(&m_settings, &ReminderSettings::dailyChanged, this, &ReminderController::applySettings);
    connect(&m_settings, &ReminderSettings::breakChanged, this,
            &ReminderController::applyBreakSettings);
    connect(&m_notifier, &ReminderNotifier::actionInvoked, this, &ReminderController::onAction);
    m_daily.setPlan(m_settings.plan());
    restoreDeferrals();
    applyBreakSettings();
}

void ReminderController::restoreDeferrals()
{
    // Shown in the tray's tooltip: in the zone the person reads their clock in.
    const QTimeZone zone = m_clock.now().timeZone();
    if (const auto snooze = m_settings.snooze())
        m_daily.restoreSnooze({snooze->until.toTimeZone(zone), snooze->day});
    if (const auto paused = m_settings.pausedUntil()) {
        m_daily.pauseUntil(paused->toTimeZone(zone));
        m_breakPausedUntil = paused->toTimeZone(zone);
    }
}

void ReminderController::saveDeferrals()
{
    std::optional<QDateTime> paused =
        m_breakPausedUntil ? m_breakPausedUntil : m_daily.pausedUntil();
    if (paused && *paused <= m_clock.now())
        paused.reset();
    m_settings.setPausedUntil(paused);
    m_settings.setSnooze(m_daily.snoozed());
}

ReminderController::~ReminderController() = default;

QString ReminderController::dailyRoutine() const
{
    return m_settings.routine();
}

void ReminderController::applySettings()
{
    m_daily.setPlan(m_settings.plan());
    rearm();
}

void ReminderController::applyBreakSettings()
{
    if (m_settings.breakEnabled())
        m_break.start(m_settings.breakMinutes());
    else
        m_break.stop();
    rearm();
}

std::optional<QDateTime> ReminderController::nextDue() const
{
    std::optional<QDateTime> next = m_daily.nextDue();
    std::optional<QDateTime> nudge = m_break.nextDue();
    if (nudge && m_breakPausedUntil && *nudge < *m_breakPausedUntil)
        nudge = m_breakPausedUntil;
    if (!next || (nudge && *nudge < *next))
        next = nudge;
    return next;
}

void ReminderController::rearm()
{
    if (const auto next = nextDue())
        m_timer->arm(*next);
    else
        m_timer->disarm();
    saveDeferrals();
    Q_EMIT scheduleChanged();
}

void ReminderController::checkNow()
{
    const QDateTime now = m_clock.now();
    if (m_daily.takeDue()) {
        const QString routine = m_settings.routine();
        m_notifier.show({dailyTag,
                         tr("Time for %1").arg(m_routineTitle(routine)),
                         tr("A few minutes for your back and hips."),
                         {{startAction, tr("Start now")},
                          {snoozeAction, tr("In 15 minutes")},
                          {skipAction, tr("Not today")}}});
    }
    if (m_breakPausedUntil && now >= *m_breakPausedUntil)
        m_breakPausedUntil.reset();
    if (!m_breakPausedUntil && m_break.check() == SittingBreakCounter::Outcome::Nudge) {
        m_notifier.show({breakTag,
                         tr("Time to stand up"),
                         tr("You have been sitting for %n minutes. Stand, march on the spot and "
                            "do a lunge: %1.",
                            nullptr, m_settings.breakMinutes())
                             .arg(m_routineTitle(builtin::deskBreakId.toString())),
                         {{startAction, tr("Start desk break")}, {skipAction, tr("Later")}}});
    }
    rearm();
}

void ReminderController::onAction(const QString &tag, const QString &action)
{
    if (action == startAction)
        Q_EMIT startRoutineRequested(tag == breakTag ? builtin::deskBreakId.toString()
                                                     : m_settings.routine());
    else if (tag == dailyTag && action == snoozeAction)
        m_daily.snooze(snoozeMinutes);
    else if (tag == dailyTag && action == skipAction)
        m_daily.skipToday();
    rearm();
}

void ReminderController::pauseForAnHour()
{
    const QDateTime until = m_clock.now().addSecs(3600);
    m_daily.pauseUntil(until);
    m_breakPausedUntil = until;
    rearm();
}

void ReminderController::pauseUntilTomorrow()
{
    const QDateTime now = m_clock.now();
    const QDateTime until(now.date().addDays(1), QTime(0, 0), now.timeZone());
    m_daily.skipToday();
    m_daily.pauseUntil(until);
    m_breakPausedUntil = until;
    rearm();
}

} // namespace limber
