#include "history/PainChangeLabel.h"

#include <cmath>
#include <QEvent>
#include <QLocale>

namespace limber {

PainChangeLabel::PainChangeLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    retranslateUi();
}

void PainChangeLabel::showChange(const PainChangeSummary &summary, int days)
{
    m_summary = summary;
    m_days = days;
    retranslateUi();
}

void PainChangeLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PainChangeLabel::retranslateUi()
{
    if (m_summary.sessions == 0) {
        setText(tr("Rate your pain before and after a session to see whether it helps."));
        return;
    }
    const double rounded = std::round(std::abs(m_summary.averageChange) * 10) / 10;
    const QString amount = QLocale().toString(rounded, 'f', 1);
    if (rounded == 0) {
        setText(tr("After is the same as before on average over the last %1 days "
                   "(%n session(s))",
                   nullptr, m_summary.sessions)
                    .arg(m_days));
    } else if (m_summary.averageChange < 0) {
        setText(tr("After is %1 lower on average over the last %2 days (%n session(s))", nullptr,
                   m_summary.sessions)
                    .arg(amount)
                    .arg(m_days));
    } else {
        setText(tr("After is %1 higher on average over the last %2 days "
                   "(%n session(s))",
                   nullptr, m_summary.sessions)
                    .arg(amount)
                    .arg(m_days));
    }
}

} // namespace limber
