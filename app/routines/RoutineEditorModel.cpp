#include "routines/RoutineEditorModel.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"
#include "widgets/DayText.h"
#include "widgets/DurationText.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace limber {

namespace {
const QString stretchKey = QStringLiteral("stretch");
const QString holdKey = QStringLiteral("hold_seconds");
const QString sidesKeyName = QStringLiteral("sides");
const QString repeatKey = QStringLiteral("repeat");

bool isWholeNumberIn(const QJsonValue &value, int minimum, int maximum)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number == double(qint64(number)) && number >= minimum && number <= maximum;
}
} // namespace

RoutineEditorModel::RoutineEditorModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

void RoutineEditorModel::setSteps(const QList<RoutineStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

void RoutineEditorModel::setPreferences(const TimingPreferences &preferences)
{
    m_preferences = preferences;
    refreshDetails();
}

void RoutineEditorModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void RoutineEditorModel::setThumbnailProvider(std::function<QPixmap(const QString &)> provider)
{
    m_thumbnail = std::move(provider);
}

void RoutineEditorModel::retranslate()
{
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

bool RoutineEditorModel::insertStep(int row, const RoutineStep &step)
{
    if (row < 0 || row > rowCount() || rowCount() >= limits::maxSteps ||
        !m_catalog.contains(step.stretchId))
        return false;
    beginInsertRows({}, row, row);
    m_steps.insert(row, step);
    endInsertRows();
    return true;
}

bool RoutineEditorModel::setStep(int row, const RoutineStep &step)
{
    if (row < 0 || row >= rowCount() || !m_catalog.contains(step.stretchId))
        return false;
    if (m_steps.at(row) == step)
        return true;
    m_steps[row] = step;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    return true;
}

bool RoutineEditorModel::moveStep(int from, int to)
{
    // moveRows counts the destination before the move: one further when moving down.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

void RoutineEditorModel::setHurtMarks(QHash<QString, QDateTime> marks)
{
    if (marks == m_hurtMarks)
        return;
    m_hurtMarks = std::move(marks);
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_steps.size()) - 1), {HurtOnRole, Qt::ToolTipRole});
}

int RoutineEditorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant RoutineEditorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutineStep &step = m_steps.at(index.row());
    const Stretch *stretch = m_catalog.find(step.stretchId);
    switch (role) {
    case Qt::DisplayRole:
        return stretch ? stretch->name() : step.stretchId;
    case Qt::AccessibleTextRole:
        return tr("%1. %2").arg(index.row() + 1).arg(stretch ? stretch->name() : step.stretchId);
    case Qt::AccessibleDescriptionRole:
    case DetailRole:
        return detailOf(step);
    case Qt::ToolTipRole:
        if (m_hurtMarks.contains(step.stretchId))
            return tr("This hurt on %1: go gentler, or leave it out for now.")
                .arg(shortDayText(m_hurtMarks.value(step.stretchId).date()));
        return stretch ? stretch->summary() : QString();
    case HurtOnRole:
        return m_hurtMarks.value(step.stretchId);
    case Qt::DecorationRole:
        return m_thumbnail ? m_thumbnail(step.stretchId) : QPixmap();
    case StretchIdRole:
        return step.stretchId;
    case HoldSecondsRole:
        return stretch ? effectiveHoldSeconds(step, *stretch, m_preferences) : 0;
    case CustomHoldRole:
        return step.holdSeconds.has_value();
    case SidesRole:
        return static_cast<int>(step.sides);
    case RepeatRole:
        return step.repeat;
    case SidedRole:
        return stretch && stretch->isSided();
    default:
        return {};
    }
}

Qt::ItemFlags RoutineEditorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    // Rows themselves take no drops, so a drop always lands between two steps.
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QHash<int, QByteArray> RoutineEditorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StretchIdRole, "stretchId");
    names.insert(DetailRole, "detail");
    names.insert(HoldSecondsRole, "holdSeconds");
    names.insert(CustomHoldRole, "customHold");
    names.insert(SidesRole, "sides");
    names.insert(RepeatRole, "repeat");
    names.insert(SidedRole, "sided");
    return names;
}

bool RoutineEditorModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_steps.remove(row, count);
    endRemoveRows();
    return true;
}

bool RoutineEditorModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Refuses moves onto the rows themselves, which would change nothing.
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                       destinationChild))
        return false;
    const QList<RoutineStep> moving = m_steps.mid(sourceRow, count);
    m_steps.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int offset = 0; offset < count; ++offset)
        m_steps.insert(target + offset, moving.at(offset));
    endMoveRows();
    return true;
}

QMimeData *RoutineEditorModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QJsonArray steps;
    for (int row : rows) {
        const RoutineStep &step = m_steps.at(row);
        QJsonObject object{{stretchKey, step.stretchId},
                           {sidesKeyName, sidesKey(step.sides)},
                           {repeatKey, step.repeat}};
        if (step.holdSeconds)
            object.insert(holdKey, *step.holdSeconds);
        steps.append(object);
    }
    auto *data = new QMimeData;
    data->setData(stepsMimeType(), QJsonDocument(steps).toJson(QJsonDocument::Compact));
    return data;
}

bool RoutineEditorModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                         int column, const QModelIndex &parent) const
{
    Q_UNUSED(row);
    return !m_readOnly && action == Qt::MoveAction && column <= 0 && !parent.isValid() && data &&
           data->hasFormat(stepsMimeType());
}

bool RoutineEditorModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const std::optional<QList<RoutineStep>> steps = decode(data);
    if (!steps || steps->isEmpty())
        return false;
    const int at = row < 0 || row > rowCount() ? rowCount() : row;
    beginInsertRows({}, at, at + int(steps->size()) - 1);
    for (qsizetype offset = 0; offset < steps->size(); ++offset)
        m_steps.insert(at + offset, steps->at(offset));
    endInsertRows();
    return true;
}

std::optional<QList<RoutineStep>> RoutineEditorModel::decode(const QMimeData *data) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(stepsMimeType()), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    const QJsonArray array = document.array();
    // A move removes the originals only after the drop, so the copies must fit beside them.
    if (array.size() + rowCount() > limits::maxSteps)
        return std::nullopt;
    QList<RoutineStep> steps;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        RoutineStep step;
        step.stretchId = object.value(stretchKey).toString();
        const Stretch *stretch = m_catalog.find(step.stretchId);
        const std::optional<Sides> sides = sidesFromKey(object.value(sidesKeyName).toString());
        const QJsonValue hold = object.value(holdKey);
        if (!stretch || !sides || (*sides != Sides::Both && !stretch->isSided()) ||
            !isWholeNumberIn(object.value(repeatKey), 1, limits::maxRepeat) ||
            (!hold.isUndefined() &&
             !isWholeNumberIn(hold, limits::minHoldSeconds, limits::maxHoldSeconds)))
            return std::nullopt;
        step.sides = *sides;
        step.repeat = object.value(repeatKey).toInt();
        if (!hold.isUndefined())
            step.holdSeconds = hold.toInt();
        steps.append(step);
    }
    return steps;
}

QString RoutineEditorModel::detailOf(const RoutineStep &step) const
{
    const Stretch *stretch = m_catalog.find(step.stretchId);
    if (!stretch)
        return {};
    const QString hold =
        durationText(qint64(effectiveHoldSeconds(step, *stretch, m_preferences)) * 1000);
    QString detail;
    if (!stretch->isSided())
        detail = hold;
    else if (step.sides == Sides::Left)
        detail = tr("Left side only · %1").arg(hold);
    else if (step.sides == Sides::Right)
        detail = tr("Right side only · %1").arg(hold);
    else
        detail = tr("%1 each side").arg(hold);
    if (step.repeat > 1)
        detail = tr("%1 · ×%2").arg(detail).arg(step.repeat);
    // Still played, as a plain timed hold under the name the routine kept.
    if (stretch->isMissing())
        detail = tr("Missing stretch · %1").arg(detail);
    return detail;
}

void RoutineEditorModel::refreshDetails()
{
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {DetailRole, HoldSecondsRole, Qt::AccessibleDescriptionRole});
}

} // namespace limber
