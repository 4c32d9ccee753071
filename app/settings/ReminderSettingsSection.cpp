#include "settings/ReminderSettingsSection.h"

#include "reminders/ReminderSettings.h"
#include "settings/SettingsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace limber {

namespace {
constexpr int captionWidth = 420;
} // namespace

ReminderSettingsSection::ReminderSettingsSection(ReminderSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_form(createSettingsForm())
    , m_heading(createSectionHeading(this))
{
    m_daily = new QCheckBox(this);
    m_daily->setObjectName(QStringLiteral("dailyReminder"));
    addFormRow(m_form, m_daily);
    m_daysRow = buildDays();
    addFormRow(m_form, m_daysRow);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("reminderTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    addFormRow(m_form, m_time);
    m_routine = new QComboBox(this);
    m_routine->setObjectName(QStringLiteral("reminderRoutine"));
    addFormRow(m_form, m_routine);
    m_break = new QCheckBox(this);
    m_break->setObjectName(QStringLiteral("sittingBreak"));
    addFormRow(m_form, m_break);
    m_breakMinutes = new QSpinBox(this);
    m_breakMinutes->setObjectName(QStringLiteral("breakMinutes"));
    m_breakMinutes->setRange(ReminderSettings::breakMinutesRange.minimum,
                             ReminderSettings::breakMinutesRange.maximum);
    m_breakMinutes->setSingleStep(5);
    addFormRow(m_form, m_breakMinutes);
    m_idleCaption = createCaption(this);
    m_form->addRow(QString(), m_idleCaption);
    m_autostart = new QCheckBox(this);
    m_autostart->setObjectName(QStringLiteral("startWithDesktop"));
    addFormRow(m_form, m_autostart);
    m_trayCaption = createCaption(this);
    m_form->addRow(QString(), m_trayCaption);
    // A wrapping label in a form column is squeezed to its narrowest; these are sentences.
    for (QLabel *caption : {m_idleCaption, m_trayCaption})
        caption->setMinimumWidth(captionWidth);
    createSectionLayout(this, m_heading, m_form);

    retranslateUi();
    connect(m_daily, &QCheckBox::toggled, &m_settings, &ReminderSettings::setDailyEnabled);
    connect(m_time, &QTimeEdit::timeChanged, &m_settings, &ReminderSettings::setTime);
    onDataChosen(m_routine, this, [this](const QString &id) { m_settings.setRoutine(id); });
    connect(m_break, &QCheckBox::toggled, &m_settings, &ReminderSettings::setBreakEnabled);
    connect(m_breakMinutes, &QSpinBox::valueChanged, &m_settings,
            &ReminderSettings::setBreakMinutes);
    connect(m_autostart, &QCheckBox::toggled, &m_settings, &ReminderSettings::setStartWithDesktop);
    connect(&m_settings, &ReminderSettings::dailyChanged, this, &ReminderSettingsSection::refresh);
    connect(&m_settings, &ReminderSettings::breakChanged, this, &ReminderSettingsSection::refresh);
    connect(&m_settings, &ReminderSettings::startWithDesktopChanged, this,
            &ReminderSettingsSection::refresh);
    refresh();
}

QWidget *ReminderSettingsSection::buildDays()
{
    auto *row = new QWidget(this);
    QList<QWidget *> boxes;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(row);
        box->setObjectName(QStringLiteral("day%1").arg(day));
        connect(box, &QCheckBox::toggled, this, [this, day](bool on) {
            const DailyReminder::DayMask bit = 1u << (day - 1);
            m_settings.setDays(on ? m_settings.days() | bit : m_settings.days() & ~bit);
        });
        m_days.append(box);
        boxes.append(box);
    }
    layOutRow(row, 10, boxes);
    return row;
}

void ReminderSettingsSection::retranslateUi()
{
    m_heading->setText(tr("Reminders"));
    m_daily->setText(tr("Remind me to stretch"));
    setRowLabel(m_form, m_daily, tr("Daily reminder:"));
    setRowLabel(m_form, m_daysRow, tr("On:"));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QCheckBox *box = m_days.at(day - 1);
        box->setText(locale.dayName(day, QLocale::ShortFormat));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
    }
    setRowLabel(m_form, m_time, tr("At:"));
    setRowLabel(m_form, m_routine, tr("Routine:"));
    m_break->setText(tr("Remind me to stand up and stretch"));
    setRowLabel(m_form, m_break, tr("Sitting breaks:"));
    m_breakMinutes->setSuffix(tr(" min of computer use"));
    setRowLabel(m_form, m_breakMinutes, tr("After:"));
    m_autostart->setText(tr("Start Limber in the tray when I log in"));
    setRowLabel(m_form, m_autostart, tr("Start with the desktop:"));
    updateCaptions();
}

void ReminderSettingsSection::updateCaptions()
{
    m_idleCaption->setText(
        m_idleTimeAvailable
            ? tr("Time away from the keyboard for 5 minutes or more starts the count again.")
            : tr("This desktop does not say when you are away, so the time since Limber "
                 "started counts instead."));
    m_trayCaption->setText(
        m_trayAvailable ? tr("While a reminder is on, closing the window keeps Limber in the "
                             "tray.")
                        : tr("This desktop has no tray: reminders come only while Limber's "
                             "window is open or minimised."));
}

void ReminderSettingsSection::setRoutines(const QList<QPair<QString, QString>> &routines)
{
    const QSignalBlocker blocker(m_routine);
    m_routine->clear();
    for (const auto &[id, name] : routines)
        m_routine->addItem(name, id);
    refresh();
}

void ReminderSettingsSection::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    updateCaptions();
}

void ReminderSettingsSection::setIdleTimeAvailable(bool available)
{
    m_idleTimeAvailable = available;
    updateCaptions();
}

void ReminderSettingsSection::refresh()
{
    showChecked(m_daily, m_settings.dailyEnabled());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        showChecked(m_days.at(day - 1),
                    DailyReminder::contains(m_settings.days(), Qt::DayOfWeek(day)));
    {
        const QSignalBlocker blocker(m_time);
        m_time->setTime(m_settings.time());
    }
    showData(m_routine, m_settings.routine());
    showChecked(m_break, m_settings.breakEnabled());
    showValue(m_breakMinutes, m_settings.breakMinutes());
    showChecked(m_autostart, m_settings.startWithDesktop());
    for (QWidget *daily : {static_cast<QWidget *>(m_daysRow), static_cast<QWidget *>(m_time),
                           static_cast<QWidget *>(m_routine)})
        daily->setEnabled(m_settings.dailyEnabled());
    m_breakMinutes->setEnabled(m_settings.breakEnabled());
}

} // namespace limber
