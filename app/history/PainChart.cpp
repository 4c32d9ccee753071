#include "history/PainChart.h"

#include "history/ChartStyle.h"
#include "history/HistoryStatistics.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
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

// A month's days are joined as they are.
constexpr int daysJoined = 31;

// Midday, so that a day's point sits in the middle of its day on the time axis.
qreal dayPosition(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

// Each day's mean of the days within halfWidth days of it: the trend without the day-to-day
// swings. points are in time order.
QList<QPointF> movingAverage(const QList<QPointF> &points, int halfWidth)
{
    const qreal reach = qreal(halfWidth) * 24 * 60 * 60 * 1000;
    QList<QPointF> averaged;
    averaged.reserve(points.size());
    qsizetype first = 0;
    qsizetype last = 0; // one past the window
    qreal sum = 0;
    for (const QPointF &point : points) {
        while (last < points.size() && points.at(last).x() <= point.x() + reach)
            sum += points.at(last++).y();
        while (points.at(first).x() < point.x() - reach)
            sum -= points.at(first++).y();
        averaged.append(QPointF(point.x(), sum / qreal(last - first)));
    }
    return averaged;
}
} // namespace

PainChart::PainChart(QWidget *parent)
    : ThemedChartView(parent)
    , m_chart(new QChart)
    , m_before(new QLineSeries(m_chart))
    , m_after(new QLineSeries(m_chart))
    , m_beforeDays(new QScatterSeries(m_chart))
    , m_afterDays(new QScatterSeries(m_chart))
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
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *series :
         std::initializer_list<QXYSeries *>{m_before, m_after, m_beforeDays, m_afterDays}) {
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    // The legend names the colours once, by the lines.
    for (QScatterSeries *dots : {m_beforeDays, m_afterDays}) {
        for (QLegendMarker *marker : m_chart->legend()->markers(dots))
            marker->setVisible(false);
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
    m_beforeDays->replace(before);
    m_afterDays->replace(after);
    const int halfWidth = days <= 92 ? 7 : 21;
    m_before->replace(days <= daysJoined ? before : movingAverage(before, halfWidth));
    m_after->replace(days <= daysJoined ? after : movingAverage(after, halfWidth));

    m_x->setRange(QDateTime(from, QTime(0, 0)), QDateTime(today.addDays(1), QTime(0, 0)));
    // A label about every five days, fortnight or two months: a year's dates every month do
    // not fit side by side in German ("5. Dez.").
    m_x->setTickCount(days <= 31 ? 6 : 7);
    styleSeries();
}

void PainChart::restyle()
{
    styleChart(*m_chart, palette(), font());
    styleSeries();
}

void PainChart::styleSeries()
{
    const QPalette colors = palette();
    const bool joined = m_days <= daysJoined;
    const QColor before = painBeforeColor(colors);
    const QColor after = painAfterColor(colors);
    // Before and after differ in more than hue: "after" is dashed, its days are squares.
    m_before->setPen(QPen(before, joined ? 2.0 : 2.5));
    m_after->setPen(QPen(after, joined ? 2.0 : 2.5, Qt::DashLine));
    // Behind a trend line the days are only its background: smaller and faint.
    const auto styleDots = [joined](QScatterSeries *dots, QColor color) {
        color.setAlphaF(joined ? 1.0f : 0.35f);
        dots->setColor(color);
        dots->setBorderColor(color);
        dots->setMarkerSize(joined ? 9 : 6);
    };
    styleDots(m_beforeDays, before);
    styleDots(m_afterDays, after);
    m_afterDays->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
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
    viewport()->setAccessibleName(accessibleName()); // the part that takes focus
}

} // namespace limber
