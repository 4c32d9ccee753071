#pragma once

#include "history/HistoryStatistics.h"
#include "history/ThemedChartView.h"

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QValueAxis;

namespace limber {

// Minutes practised per week as bars, one per week, the empty weeks included. The weeks are
// labelled on category axes of ranges rather than a QBarCategoryAxis, which gives every bar a
// label of its own: a year's 52 would be cut to "…", while a month's name can span its weeks.
class MinutesChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit MinutesChart(QWidget *parent = nullptr);

    void setWeeks(const QList<WeekMinutes> &weeks);

    QBarSet *minutes() const { return m_set; }
    // The day each week starts (hidden for a year's weeks) and, below it, the months.
    QCategoryAxis *weekAxis() const { return m_x; }
    QCategoryAxis *monthAxis() const { return m_months; }

private:
    void restyle() override;
    void retranslateUi() override;
    void updateLabels();

    QList<WeekMinutes> m_weeks;
    QChart *m_chart;
    QBarSeries *m_series;
    QBarSet *m_set;
    QCategoryAxis *m_x;
    QCategoryAxis *m_months;
    QValueAxis *m_y;
};

} // namespace limber
