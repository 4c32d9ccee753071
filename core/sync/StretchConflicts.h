#pragma once

#include "model/Stretch.h"
#include "storage/StretchStore.h"
#include "sync/ConflictList.h"

#include <QObject>
#include <QString>

namespace limber {

using StretchConflict = ConflictOf<Stretch>;

// The conflict copies of the person's own stretches ("ID.sync-conflict-….json"), each waiting
// for their choice as a routine's do. A copy's image is the one beside the stretch (sync tools
// keep a conflicting image as a copy of its own, which stays for the person to look at).
class StretchConflicts : public QObject
{
    Q_OBJECT

public:
    explicit StretchConflicts(StretchStore &store, QObject *parent = nullptr);

    void refresh();
    const QList<StretchConflict> &conflicts() const { return m_list.conflicts(); }
    const StretchConflict *find(const QString &copyPath) const { return m_list.find(copyPath); }

    StoreResult keepThis(const QString &copyPath);
    StoreResult keepOther(const QString &copyPath);
    StoreResult keepBoth(const QString &copyPath);

    // Any of the three, as chosen.
    StoreResult keep(const QString &copyPath, ConflictChoice choice);

Q_SIGNALS:
    void conflictsChanged();

private:
    // Reads the folder again after a choice.
    StoreResult settle(StoreResult kept);

    StretchStore &m_store;
    ConflictList<Stretch> m_list;
};

} // namespace limber
