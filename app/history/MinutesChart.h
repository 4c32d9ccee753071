#pragma once

#include "history/HistoryStatistics.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace limber {

// Minutes practised per week as bars, one per week, the empty weeks included.
class MinutesChart : public QChartView
{
    Q_OBJECT

public:
    explicit MinutesChart(QWidget *parent = nullptr);

    void setWeeks(const QList<WeekMinutes> &weeks);

    QBarSet *minutes() const { return m_set; }
    QBarCategoryAxis *weekAxis() const { return m_x; }

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
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
};

} // namespace limber
