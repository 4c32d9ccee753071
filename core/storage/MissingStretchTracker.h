#pragma once

#include <QObject>

namespace limber {

class Catalog;
class RoutineStore;
class StretchStore;

// Keeps the catalog's placeholders in step with the routines and the user's stretches: a
// stretch that is deleted while routines still name it becomes a "missing stretch" there (a
// plain timed hold under its kept name), and one that comes back replaces its placeholder.
// catalogChanged() tells the views to look their stretches up again.
class MissingStretchTracker : public QObject
{
    Q_OBJECT

public:
    MissingStretchTracker(Catalog &catalog, const StretchStore &stretches,
                          const RoutineStore &routines, QObject *parent = nullptr);

    // Recomputes the placeholders; called on every change of either store, and once by whoever
    // loaded the stores.
    void refresh();

Q_SIGNALS:
    void catalogChanged();

private:
    Catalog &m_catalog;
    const RoutineStore &m_routines;
};

} // namespace limber
