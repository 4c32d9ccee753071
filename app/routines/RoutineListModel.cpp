#include "routines/RoutineListModel.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"
#include "storage/RoutineStore.h"
#include "widgets/DurationText.h"

namespace limber {

RoutineListModel::RoutineListModel(const Catalog &catalog, const RoutineStore &store,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_store(store)
{
    rebuild();
}

void RoutineListModel::reload()
{
    rebuild();
}

void RoutineListModel::setPreferences(const TimingPreferences &preferences)
{
    m_preferences = preferences;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void RoutineListModel::setDraft(const std::optional<Routine> &draft)
{
    if (draft.has_value() == m_draft.has_value()) {
        m_draft = draft;
        if (draft) {
            m_entries.last().routine = *draft;
            Q_EMIT dataChanged(index(rowCount() - 1, 0), index(rowCount() - 1, 0));
        }
        return;
    }
    m_draft = draft;
    rebuild();
}

void RoutineListModel::setUnsaved(const std::optional<QString> &id)
{
    if (id == m_unsaved)
        return;
    m_unsaved = id;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {UnsavedRole, Qt::AccessibleDescriptionRole});
}

QModelIndex RoutineListModel::indexOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return index(int(row), 0);
    }
    return {};
}

int RoutineListModel::userRoutineCount() const
{
    return int(m_store.routines().size());
}

int RoutineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RoutineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return entry.routine.name;
    case SubtitleRole:
        return subtitleOf(entry);
    case Qt::AccessibleDescriptionRole:
        if (entry.builtIn)
            return tr("Built-in, read-only. %1").arg(subtitleOf(entry));
        return !entry.draft && m_unsaved == entry.id
                   ? tr("Unsaved changes. %1").arg(subtitleOf(entry))
                   : subtitleOf(entry);
    case IdRole:
        return entry.id;
    case BuiltInRole:
        return entry.builtIn;
    case DraftRole:
        return entry.draft;
    case UnsavedRole:
        return m_unsaved == entry.id;
    default:
        return {};
    }
}

Qt::ItemFlags RoutineListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && !m_entries.at(index.row()).builtIn && !m_entries.at(index.row()).draft)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RoutineListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Entry &entry = m_entries.at(index.row());
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == entry.routine.name)
        return false;
    Q_EMIT renameRequested(entry.id, name);
    return true;
}

QHash<int, QByteArray> RoutineListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SubtitleRole, "subtitle");
    names.insert(BuiltInRole, "builtIn");
    names.insert(DraftRole, "draft");
    names.insert(UnsavedRole, "unsaved");
    return names;
}

QString RoutineListModel::subtitleOf(const Entry &entry) const
{
    if (entry.draft && entry.routine.steps.isEmpty())
        return tr("Not saved yet");
    const Timeline timeline = Timeline::build(entry.routine, m_preferences, m_catalog);
    const QString length = tr("%n stretch(es) · %1", nullptr, timeline.stretchCount())
                               .arg(durationText(timeline.totalMs()));
    return entry.draft ? tr("Not saved yet · %1").arg(length) : length;
}

void RoutineListModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    for (const QString &id : builtin::ids())
        m_entries.append(Entry{id, *builtin::find(id, m_catalog), true, false});
    for (const StoredRoutine &stored : m_store.routines())
        m_entries.append(Entry{stored.id, stored.routine, false, false});
    if (m_draft)
        m_entries.append(Entry{QString(), *m_draft, false, true});
    endResetModel();
}

} // namespace limber
