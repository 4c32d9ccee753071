#pragma once

#include "model/TimingPreferences.h"
#include "sync/ConflictList.h"

#include <functional>
#include <QString>
#include <QWidget>

class QVBoxLayout;

namespace limber {

class Catalog;
class ConflictCopies;
class RoutineConflicts;
class RoutineStore;
class StretchConflicts;
class StretchStore;
class Stretch;
struct Routine;

// Above the routines: one bar per routine or own stretch that a sync tool kept in two versions
// ("Two versions of “Evening unwind”"), saying when each was changed and by whom, with Keep
// this one, Keep the other and Keep both. Hidden while there is nothing to choose. Nothing is
// deleted but by one of those buttons.
class ConflictPanel : public QWidget
{
    Q_OBJECT

public:
    ConflictPanel(RoutineConflicts &conflicts, const RoutineStore &store, const Catalog &catalog,
                  QWidget *parent = nullptr);
    // The person's own stretches' conflict copies too.
    void addStretchConflicts(StretchConflicts &conflicts, const StretchStore &store);

    void setPreferences(const TimingPreferences &preferences);
    // Where a choice that could not be carried out is reported (a message box by default).
    void setErrorReporter(std::function<void(const QString &)> report)
    {
        m_reportError = std::move(report);
    }

    // What a bar says: "Two versions of “Evening unwind”", "This one: changed 4 Dec, 10:15 ·
    // 6 stretches · 14 min 30 s", "The other: set aside by Syncthing (device ABCDEF7), changed …".
    struct Texts
    {
        QString headline;
        QString thisOne;
        QString other;
    };
    Texts textsFor(const ConflictOf<Routine> &conflict) const;
    Texts textsFor(const ConflictOf<Stretch> &conflict) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    template<typename Item>
    QString otherText(const ConflictOf<Item> &conflict, const QString &content) const;
    QWidget *barFor(const Texts &texts, const QString &copyPath, bool otherReadable,
                    ConflictCopies &source);
    QString lengthOf(const Routine &routine) const;
    QString summaryOf(const Stretch &stretch) const;

    RoutineConflicts &m_conflicts;
    const RoutineStore &m_store;
    StretchConflicts *m_stretchConflicts = nullptr;
    const StretchStore *m_stretches = nullptr;
    const Catalog &m_catalog;
    TimingPreferences m_preferences;
    QVBoxLayout *m_bars;
    std::function<void(const QString &)> m_reportError;
};

} // namespace limber
