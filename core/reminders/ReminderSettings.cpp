#include "reminders/ReminderSettings.h"

#include "storage/SettingsValueReader.h"

#include <QSettings>
#include <utility>

namespace limber {

namespace {
namespace key {
const QString dailyEnabled = QStringLiteral("reminders/daily_enabled");
const QString days = QStringLiteral("reminders/days");
const QString time = QStringLiteral("reminders/time");
const QString routine = QStringLiteral("reminders/routine");
const QString breakEnabled = QStringLiteral("reminders/break_enabled");
const QString breakMinutes = QStringLiteral("reminders/break_minutes");
const QString autostart = QStringLiteral("reminders/start_with_desktop");
const QString trayHint = QStringLiteral("reminders/tray_hint_shown");
const QString pausedUntil = QStringLiteral("reminders/paused_until");
const QString snoozedUntil = QStringLiteral("reminders/snoozed_until");
const QString snoozedDay = QStringLiteral("reminders/snoozed_day");
} // namespace key

const QString timeFormat = QStringLiteral("HH:mm");
// Moments are stored in UTC, so a change of time zone or of daylight saving between two runs
// still names the same instant.
constexpr Qt::DateFormat momentFormat = Qt::ISODateWithMs;
} // namespace

ReminderSettings::ReminderSettings(QSettings &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    load();
}

void ReminderSettings::load()
{
    using Unit = SettingsValueReader::Unit;
    SettingsValueReader stored(m_store, m_warnings);
    // Off by default: a reminder nobody asked for is a nuisance.
    m_plan.enabled = stored.readBool(key::dailyEnabled, false);
    m_plan.days = DailyReminder::DayMask(stored.readInt(key::days, daysRange, Unit::Plain));
    if (m_store.contains(key::time)) {
        const QString text = stored.text(key::time);
        const QTime time = QTime::fromString(text, timeFormat);
        if (time.isValid())
            m_plan.time = time;
        else
            stored.warn(key::time, text, tr("is not a time of day (HH:mm)"),
                        tr("using %1").arg(m_plan.time.toString(timeFormat)));
    }
    m_routine = stored.text(key::routine);
    m_breakEnabled = stored.readBool(key::breakEnabled, false);
    m_breakMinutes = stored.readInt(key::breakMinutes, breakMinutesRange, Unit::Plain);
    m_autostart = stored.readBool(key::autostart, false);
    m_pausedUntil = readMoment(key::pausedUntil);
    if (const std::optional<QDateTime> until = readMoment(key::snoozedUntil)) {
        const QString dayText = stored.text(key::snoozedDay);
        const QDate day = QDate::fromString(dayText, Qt::ISODate);
        if (day.isValid())
            m_snooze = DailyReminder::Snooze{*until, day};
        else
            stored.warn(key::snoozedDay, dayText, tr("is not a date (yyyy-MM-dd)"),
                        tr("forgetting the snooze"));
    }
}

std::optional<QDateTime> ReminderSettings::readMoment(const QString &key)
{
    if (!m_store.contains(key))
        return std::nullopt;
    SettingsValueReader stored(m_store, m_warnings);
    const QString text = stored.text(key);
    const QDateTime moment = QDateTime::fromString(text, momentFormat);
    if (moment.isValid())
        return moment;
    stored.warn(key, text, tr("is not a date and time (ISO 8601)"), tr("ignoring it"));
    return std::nullopt;
}

void ReminderSettings::setPausedUntil(const std::optional<QDateTime> &until)
{
    if (until == m_pausedUntil)
        return;
    m_pausedUntil = until;
    if (until)
        m_store.setValue(key::pausedUntil, until->toUTC().toString(momentFormat));
    else
        m_store.remove(key::pausedUntil);
}

void ReminderSettings::setSnooze(const std::optional<DailyReminder::Snooze> &snooze)
{
    const bool same =
        snooze.has_value() == m_snooze.has_value() &&
        (!snooze || (snooze->until == m_snooze->until && snooze->day == m_snooze->day));
    if (same)
        return;
    m_snooze = snooze;
    if (snooze) {
        m_store.setValue(key::snoozedUntil, snooze->until.toUTC().toString(momentFormat));
        m_store.setValue(key::snoozedDay, snooze->day.toString(Qt::ISODate));
    } else {
        m_store.remove(key::snoozedUntil);
        m_store.remove(key::snoozedDay);
    }
}

void ReminderSettings::setDailyEnabled(bool enabled)
{
    m_store.setValue(key::dailyEnabled, enabled);
    if (std::exchange(m_plan.enabled, enabled) != enabled)
        Q_EMIT dailyChanged();
}

void ReminderSettings::setDays(DailyReminder::DayMask days)
{
    days &= DailyReminder::everyDay;
    m_store.setValue(key::days, int(days));
    if (std::exchange(m_plan.days, days) != days)
        Q_EMIT dailyChanged();
}

void ReminderSettings::setTime(QTime time)
{
    if (!time.isValid())
        return;
    time = QTime(time.hour(), time.minute());
    m_store.setValue(key::time, time.toString(timeFormat));
    if (std::exchange(m_plan.time, time) != time)
        Q_EMIT dailyChanged();
}

void ReminderSettings::setRoutine(const QString &id)
{
    m_store.setValue(key::routine, id);
    if (std::exchange(m_routine, id) != id)
        Q_EMIT dailyChanged();
}

void ReminderSettings::setBreakEnabled(bool enabled)
{
    m_store.setValue(key::breakEnabled, enabled);
    if (std::exchange(m_breakEnabled, enabled) != enabled)
        Q_EMIT breakChanged();
}

void ReminderSettings::setBreakMinutes(int minutes)
{
    minutes = breakMinutesRange.clamp(minutes);
    m_store.setValue(key::breakMinutes, minutes);
    if (std::exchange(m_breakMinutes, minutes) != minutes)
        Q_EMIT breakChanged();
}

void ReminderSettings::setStartWithDesktop(bool enabled)
{
    m_store.setValue(key::autostart, enabled);
    if (std::exchange(m_autostart, enabled) != enabled)
        Q_EMIT startWithDesktopChanged(enabled);
}

bool ReminderSettings::trayHintShown() const
{
    return m_store.value(key::trayHint, false).toBool();
}

void ReminderSettings::setTrayHintShown()
{
    m_store.setValue(key::trayHint, true);
}

} // namespace limber
