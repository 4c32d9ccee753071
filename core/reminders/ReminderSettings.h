#pragma once

#include "reminders/DailyReminder.h"
#include "storage/Settings.h"

#include <optional>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTime>

class QSettings;

namespace limber {

// The reminder settings, kept locally in QSettings beside Settings (reminders follow the
// machine, not the synced data folder). Validated like Settings: a bad stored value falls back
// to its default with a warning; setters clamp, write through and signal real changes.
class ReminderSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr IntRange breakMinutesRange{30, 120, 50};
    static constexpr IntRange daysRange{0, int(DailyReminder::everyDay),
                                        int(DailyReminder::everyDay)};

    explicit ReminderSettings(QSettings &store, QObject *parent = nullptr);

    // Daily reminder.
    bool dailyEnabled() const { return m_plan.enabled; }
    void setDailyEnabled(bool enabled);
    DailyReminder::DayMask days() const { return m_plan.days; }
    void setDays(DailyReminder::DayMask days);
    QTime time() const { return m_plan.time; }
    void setTime(QTime time);
    const DailyReminder::Plan &plan() const { return m_plan; }
    // The routine it offers; empty means the built-in one.
    QString routine() const { return m_routine; }
    void setRoutine(const QString &id);

    // Sitting-break nudge.
    bool breakEnabled() const { return m_breakEnabled; }
    void setBreakEnabled(bool enabled);
    int breakMinutes() const { return m_breakMinutes; }
    void setBreakMinutes(int minutes);

    bool startWithDesktop() const { return m_autostart; }
    void setStartWithDesktop(bool enabled);

    // Either reminder is on: Limber stays in the tray when its window closes.
    bool anyEnabled() const { return m_plan.enabled || m_breakEnabled; }
    // "Limber keeps running in the tray" is said once, ever.
    bool trayHintShown() const;
    void setTrayHintShown();

    // What was asked from a reminder or the tray that must outlast a restart (a laptop
    // rebooted during "Pause reminders for 1 hour" must not remind at once): the pause's end
    // and the snooze. Writing the same value again does not touch the file.
    std::optional<QDateTime> pausedUntil() const { return m_pausedUntil; }
    void setPausedUntil(const std::optional<QDateTime> &until);
    std::optional<DailyReminder::Snooze> snooze() const { return m_snooze; }
    void setSnooze(const std::optional<DailyReminder::Snooze> &snooze);

    const QStringList &warnings() const { return m_warnings; }

Q_SIGNALS:
    void dailyChanged();
    void breakChanged();
    void startWithDesktopChanged(bool enabled);

private:
    void load();
    std::optional<QDateTime> readMoment(const QString &key);

    QSettings &m_store;
    QStringList m_warnings;
    DailyReminder::Plan m_plan;
    QString m_routine;
    bool m_breakEnabled = false;
    int m_breakMinutes = breakMinutesRange.defaultValue;
    bool m_autostart = false;
    std::optional<QDateTime> m_pausedUntil;
    std::optional<DailyReminder::Snooze> m_snooze;
};

} // namespace limber
