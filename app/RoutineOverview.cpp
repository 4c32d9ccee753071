#include "RoutineOverview.h"

#include "Catalog.h"
#include "DurationText.h"
#include "RoutineStepItemDelegate.h"
#include "RoutineStepListModel.h"
#include "Timeline.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace limber {

RoutineOverview::RoutineOverview(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_steps(new QListView(this))
    , m_model(new RoutineStepListModel(catalog, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Routine name"));
    m_summary->setAccessibleName(tr("Routine length"));

    m_steps->setModel(m_model);
    m_steps->setItemDelegate(new RoutineStepItemDelegate(m_steps));
    m_steps->setAccessibleName(tr("Stretches in this routine"));
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setUniformItemSizes(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_steps, 1);
}

void RoutineOverview::showRoutine(const Routine &routine, const TimingPreferences &preferences)
{
    const Timeline timeline = Timeline::build(routine, preferences, m_catalog);
    m_title->setText(routine.name);
    m_summary->setText(tr("%n stretch(es) · %1 in all", nullptr, timeline.stretchCount())
                           .arg(durationText(timeline.totalMs())));
    m_model->setRoutine(routine, preferences);
}

} // namespace limber
