#include "player/RoutineOverview.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"
#include "player/RoutineStepItemDelegate.h"
#include "player/RoutineStepListModel.h"
#include "widgets/DurationText.h"

#include <QEvent>
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

    m_steps->setModel(m_model);
    m_steps->setItemDelegate(new RoutineStepItemDelegate(m_steps));
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setUniformItemSizes(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_steps, 1);
    retranslateUi();
}

void RoutineOverview::showRoutine(const Routine &routine, const TimingPreferences &preferences)
{
    const Timeline timeline = Timeline::build(routine, preferences, m_catalog);
    m_title->setText(routine.name);
    m_stretchCount = timeline.stretchCount();
    m_totalMs = timeline.totalMs();
    showLength();
    m_model->setRoutine(routine, preferences);
}

void RoutineOverview::setRoutineName(const QString &name)
{
    m_title->setText(name);
}

void RoutineOverview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RoutineOverview::retranslateUi()
{
    m_title->setAccessibleDescription(tr("Routine name"));
    m_summary->setAccessibleDescription(tr("Routine length"));
    m_steps->setAccessibleName(tr("Stretches in this routine"));
    // Nothing to word before the first routine is shown.
    if (!m_summary->text().isEmpty())
        showLength();
    m_model->retranslate();
}

void RoutineOverview::showLength()
{
    m_summary->setText(
        tr("%n stretch(es) · %1 in all", nullptr, m_stretchCount).arg(durationText(m_totalMs)));
}

} // namespace limber
