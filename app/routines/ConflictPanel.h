#pragma once

#include "model/TimingPreferences.h"

#include <functional>
#include <QString>
#include <QWidget>

class QVBoxLayout;

namespace limber {

class Catalog;
class RoutineConflicts;
class RoutineStore;
struct Routine;
struct RoutineConflict;

// Above the routines: one bar per routine that a sync tool kept in two versions ("Two versions
// of Evening unwind"), saying when each was changed and by whom, with Keep this one, Keep the
// other and Keep both. Hidden while there is nothing to choose. Nothing is deleted but by one
// of those buttons.
class ConflictPanel : public QWidget
{
    Q_OBJECT

public:
    ConflictPanel(RoutineConflicts &conflicts, const RoutineStore &store, const Catalog &catalog,
                  QWidget *parent = nullptr);

    void setPreferences(const TimingPreferences &preferences);
    // Where a choice that could not be carried out is reported (a message box by default).
    void setErrorReporter(std::function<void(const QString &)> report)
    {
        m_reportError = std::move(report);
    }

    // The headline of a conflict as the bar shows it: "Two versions of “Evening unwind”".
    QString headline(const RoutineConflict &conflict) const;
    // "This one: changed 4 Dec, 10:15 · 6 stretches · 14:30"
    QString thisOneText(const RoutineConflict &conflict) const;
    // "The other: from Syncthing device ABCDEF7, 4 Dec, 10:12 · 7 stretches · 16:00"
    QString otherText(const RoutineConflict &conflict) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *barFor(const RoutineConflict &conflict);
    QString lengthOf(const Routine &routine) const;
    void choose(const QString &copyPath, int choice);

    RoutineConflicts &m_conflicts;
    const RoutineStore &m_store;
    const Catalog &m_catalog;
    TimingPreferences m_preferences;
    QVBoxLayout *m_bars;
    std::function<void(const QString &)> m_reportError;
};

} // namespace limber
