#include "history/PainChart.h"

#include "history/ChartStyle.h"
#include "history/HistoryStatistics.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>

namespace limber {

namespace {
struct DayPain
{
    double before = 0;
    int befores = 0;
    double after = 0;
    int afters = 0;
};

// Midday, so that a day's point sits in the middle of its day on the time axis.
qreal dayPosition(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}
} // namespace

PainChart::PainChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_before(new QLineSeries(m_chart))
    , m_after(new QLineSeries(m_chart))
    , m_x(new QDateTimeAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    // Nothing to do on a chart with the keyboard: Tab goes on to the next control.
    setFocusPolicy(Qt::NoFocus);
    // The chart draws its own rounded card; around it the page shows through.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    m_chart->addSeries(m_before);
    m_chart->addSeries(m_after);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *series : {m_before, m_after}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_y->setRange(minPain, maxPain);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    setMinimumHeight(180);
    restyle();
    retranslateUi();
}

void PainChart::setSessions(const QList<Session> &sessions, const HistoryStatistics &statistics,
                            QDate today, int days)
{
    m_days = days;
    const QDate from = today.addDays(1 - days);
    QMap<QDate, DayPain> byDay;
    // Newest first, stopping at the period's start: a long history costs only its last days.
    for (auto it = sessions.crbegin(); it != sessions.crend(); ++it) {
        const QDate date = statistics.localDate(it->started);
        if (date < from)
            break;
        if (date > today)
            continue;
        DayPain &day = byDay[date];
        if (it->painBefore) {
            day.before += *it->painBefore;
            ++day.befores;
        }
        if (it->painAfter) {
            day.after += *it->painAfter;
            ++day.afters;
        }
    }
    QList<QPointF> before;
    QList<QPointF> after;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const qreal x = dayPosition(it.key());
        if (it->befores > 0)
            before.append(QPointF(x, it->before / it->befores));
        if (it->afters > 0)
            after.append(QPointF(x, it->after / it->afters));
    }
    m_before->replace(before);
    m_after->replace(after);

    m_x->setRange(QDateTime(from, QTime(0, 0)), QDateTime(today.addDays(1), QTime(0, 0)));
    // About one label a week, fortnight or month.
    m_x->setTickCount(days <= 31 ? 6 : days <= 92 ? 7 : 13);
    const bool dense = days > 92;
    for (QLineSeries *series : {m_before, m_after}) {
        series->setPointsVisible(!dense);
        series->setMarkerSize(days <= 31 ? 7 : 5);
    }
    restyle();
}

void PainChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PainChart::restyle()
{
    styleChart(*m_chart, palette(), font());
    const QPalette colors = palette();
    const qreal width = m_days > 92 ? 1.5 : 2.0;
    QPen before(painBeforeColor(colors), width);
    m_before->setPen(before);
    m_before->setColor(before.color());
    QPen after(painAfterColor(colors), width);
    m_after->setPen(after);
    m_after->setColor(after.color());
}

void PainChart::retranslateUi()
{
    m_before->setName(tr("Before"));
    m_after->setName(tr("After"));
    m_y->setTitleText(tr("Pain (0–10)"));
    //: Date labels on the pain chart's time axis (QDateTime format)
    m_x->setFormat(tr("d MMM"));
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
    setAccessibleName(tr("Pain before and after each session"));
}

} // namespace limber
