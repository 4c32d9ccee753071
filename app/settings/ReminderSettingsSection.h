#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace limber {

class ReminderSettings;

// The daily reminder (days, time, routine), the sitting-break nudge, and starting with the
// desktop; each edits ReminderSettings at once. What the desktop can do (a tray, idle time)
// is told to it by the shell, and said under the settings it affects.
class ReminderSettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit ReminderSettingsSection(ReminderSettings &settings, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void retranslateUi();

    // (id, name) of the routines the daily reminder may offer; an empty id is the built-in.
    void setRoutines(const QList<QPair<QString, QString>> &routines);
    void setTrayAvailable(bool available);
    void setIdleTimeAvailable(bool available);

    QCheckBox *dailyCheck() const { return m_daily; }
    QCheckBox *breakCheck() const { return m_break; }
    QCheckBox *autostartCheck() const { return m_autostart; }
    QTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *breakMinutesBox() const { return m_breakMinutes; }
    QCheckBox *dayCheck(int dayOfWeek) const { return m_days.value(dayOfWeek - 1); }

private:
    QWidget *buildDays();
    void refresh();
    void updateCaptions();

    ReminderSettings &m_settings;
    QFormLayout *m_form;
    QLabel *m_heading;
    QCheckBox *m_daily;
    QWidget *m_daysRow;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_time;
    QComboBox *m_routine;
    QCheckBox *m_break;
    QSpinBox *m_breakMinutes;
    QLabel *m_idleCaption;
    QCheckBox *m_autostart;
    QLabel *m_trayCaption;
    bool m_trayAvailable = true;
    bool m_idleTimeAvailable = true;
};

} // namespace limber
