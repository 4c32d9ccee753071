#pragma once

#include "reminders/DailyReminder.h"
#include "reminders/DesktopIdleTime.h"
#include "reminders/DesktopNotifications.h"
#include "reminders/ReminderController.h"
#include "reminders/ReminderNotifier.h"
#include "reminders/ReminderSettings.h"
#include "reminders/WallClock.h"
#include "shell/WindowFrontend.h"

#include <memory>
#include <QObject>

class QSettings;

namespace limber {

class LazyWindow;
class ReminderTray;
class RoutineStore;
class Settings;

// Builds the reminders and wires them to the window: a reminder's Start goes to the Play view,
// the tray's menu to the window and the controller, the settings section into the Settings
// view, the autostart file follows its setting, and closing the window keeps Limber in the
// tray while a reminder is on.
class ReminderShell : public QObject
{
    Q_OBJECT

public:
    // practisedOn: whether the practice history has a session that day. clock and store
    // must outlive this object. The window is built only when a reminder needs it.
    ReminderShell(const WallClock &clock, QSettings &store, const Settings &settings,
                  const RoutineStore &routines, LazyWindow &window,
                  DailyReminder::PractisedOn practisedOn, QObject *parent = nullptr);
    ~ReminderShell() override;

    // Whether Limber can live in the tray now (a tray, and a reminder on).
    bool staysInTray() const;
    ReminderSettings &settings() { return m_settings; }
    ReminderController &controller() { return *m_controller; }
    ReminderNotifier &notifier() { return m_notifier; }

private:
    QString routineTitle(const QString &id) const;
    void startRoutine(const QString &id);
    void showWindow();
    void applyTrayPolicy();
    void syncAutostart();
    void updateSchedule();
    WindowFrontend::ReminderSection reminderSection();

    const Settings &m_appSettings;
    const RoutineStore &m_routines;
    LazyWindow &m_window;
    const WallClock &m_clock;
    ReminderSettings m_settings;
    DesktopNotifications m_notifications;
    DesktopIdleTime m_idle;
    ReminderNotifier m_notifier;
    std::unique_ptr<ReminderController> m_controller;
    ReminderTray *m_tray = nullptr;
};

} // namespace limber
