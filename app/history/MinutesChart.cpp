#include "history/MinutesChart.h"

#include "history/ChartStyle.h"

#include <cmath>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
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
    : ThemedChartView(parent)
    , m_chart(new QChart)
    , m_series(new QBarSeries(m_chart))
    , m_set(new QBarSet(QString(), m_series))
    , m_x(new QCategoryAxis(m_chart))
    , m_months(new QCategoryAxis(m_chart))
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
    m_chart->addAxis(m_months, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_months);
    m_series->attachAxis(m_y);
    m_chart->legend()->setVisible(false);
    for (QCategoryAxis *axis : {m_x, m_months})
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    // The months' line only names them; the week axis above it draws the ticks and the grid.
    m_months->setLineVisible(false);
    m_months->setGridLineVisible(false);
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
    viewport()->setAccessibleName(accessibleName()); // the part that takes focus
    updateLabels();
}

void MinutesChart::updateLabels()
{
    const qsizetype count = m_weeks.size();
    for (QCategoryAxis *axis : {m_x, m_months}) {
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        // Bar i stands at i; its week runs from i - 0.5 to i + 0.5.
        axis->setStartValue(-0.5);
        axis->setRange(-0.5, qreal(std::max<qsizetype>(count, 1)) - 0.5);
    }
    const QLocale locale;
    // Labels must differ from each other; a run of zero-width spaces is a distinct blank one.
    const auto unique = [](QCategoryAxis *axis, QString label) {
        while (label.isEmpty() || axis->categoriesLabels().contains(label))
            label.append(QChar(0x200B));
        return label;
    };
    const bool daysShown = count <= weeksLabelledEach;
    m_x->setVisible(daysShown);
    if (daysShown) {
        for (qsizetype i = 0; i < count; ++i) {
            const QString day = QString::number(m_weeks.at(i).weekStart.day());
            m_x->append(unique(m_x, day), qreal(i) + 0.5);
        }
    }
    // Each month's name over its weeks. Over a year a month of a single week at either end
    // stays blank: its name would not fit the one narrow bar.
    qsizetype first = 0;
    for (qsizetype i = 1; i <= count; ++i) {
        if (i < count && m_weeks.at(i).weekStart.month() == m_weeks.at(first).weekStart.month())
            continue;
        const bool named = daysShown || i - first >= 2;
        const QString month =
            named ? locale.toString(m_weeks.at(first).weekStart, QStringLiteral("MMM")) : QString();
        m_months->append(unique(m_months, month), qreal(i) - 0.5);
        first = i;
    }
}

} // namespace limber
