#include "history/PeriodSelector.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace limber {

PeriodSelector::PeriodSelector(int days, QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    for (int period : periods) {
        auto *button = new QPushButton(this);
        button->setCheckable(true);
        m_buttons->addButton(button, period);
        row->addWidget(button);
    }
    connect(m_buttons, &QButtonGroup::idClicked, this, &PeriodSelector::periodChosen);
    connect(m_buttons, &QButtonGroup::idToggled, this, [this](int period, bool checked) {
        QAbstractButton *button = m_buttons->button(period);
        QFont bold = button->font();
        bold.setBold(checked);
        button->setFont(bold);
    });
    setPeriod(days);
    retranslateUi();
}

bool PeriodSelector::setPeriod(int days)
{
    QAbstractButton *chosen = m_buttons->button(days);
    if (!chosen)
        return false;
    chosen->setChecked(true);
    return true;
}

QAbstractButton *PeriodSelector::button(int days) const
{
    return m_buttons->button(days);
}

void PeriodSelector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PeriodSelector::retranslateUi()
{
    for (int period : periods) {
        QAbstractButton *button = m_buttons->button(period);
        button->setText(tr("%n day(s)", nullptr, period));
        button->setAccessibleName(tr("Last %n day(s)", nullptr, period));
    }
}

} // namespace limber
