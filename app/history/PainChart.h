#pragma once

#include "history/Session.h"
#include "history/ThemedChartView.h"

#include <QDate>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace limber {

class HistoryStatistics;

// Pain before and after the sessions of the last days, one dot a day (the day's average, so a
// series never has more points than the period has days, however many devices played). Over a
// month a line joins the dots; over longer periods the line is a moving average, as a year of
// daily ups and downs joined up is only noise.
class PainChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit PainChart(QWidget *parent = nullptr);

    // sessions oldest first; days counts today.
    void setSessions(const QList<Session> &sessions, const HistoryStatistics &statistics,
                     QDate today, int days);

    QScatterSeries *beforeDays() const { return m_beforeDays; }
    QScatterSeries *afterDays() const { return m_afterDays; }
    QLineSeries *beforeLine() const { return m_before; }
    QLineSeries *afterLine() const { return m_after; }

private:
    void restyle() override;
    void styleSeries();
    void retranslateUi() override;

    QChart *m_chart;
    QLineSeries *m_before;
    QLineSeries *m_after;
    QScatterSeries *m_beforeDays;
    QScatterSeries *m_afterDays;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    int m_days = 30;
};

} // namespace limber
