#pragma once

#include "sync/ConflictList.h"

#include <QObject>
#include <QString>

namespace limber {

// The conflict copies of one store's folder as the views see them: a list that signals when it
// changes, and the three choices.
class ConflictCopies : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Reads the folder again; signals when the list changed.
    virtual void refresh() = 0;
    // Carries out the choice, deletes the copy, and reads the folder again. Nothing is deleted
    // when keeping the chosen version failed.
    virtual StoreResult keep(const QString &copyPath, ConflictChoice choice) = 0;

    StoreResult keepThis(const QString &copyPath)
    {
        return keep(copyPath, ConflictChoice::KeepThis);
    }
    StoreResult keepOther(const QString &copyPath)
    {
        return keep(copyPath, ConflictChoice::KeepOther);
    }
    StoreResult keepBoth(const QString &copyPath)
    {
        return keep(copyPath, ConflictChoice::KeepBoth);
    }

Q_SIGNALS:
    void conflictsChanged();
};

// The conflict copies beside a RoutineStore's or a StretchStore's files.
template<typename Store, typename Item> class StoreConflicts : public ConflictCopies
{
public:
    using Reader = typename ConflictList<Item>::Reader;
    // The name a conflict is shown and sorted by.
    using Namer = std::function<QString(const ConflictOf<Item> &)>;

    StoreConflicts(Store &store, Reader read, Namer nameOf, QObject *parent = nullptr)
        : ConflictCopies(parent)
        , m_store(store)
        , m_read(std::move(read))
        , m_nameOf(std::move(nameOf))
    {
    }

    void refresh() override
    {
        if (m_list.refresh(m_store.directory(), QStringLiteral(".json"), m_read, m_nameOf))
            Q_EMIT conflictsChanged();
    }

    StoreResult keep(const QString &copyPath, ConflictChoice choice) override
    {
        const StoreResult kept = m_list.keep(m_store, copyPath, choice);
        refresh();
        return kept;
    }

    // Sorted by name, then by when the copy was made.
    const QList<ConflictOf<Item>> &conflicts() const { return m_list.conflicts(); }
    const ConflictOf<Item> *find(const QString &copyPath) const { return m_list.find(copyPath); }

protected:
    Store &m_store;

private:
    Reader m_read;
    Namer m_nameOf;
    ConflictList<Item> m_list;
};

} // namespace limber
