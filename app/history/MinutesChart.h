#pragma once

#include "history/HistoryStatistics.h"

#include <QChartView>

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QValueAxis;

namespace limber {

// Minutes practised per week as bars, one per week, the empty weeks included. The weeks are
// labelled on a category axis of ranges rather than a QBarCategoryAxis, which gives every bar a
// label of its own: a year's 52 would be cut to "…", while a month's name can span its weeks.
class MinutesChart : public QChartView
{
    Q_OBJECT

public:
    explicit MinutesChart(QWidget *parent = nullptr);

    void setWeeks(const QList<WeekMinutes> &weeks);

    QBarSet *minutes() const { return m_set; }
    QCategoryAxis *weekAxis() const { return m_x; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void retranslateUi();
    void updateLabels();

    QList<WeekMinutes> m_weeks;
    QChart *m_chart;
    QBarSeries *m_series;
    QBarSet *m_set;
    QCategoryAxis *m_x;
    QValueAxis *m_y;
};

} // namespace limber
