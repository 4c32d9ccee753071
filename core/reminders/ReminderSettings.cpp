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
} // namespace key

const QString timeFormat = QStringLiteral("HH:mm");
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
