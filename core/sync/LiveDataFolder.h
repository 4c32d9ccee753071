#pragma once

#include "history/HistoryStore.h"
#include "model/Catalog.h"
#include "storage/MissingStretchTracker.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"
#include "sync/DataFolder.h"
#include "sync/DataFolderMove.h"
#include "sync/DataFolderWatcher.h"
#include "sync/RoutineConflicts.h"
#include "sync/SharedPreferences.h"
#include "sync/StretchConflicts.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class QSettings;

namespace limber {

// Everything Limber reads from the data folder (the catalog with the person's own stretches,
// their routines, the merged history and the conflict copies waiting for a choice), kept in
// step with the folder while Limber runs: what another device or another Limber changes there
// is read again within a second, in place.
class LiveDataFolder : public QObject
{
    Q_OBJECT

public:
    LiveDataFolder(const DataFolder &folder, const QString &deviceId, const QString &deviceName,
                   QObject *parent = nullptr);

    // Reads everything, as at every start: a file that no longer validates is moved aside.
    // Returns what could not be read, worded for the person.
    QStringList load();
    // Reads and writes another folder from now on (the person moved their data there).
    QStringList switchTo(const DataFolder &folder);
    // Where the folder the person chose is remembered (this machine's settings); none when
    // this run's folder came from --data-dir, which is for this run only.
    void rememberChoiceIn(QSettings *localSettings) { m_localSettings = localSettings; }
    // The preferences shared through this folder (read and shared with Settings by main()):
    // read again when another device changes them, and moved along with the folder.
    void followPreferences(SharedPreferences *preferences) { m_preferences = preferences; }
    bool remembersChoice() const { return m_localSettings != nullptr; }
    // Copies this device's data into the folder at root (merging with what another device
    // keeps there), verifies it, and switches to it; the old folder is left as it was. After a
    // failure nothing changed, here or there.
    DataFolderMoveResult moveTo(const QString &root);

    const DataFolder &folder() const { return m_folder; }
    Catalog &catalog() { return m_catalog; }
    StretchStore &stretches() { return m_stretches; }
    RoutineStore &routines() { return m_routines; }
    HistoryStore &history() { return m_history; }
    MissingStretchTracker &missingStretches() { return m_missing; }
    RoutineConflicts &conflicts() { return m_conflicts; }
    StretchConflicts &stretchConflicts() { return m_stretchConflicts; }

Q_SIGNALS:
    // Files changed elsewhere that could not be read; each problem is told once.
    void problemsFound(const QStringList &problems);

private:
    void reload(DataFolderWatcher::Part part);
    // The routines (and, first, the person's stretches when asked) and their conflict copies.
    QStringList readStores(RoutineStore::BrokenFiles broken, bool withStretches);
    QStringList readPreferences();
    // Drops the problems told before.
    QStringList news(const QStringList &problems);

    DataFolder m_folder;
    Catalog m_catalog;
    StretchStore m_stretches;
    RoutineStore m_routines;
    MissingStretchTracker m_missing;
    HistoryStore m_history;
    RoutineConflicts m_conflicts;
    StretchConflicts m_stretchConflicts;
    DataFolderWatcher m_watcher;
    QSet<QString> m_told;
    QSettings *m_localSettings = nullptr;
    SharedPreferences *m_preferences = nullptr;
};

// One message per file that could not be read, saying whether it was moved aside.
QStringList brokenFileReports(const QList<BrokenRoutineFile> &broken);

} // namespace limber
