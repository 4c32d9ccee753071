#pragma once

#include <optional>
#include <QDateTime>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace limber {

// The tray icon (a StatusNotifierItem where the desktop has one, through Qt): Start the
// reminder's routine, Open Limber, Pause reminders, Quit; the tooltip names the next reminder.
// It only says what was chosen; the shell decides what follows.
class ReminderTray : public QObject
{
    Q_OBJECT

public:
    explicit ReminderTray(QObject *parent = nullptr);
    ~ReminderTray() override;

    static bool isAvailable();
    void setVisible(bool visible);
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    // "Back and hips (10 min)": the routine Start offers.
    void setRoutineTitle(const QString &title);
    // today: the wall clock's date, for "tomorrow 18:00".
    void setSchedule(QDate today, std::optional<QDateTime> next,
                     std::optional<QDateTime> pausedUntil);

Q_SIGNALS:
    void startRequested();
    void openRequested();
    void pauseForAnHourRequested();
    void pauseUntilTomorrowRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_start;
    QAction *m_open;
    QAction *m_pauseHour;
    QAction *m_pauseDay;
    QAction *m_quit;
    QString m_routineTitle;
    QDate m_today;
    std::optional<QDateTime> m_next;
    std::optional<QDateTime> m_pausedUntil;
};

} // namespace limber
