#include "reminders/ReminderTray.h"

#include "widgets/AppIcon.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace limber {

namespace {
QString when(QDate today, const QDateTime &moment)
{
    const QLocale locale;
    const QString time = locale.toString(moment.time(), QLocale::ShortFormat);
    if (moment.date() == today)
        return time;
    if (moment.date() == today.addDays(1))
        return ReminderTray::tr("tomorrow %1").arg(time);
    return locale.dayName(moment.date().dayOfWeek()) + u' ' + time;
}
} // namespace

ReminderTray::ReminderTray(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(appIcon(64), this))
    , m_menu(new QMenu)
    , m_start(m_menu->addAction(QString()))
    , m_open(m_menu->addAction(QString()))
{
    m_menu->addSeparator();
    m_pauseHour = m_menu->addAction(QString());
    m_pauseDay = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_icon->setContextMenu(m_menu);
    connect(m_start, &QAction::triggered, this, &ReminderTray::startRequested);
    connect(m_open, &QAction::triggered, this, &ReminderTray::openRequested);
    connect(m_pauseHour, &QAction::triggered, this, &ReminderTray::pauseForAnHourRequested);
    connect(m_pauseDay, &QAction::triggered, this, &ReminderTray::pauseUntilTomorrowRequested);
    connect(m_quit, &QAction::triggered, this, &ReminderTray::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    Q_EMIT openRequested();
            });
    // The menu is no QObject child of ours (a QMenu wants a widget parent or none), so the
    // language change is heard on the application.
    qApp->installEventFilter(this);
    retranslate();
}

ReminderTray::~ReminderTray()
{
    delete m_menu;
}

bool ReminderTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void ReminderTray::setVisible(bool visible)
{
    m_icon->setVisible(visible);
}

void ReminderTray::setRoutineTitle(const QString &title)
{
    m_routineTitle = title;
    retranslate();
}

void ReminderTray::setSchedule(QDate today, std::optional<QDateTime> next,
                               std::optional<QDateTime> pausedUntil)
{
    m_today = today;
    m_next = std::move(next);
    m_pausedUntil = std::move(pausedUntil);
    retranslate();
}

bool ReminderTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReminderTray::retranslate()
{
    m_start->setText(tr("Start %1").arg(m_routineTitle));
    m_open->setText(tr("Open Limber"));
    m_pauseHour->setText(tr("Pause reminders for 1 hour"));
    m_pauseDay->setText(tr("Pause reminders until tomorrow"));
    m_quit->setText(tr("Quit"));
    QString tip = tr("Limber");
    if (m_pausedUntil && (!m_next || *m_next >= *m_pausedUntil))
        tip += u'\n' + tr("Reminders paused until %1").arg(when(m_today, *m_pausedUntil));
    else if (m_next)
        tip += u'\n' + tr("Next reminder: %1").arg(when(m_today, *m_next));
    else
        tip += u'\n' + tr("No reminder planned");
    m_icon->setToolTip(tip);
}

} // namespace limber
