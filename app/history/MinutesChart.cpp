#include "history/MinutesChart.h"

#include "history/ChartStyle.h"

#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace limber {

namespace {
// More weeks than this get a label only where a month starts: 52 dates side by side are
// unreadable, twelve month names are not.
constexpr int weeksLabelledEach = 16;
} // namespace

MinutesChart::MinutesChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_series(new QBarSeries(m_chart))
    , m_set(new QBarSet(QString(), m_series))
    , m_x(new QBarCategoryAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
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
    m_x->setGridLineVisible(false);
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
    const QLocale locale;
    const bool sparse = m_weeks.size() > weeksLabelledEach;
    QStringList labels;
    labels.reserve(m_weeks.size());
    for (qsizetype i = 0; i < m_weeks.size(); ++i) {
        const QDate start = m_weeks.at(i).weekStart;
        if (!sparse) {
            //: A week's label under the minutes chart: the date it starts (QDate format)
            labels.append(locale.toString(start, tr("d MMM")));
        } else if (i == 0 || start.month() != m_weeks.at(i - 1).weekStart.month()) {
            QString month = locale.toString(start, QStringLiteral("MMM"));
            // A year's weeks can touch the same month twice.
            if (labels.contains(month))
                month = locale.toString(start, QStringLiteral("MMM yyyy"));
            labels.append(month);
        } else {
            // Categories must differ from each other: the unlabelled weeks get distinct runs
            // of zero-width spaces.
            labels.append(QString(i, QChar(0x200B)));
        }
    }
    m_x->setCategories(labels);
}

} // namespace limber
