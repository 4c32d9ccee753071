#include "routines/RoutineTimingPanel.h"

#include "widgets/DurationText.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limber {

RoutineTimingPanel::RoutineTimingPanel(QWidget *parent)
    : QWidget(parent)
    , m_box(new QGroupBox(this))
{
    // A grid rather than a form, so the boxes line up whatever the settings' texts are. The
    // "use my settings" switch sits under its label: side by side, the German and Spanish
    // texts made the editor wider than a laptop screen.
    auto *grid = new QGridLayout(m_box);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(0, 1);
    for (int field = 0; field < fieldCount; ++field) {
        Row &row = m_rows.at(field);
        row.label = new QLabel(m_box);
        row.follows = new QCheckBox(m_box);
        row.seconds = new QSpinBox(m_box);
        row.label->setBuddy(row.follows);
        const bool warmup = field == Warmup;
        row.seconds->setRange(0, warmup ? limits::maxWarmupSeconds : limits::maxGapSeconds);
        row.seconds->setSingleStep(warmup ? 30 : 5);
        row.label->setWordWrap(true);
        if (field > 0)
            grid->setRowMinimumHeight(2 * field, 30);
        grid->addWidget(row.label, 2 * field, 0, Qt::AlignBottom);
        grid->addWidget(row.seconds, 2 * field, 1, 2, 1, Qt::AlignVCenter);
        grid->addWidget(row.follows, 2 * field + 1, 0);

        connect(row.follows, &QCheckBox::toggled, this, [this, field](bool follows) {
            Row &row = m_rows.at(field);
            row.value = follows ? std::nullopt : std::optional<int>(row.seconds->value());
            showRows();
            Q_EMIT timingsEdited();
        });
        connect(row.seconds, &QSpinBox::valueChanged, this, [this, field](int seconds) {
            Row &row = m_rows.at(field);
            if (!row.value)
                return;
            row.value = seconds;
            Q_EMIT timingsEdited();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    retranslateUi();
}

void RoutineTimingPanel::setRoutine(const Routine &routine)
{
    m_rows.at(Prepare).value = routine.prepareSeconds;
    m_rows.at(Rest).value = routine.restSeconds;
    m_rows.at(Switch).value = routine.switchSeconds;
    m_rows.at(Warmup).value = routine.warmupSeconds;
    showRows();
}

void RoutineTimingPanel::applyTo(Routine &routine) const
{
    routine.prepareSeconds = m_rows.at(Prepare).value;
    routine.restSeconds = m_rows.at(Rest).value;
    routine.switchSeconds = m_rows.at(Switch).value;
    routine.warmupSeconds = m_rows.at(Warmup).value;
}

void RoutineTimingPanel::setPreferences(const TimingPreferences &preferences)
{
    m_preferences = preferences;
    showRows();
}

void RoutineTimingPanel::setEditable(bool editable)
{
    m_editable = editable;
    showRows();
}

void RoutineTimingPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RoutineTimingPanel::retranslateUi()
{
    m_box->setTitle(tr("Routine timing"));
    const std::array<QString, fieldCount> labels = {tr("Get ready"), tr("Rest between stretches"),
                                                    tr("Switch sides"), tr("Warm-up")};
    for (int field = 0; field < fieldCount; ++field) {
        const Row &row = m_rows.at(field);
        row.label->setText(labels.at(field));
        row.follows->setAccessibleName(tr("%1: use my settings").arg(labels.at(field)));
        row.seconds->setAccessibleName(tr("%1 in seconds").arg(labels.at(field)));
        row.seconds->setSuffix(tr(" s"));
        row.seconds->setSpecialValueText(tr("None"));
    }
    showRows();
}

int RoutineTimingPanel::preferred(Field field) const
{
    switch (field) {
    case Prepare:
        return m_preferences.prepareSeconds;
    case Rest:
        return m_preferences.restSeconds;
    case Switch:
        return m_preferences.switchSeconds;
    case Warmup:
        break;
    }
    return m_preferences.warmupSeconds;
}

void RoutineTimingPanel::showRows()
{
    for (int field = 0; field < fieldCount; ++field) {
        Row &row = m_rows.at(field);
        const int preference = preferred(Field(field));
        const QSignalBlocker blockFollows(row.follows);
        const QSignalBlocker blockSeconds(row.seconds);
        row.follows->setText(
            tr("Use my settings (%1)")
                .arg(preference > 0 ? durationText(qint64(preference) * 1000) : tr("none")));
        row.follows->setChecked(!row.value);
        // While it follows the settings the box shows what they give, the value to start from.
        row.seconds->setValue(row.value.value_or(preference));
        row.follows->setEnabled(m_editable);
        row.seconds->setEnabled(m_editable && row.value.has_value());
    }
}

} // namespace limber
