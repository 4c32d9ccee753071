#include "player/RoutineStepListModel.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"

namespace limber {

RoutineStepListModel::RoutineStepListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

void RoutineStepListModel::setRoutine(const Routine &routine, const TimingPreferences &preferences)
{
    beginResetModel();
    m_routine = routine;
    m_preferences = preferences;
    endResetModel();
}

void RoutineStepListModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {Qt::DisplayRole, Qt::ToolTipRole, DetailRole});
}

int RoutineStepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routine.steps.size());
}

QVariant RoutineStepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutineStep &step = m_routine.steps.at(index.row());
    const Stretch *stretch = m_catalog.find(step.stretchId);
    switch (role) {
    case Qt::DisplayRole:
        return stretch ? stretch->name() : step.stretchId;
    case Qt::ToolTipRole:
        return stretch ? stretch->summary() : QString();
    case StretchIdRole:
        return step.stretchId;
    case HoldSecondsRole:
        return holdSecondsOf(step);
    case DetailRole:
        return detailOf(step);
    default:
        return {};
    }
}

QHash<int, QByteArray> RoutineStepListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StretchIdRole, "stretchId");
    names.insert(HoldSecondsRole, "holdSeconds");
    names.insert(DetailRole, "detail");
    return names;
}

int RoutineStepListModel::holdSecondsOf(const RoutineStep &step) const
{
    const Stretch *stretch = m_catalog.find(step.stretchId);
    return stretch ? effectiveHoldSeconds(step, *stretch, m_preferences) : 0;
}

QString RoutineStepListModel::detailOf(const RoutineStep &step) const
{
    const Stretch *stretch = m_catalog.find(step.stretchId);
    const int seconds = holdSecondsOf(step);
    QString detail;
    if (!stretch || !stretch->isSided())
        detail = tr("%1 s").arg(seconds);
    else if (step.sides == Sides::Both)
        detail = tr("%1 s each side").arg(seconds);
    else if (step.sides == Sides::Left)
        detail = tr("%1 s, left side only").arg(seconds);
    else
        detail = tr("%1 s, right side only").arg(seconds);
    if (step.repeat > 1)
        detail = tr("%1, %n times", nullptr, step.repeat).arg(detail);
    return detail;
}

} // namespace limber
