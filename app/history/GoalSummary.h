#pragma once

#include "history/HistoryStatistics.h"

#include <QFrame>

class QLabel;

namespace limber {

// The weekly goal and how it is going: days this week, and weeks in a row that met it. Weeks
// rather than a daily streak, so a day of rest that a sore back needs never breaks anything.
class GoalSummary : public QFrame
{
    Q_OBJECT

public:
    explicit GoalSummary(QWidget *parent = nullptr);

    void setProgress(const WeeklyGoalProgress &progress);
    const WeeklyGoalProgress &progress() const { return m_progress; }

    QLabel *goalLabel() const { return m_goal; }
    QLabel *thisWeekLabel() const { return m_thisWeek; }
    QLabel *weeksLabel() const { return m_weeks; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();

    WeeklyGoalProgress m_progress;
    QLabel *m_goal;
    QLabel *m_thisWeek;
    QLabel *m_weeks;
};

} // namespace limber
