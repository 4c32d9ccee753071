#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace limber {

class Catalog;
class Settings;
class Stretch;

// The user's own hold for each stretch, read from and written to Settings: one row per
// stretch, in catalog order, the user's own stretches after the built-in ones. The warm-up
// march has no row: its length is the warm-up setting, so an override there would not change
// the warm-up that is played. Nor has a deleted stretch: there is nothing left to tune.
class HoldOverridesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StretchColumn,
        RecommendedColumn,
        OverrideColumn,
        ResetColumn,
        ColumnCount
    };
    enum Role
    {
        StretchIdRole = Qt::UserRole + 1,
        HasOverrideRole
    };

    HoldOverridesModel(Settings &settings, const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // OverrideColumn: whole seconds set the override (Settings clamps them to the hold
    // range), an invalid or empty value removes it. ResetColumn: any value removes it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Reads the catalog's stretches again, after the user's own changed.
    void reload();

    // -1 for a stretch without a row.
    int rowOf(const QString &stretchId) const;
    // Texts are translated when read: this tells the views to read them again.
    void retranslate();

private:
    void allRowsChanged();
    void readStretches();
    // Null only for a row whose stretch left the catalog before reload() was called.
    const Stretch *stretchAt(int row) const;
    // What the stretch is held for without an override of its own.
    int fallbackHoldSeconds(const Stretch &stretch) const;
    QString overrideToolTip(const Stretch &stretch) const;

    Settings &m_settings;
    const Catalog &m_catalog;
    // Ids rather than pointers: the catalog's own stretches are replaced when they change.
    QStringList m_stretchIds;
};

} // namespace limber
