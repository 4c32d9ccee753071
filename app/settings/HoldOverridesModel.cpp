#include "settings/HoldOverridesModel.h"

#include "catalog/StretchListModel.h"
#include "model/Catalog.h"
#include "storage/Settings.h"
#include "widgets/DurationText.h"

namespace limber {

HoldOverridesModel::HoldOverridesModel(Settings &settings, const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_settings(settings)
    , m_catalog(catalog)
{
    readStretches();
    // Every row can change at once (a new default hold, a reset of everything); the rows
    // themselves change only with the user's own stretches, through reload().
    connect(&m_settings, &Settings::timingChanged, this, &HoldOverridesModel::allRowsChanged);
}

void HoldOverridesModel::readStretches()
{
    m_stretchIds.clear();
    for (const Stretch &stretch : m_catalog.stretches()) {
        if (stretch.id() != Catalog::warmUpId && !stretch.isMissing())
            m_stretchIds.append(stretch.id());
    }
}

void HoldOverridesModel::reload()
{
    beginResetModel();
    readStretches();
    endResetModel();
}

const Stretch *HoldOverridesModel::stretchAt(int row) const
{
    return m_catalog.find(m_stretchIds.at(row));
}

void HoldOverridesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    allRowsChanged();
}

void HoldOverridesModel::allRowsChanged()
{
    if (!m_stretchIds.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HoldOverridesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stretchIds.size());
}

int HoldOverridesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldOverridesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stretch *found = stretchAt(index.row());
    if (!found)
        return {};
    const Stretch &stretch = *found;
    const std::optional<int> override = m_settings.holdOverride(stretch.id());
    if (role == StretchIdRole)
        return stretch.id();
    if (role == HasOverrideRole)
        return override.has_value();

    switch (index.column()) {
    case StretchColumn:
        if (role == Qt::DisplayRole)
            return stretch.name();
        if (role == Qt::ToolTipRole)
            return stretch.summary();
        break;
    case RecommendedColumn:
        if (role == Qt::DisplayRole)
            return StretchListModel::holdText(stretch);
        break;
    case OverrideColumn:
        switch (role) {
        case Qt::DisplayRole:
            return override ? durationText(*override * 1000) : tr("—");
        case Qt::EditRole:
            return override.value_or(fallbackHoldSeconds(stretch));
        case Qt::AccessibleTextRole:
            return override ? durationText(*override * 1000) : tr("Not set");
        case Qt::ToolTipRole:
            return overrideToolTip(stretch);
        default:
            break;
        }
        break;
    case ResetColumn:
        // The delegate draws a button only where there is a hold to remove; a screen reader
        // reads this cell's text either way.
        if (role == Qt::ToolTipRole)
            return override ? tr("Remove your hold for %1").arg(stretch.name()) : QString();
        if (role == Qt::AccessibleTextRole)
            return override ? tr("Remove your hold for %1").arg(stretch.name())
                            : tr("No hold of yours for %1").arg(stretch.name());
        break;
    default:
        break;
    }
    return {};
}

QVariant HoldOverridesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StretchColumn:
        return tr("Stretch");
    case RecommendedColumn:
        return tr("Recommended");
    case OverrideColumn:
        return tr("Your hold");
    default:
        return QString();
    }
}

Qt::ItemFlags HoldOverridesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == OverrideColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool HoldOverridesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &id = m_stretchIds.at(index.row());
    if (index.column() == ResetColumn) {
        m_settings.setHoldOverride(id, std::nullopt);
        return true;
    }
    if (index.column() != OverrideColumn)
        return false;
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        m_settings.setHoldOverride(id, std::nullopt);
        return true;
    }
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok)
        return false;
    m_settings.setHoldOverride(id, seconds);
    return true;
}

int HoldOverridesModel::rowOf(const QString &stretchId) const
{
    return int(m_stretchIds.indexOf(stretchId));
}

int HoldOverridesModel::fallbackHoldSeconds(const Stretch &stretch) const
{
    return m_settings.defaultHoldSeconds().value_or(stretch.defaultHoldSeconds());
}

QString HoldOverridesModel::overrideToolTip(const Stretch &stretch) const
{
    if (m_settings.holdOverride(stretch.id()))
        return tr("Your own hold for this stretch. Reset goes back to %1.")
            .arg(durationText(fallbackHoldSeconds(stretch) * 1000));
    if (m_settings.defaultHoldSeconds())
        return tr("Held for %1, the same as every stretch. Click to set a hold for this "
                  "stretch alone.")
            .arg(durationText(fallbackHoldSeconds(stretch) * 1000));
    return tr("Held for the recommended time. Click to set your own.");
}

} // namespace limber
