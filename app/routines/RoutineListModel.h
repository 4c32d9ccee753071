#pragma once

#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <optional>
#include <QAbstractListModel>

namespace limber {

class Catalog;
class RoutineStore;

// The routines to pick from: the built-in one first, then the user's own from the store (by
// name), then a new routine that has not been saved yet, if there is one. Each row shows how
// many stretches it has and how long it takes with the current settings.
class RoutineListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the built-in id, a store id, or empty for the new routine
        SubtitleRole,              // "10 stretches · 10 min 5 s"
        BuiltInRole,
        DraftRole,
        UnsavedRole, // edited and not saved yet
    };

    RoutineListModel(const Catalog &catalog, const RoutineStore &store, QObject *parent = nullptr);

    // Reads the store again (and the built-in routine, in the current language).
    void reload();
    void setPreferences(const TimingPreferences &preferences);
    void setDraft(const std::optional<Routine> &draft);
    bool hasDraft() const { return m_draft.has_value(); }
    // The row whose routine has unsaved edits (empty id: the draft), or none.
    void setUnsaved(const std::optional<QString> &id);

    QModelIndex indexOf(const QString &id) const;
    int userRoutineCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming a stored routine only asks for it: the store decides the name.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void renameRequested(const QString &id, const QString &name);

private:
    struct Entry
    {
        QString id;
        Routine routine;
        bool builtIn = false;
        bool draft = false;
    };

    QString subtitleOf(const Entry &entry) const;
    void rebuild();

    const Catalog &m_catalog;
    const RoutineStore &m_store;
    TimingPreferences m_preferences;
    std::optional<Routine> m_draft;
    std::optional<QString> m_unsaved;
    QList<Entry> m_entries;
};

} // namespace limber
