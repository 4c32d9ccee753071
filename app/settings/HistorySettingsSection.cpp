#include "settings/HistorySettingsSection.h"

#include "settings/SettingsForm.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace limber {

HistorySettingsSection::HistorySettingsSection(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_form(createSettingsForm())
    , m_heading(createSectionHeading(this))
    , m_askPain(new QCheckBox(this))
    , m_goal(new QSpinBox(this))
{
    m_askPain->setObjectName(QStringLiteral("askPainBefore"));
    m_goal->setObjectName(QStringLiteral("weeklyGoal"));
    m_goal->setRange(Settings::weeklyGoalRange.minimum, Settings::weeklyGoalRange.maximum);
    addFormRow(m_form, m_askPain);
    addFormRow(m_form, m_goal);
    createSectionLayout(this, m_heading, m_form);
    retranslateUi();

    connect(m_askPain, &QCheckBox::toggled, &m_settings, &Settings::setAskPainBefore);
    connect(m_goal, &QSpinBox::valueChanged, &m_settings, &Settings::setWeeklyGoalDays);
    connect(&m_settings, &Settings::historyChanged, this, &HistorySettingsSection::refresh);
    refresh();
}

void HistorySettingsSection::retranslateUi()
{
    m_heading->setText(tr("History"));
    setRowLabel(m_form, m_askPain, tr("Pain rating:"));
    m_askPain->setText(tr("Ask how my back is before each session"));
    m_askPain->setAccessibleName(tr("Ask how my back is before each session"));
    setRowLabel(m_form, m_goal, tr("Weekly goal:"));
    // The unit follows the number: "1 day a week", "3 days a week".
    m_goal->setSuffix(tr(" day(s) a week", nullptr, m_goal->value()));
    m_goal->setAccessibleName(tr("Days a week to practise"));
    m_goal->setToolTip(tr("A weekly goal, not a daily streak: a day of rest does not break it."));
}

void HistorySettingsSection::refresh()
{
    const QSignalBlocker askBlocker(m_askPain);
    const QSignalBlocker goalBlocker(m_goal);
    m_askPain->setChecked(m_settings.askPainBefore());
    m_goal->setValue(m_settings.weeklyGoalDays());
    m_goal->setSuffix(tr(" day(s) a week", nullptr, m_goal->value()));
}

} // namespace limber
