#include "shell/ReminderShell.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "playback/Timeline.h"
#include "reminders/AutostartFile.h"
#include "reminders/ReminderTray.h"
#include "shell/LaunchRequests.h"
#include "shell/LazyWindow.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QtDebug>

namespace limber {

ReminderShell::ReminderShell(const WallClock &clock, QSettings &store, const Settings &settings,
                             const RoutineStore &routines, LazyWindow &window,
                             DailyReminder::PractisedOn practisedOn, QObject *parent)
    : QObject(parent)
    , m_appSettings(settings)
    , m_routines(routines)
    , m_window(window)
    , m_clock(clock)
    , m_settings(store)
    , m_notifications(QDBusConnection::sessionBus())
    , m_idle(QDBusConnection::sessionBus())
    , m_notifier(m_notifications, [this]() -> QWidget * {
        showWindow();
        return &m_window.window();
    })
{
    m_controller = std::make_unique<ReminderController>(
        m_clock, m_settings, m_notifier, std::move(practisedOn), [this] { return m_idle.idleMs(); },
        [this](const QString &id) { return routineTitle(id); });
    if (ReminderTray::isAvailable()) {
        m_tray = new ReminderTray(this);
        m_notifier.setTray(m_tray->icon());
        connect(m_tray, &ReminderTray::startRequested, this,
                [this] { startRoutine(m_settings.routine()); });
        connect(m_tray, &ReminderTray::openRequested, this, &ReminderShell::showWindow);
        connect(m_tray, &ReminderTray::pauseForAnHourRequested, m_controller.get(),
                &ReminderController::pauseForAnHour);
        connect(m_tray, &ReminderTray::pauseUntilTomorrowRequested, m_controller.get(),
                &ReminderController::pauseUntilTomorrow);
        connect(m_tray, &ReminderTray::quitRequested, qApp, &QCoreApplication::quit);
    }
    connect(m_controller.get(), &ReminderController::startRoutineRequested, this,
            &ReminderShell::startRoutine);
    connect(m_controller.get(), &ReminderController::scheduleChanged, this,
            &ReminderShell::updateSchedule);
    connect(&m_settings, &ReminderSettings::dailyChanged, this, &ReminderShell::applyTrayPolicy);
    connect(&m_settings, &ReminderSettings::breakChanged, this, &ReminderShell::applyTrayPolicy);
    connect(&m_settings, &ReminderSettings::startWithDesktopChanged, this,
            &ReminderShell::syncAutostart);
    connect(qApp, &QGuiApplication::lastWindowClosed, this, [this] {
        if (!staysInTray() || m_settings.trayHintShown())
            return;
        m_tray->icon()->showMessage(tr("Limber is still running"),
                                    tr("Your reminders keep coming. Quit Limber from its icon "
                                       "here."));
        m_settings.setTrayHintShown();
    });
    const auto hookSettings = [this] {
        m_window.frontend().setReminderSection([this] { return reminderSection(); });
    };
    if (m_window.isBuilt())
        hookSettings();
    else
        connect(&m_window, &LazyWindow::built, this, hookSettings);
    applyTrayPolicy();
    syncAutostart();
    updateSchedule();
    for (const QString &warning : m_settings.warnings())
        qWarning().noquote() << warning;
}

ReminderShell::~ReminderShell() = default;

bool ReminderShell::staysInTray() const
{
    return m_tray && m_settings.anyEnabled();
}

QString ReminderShell::routineTitle(const QString &id) const
{
    const StartRoutine found = chooseStartRoutine(id, m_appSettings, m_routines);
    if (!found.routine.ok())
        return id;
    const Routine &routine = *found.routine.routine;
    const qint64 ms =
        Timeline::build(routine, m_appSettings.timing(), m_routines.catalog()).totalMs();
    // To the nearest minute, as the Play view's "10 min 5 s" reads in a sentence.
    const int minutes = std::max(1, int((ms + 30'000) / 60'000));
    return tr("%1 (%2 min)").arg(routine.name).arg(minutes);
}

void ReminderShell::startRoutine(const QString &id)
{
    showWindow();
    const StartRoutine found = chooseStartRoutine(id, m_appSettings, m_routines);
    if (found.routine.ok())
        m_window.frontend().playNow(*found.routine.routine, found.id);
}

void ReminderShell::showWindow()
{
    QWidget &window = m_window.window();
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

void ReminderShell::applyTrayPolicy()
{
    if (m_tray)
        m_tray->setVisible(m_settings.anyEnabled());
    // With reminders off, closing quits as it always did.
    QGuiApplication::setQuitOnLastWindowClosed(!staysInTray());
    if (m_tray)
        m_tray->setRoutineTitle(routineTitle(m_settings.routine()));
}

void ReminderShell::syncAutostart()
{
    AutostartFile file;
    const bool ok = m_settings.startWithDesktop()
                        ? file.exists() || file.write(QCoreApplication::applicationFilePath())
                        : file.remove();
    if (!ok)
        qWarning().noquote() << tr("Could not change %1: %2").arg(file.path(), file.errorString());
}

void ReminderShell::updateSchedule()
{
    if (m_tray)
        m_tray->setSchedule(m_clock.now().date(), m_controller->nextDue(),
                            m_controller->pausedUntil());
}

WindowFrontend::ReminderSection ReminderShell::reminderSection()
{
    WindowFrontend::ReminderSection section;
    section.settings = &m_settings;
    section.routines = {{QString(), builtin::backAndHips(m_routines.catalog()).name},
                        {builtin::deskBreakId.toString(), builtin::deskBreak().name}};
    for (const StoredRoutine &stored : m_routines.routines())
        section.routines.append({stored.id, stored.routine.name});
    section.trayAvailable = m_tray != nullptr;
    // Asked once here: the answer only decides what the page says.
    section.idleTimeAvailable = m_idle.idleMs().has_value();
    return section;
}

} // namespace limber
