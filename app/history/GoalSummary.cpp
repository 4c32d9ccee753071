#include "history/GoalSummary.h"

#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace limber {

GoalSummary::GoalSummary(QWidget *parent)
    : QFrame(parent)
    , m_goal(new QLabel(this))
    , m_thisWeek(new QLabel(this))
    , m_weeks(new QLabel(this))
{
    m_goal->setFont(scaledFont(font(), 1.1, true));
    for (QLabel *label : {m_goal, m_thisWeek, m_weeks})
        label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(m_goal);
    layout->addWidget(m_thisWeek);
    layout->addWidget(m_weeks);
    retranslateUi();
}

void GoalSummary::setProgress(const WeeklyGoalProgress &progress)
{
    m_progress = progress;
    retranslateUi();
}

void GoalSummary::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void GoalSummary::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    paintTintedBox(painter, rect(), palette().color(QPalette::Window),
                   palette().color(QPalette::Highlight), 0.35,
                   m_progress.thisWeekMet() ? 0.16 : 0.07);
    QFrame::paintEvent(event);
}

void GoalSummary::retranslateUi()
{
    const WeeklyGoalProgress &p = m_progress;
    m_goal->setText(tr("Goal: %n day(s) a week", nullptr, p.goalDays));
    if (p.thisWeekMet())
        m_thisWeek->setText(tr("This week: %n day(s), goal met", nullptr, p.daysThisWeek));
    else
        m_thisWeek->setText(
            tr("This week: %1 of %n day(s)", nullptr, p.goalDays).arg(p.daysThisWeek));
    if (p.weeksInARow > 0)
        m_weeks->setText(tr("%n week(s) in a row met the goal", nullptr, p.weeksInARow));
    else
        m_weeks->setText(tr("Each week that meets the goal adds to a run of weeks."));
    setToolTip(tr("Weeks, not days: a day of rest never breaks the run."));
    update();
}

} // namespace limber
