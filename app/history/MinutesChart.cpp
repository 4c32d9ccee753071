#include "history/MinutesChart.h"

#include "history/ChartStyle.h"

#include <cmath>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace limber {

namespace {
// More weeks than this are labelled by month: 52 dates side by side are unreadable, twelve
// month names are not.
constexpr int weeksLabelledEach = 16;
} // namespace

MinutesChart::MinutesChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_series(new QBarSeries(m_chart))
    , m_set(new QBarSet(QString(), m_series))
    , m_x(new QCategoryAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    // Nothing to do on a chart with the keyboard: Tab goes on to the next control.
    setFocusPolicy(Qt::NoFocus);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_chart->legend()->setVisible(false);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    setMinimumHeight(150);
    restyle();
    retranslateUi();
}

void MinutesChart::setWeeks(const QList<WeekMinutes> &weeks)
{
    m_weeks = weeks;
    QList<qreal> values;
    values.reserve(weeks.size());
    qreal most = 0;
    for (const WeekMinutes &week : weeks) {
        values.append(std::round(week.minutes));
        most = std::max(most, week.minutes);
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    updateLabels();
    // Round steps of ten minutes or more; an empty chart still shows a sensible scale.
    const qreal step = most <= 40 ? 10 : most <= 100 ? 20 : most <= 250 ? 50 : 100;
    const int steps = std::max(2, int(std::ceil(most / step)));
    m_y->setRange(0, steps * step);
    m_y->setTickCount(steps + 1);
}

void MinutesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MinutesChart::restyle()
{
    styleChart(*m_chart, palette(), font());
    const QColor bar = minutesBarColor(palette());
    m_set->setColor(bar);
    m_set->setBorderColor(bar);
}

void MinutesChart::retranslateUi()
{
    m_set->setLabel(tr("Minutes"));
    m_y->setTitleText(tr("Minutes"));
    setAccessibleName(tr("Minutes per week"));
    updateLabels();
}

void MinutesChart::updateLabels()
{
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    const qsizetype count = m_weeks.size();
    // Bar i stands at i; its week runs from i - 0.5 to i + 0.5.
    m_x->setStartValue(-0.5);
    m_x->setRange(-0.5, qreal(std::max<qsizetype>(count, 1)) - 0.5);
    const QLocale locale;
    // Labels must differ from each other; a run of zero-width spaces is a distinct blank one.
    const auto unique = [this](QString label) {
        while (label.isEmpty() || m_x->categoriesLabels().contains(label))
            label.append(QChar(0x200B));
        return label;
    };
    if (count <= weeksLabelledEach) {
        // The day each week starts, and its month where the month changes: "16", "23", "30",
        // "7 Dec".
        for (qsizetype i = 0; i < count; ++i) {
            const QDate start = m_weeks.at(i).weekStart;
            // Not on the first week: "13 Sep" is too wide for a week at 1366 × 768.
            const bool newMonth = i > 0 && start.month() != m_weeks.at(i - 1).weekStart.month();
            //: A week's label under the minutes chart where a month begins (QDate format)
            const QString format = newMonth ? tr("d MMM") : QStringLiteral("d");
            m_x->append(unique(locale.toString(start, format)), qreal(i) + 0.5);
        }
        return;
    }
    // A year: the months' names, each over its weeks; a month of a single week at either end
    // stays blank, as its name would not fit.
    qsizetype first = 0;
    for (qsizetype i = 1; i <= count; ++i) {
        if (i < count && m_weeks.at(i).weekStart.month() == m_weeks.at(first).weekStart.month())
            continue;
        const QString month =
            i - first >= 2 ? locale.toString(m_weeks.at(first).weekStart, QStringLiteral("MMM"))
                           : QString();
        m_x->append(unique(month), qreal(i) - 0.5);
        first = i;
    }
}

} // namespace limber
