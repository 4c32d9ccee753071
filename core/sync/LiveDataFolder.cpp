#include "sync/LiveDataFolder.h"

#include "history/HistoryCache.h"
#include "storage/StretchKeeping.h"

#include <QCoreApplication>

namespace limber {

LiveDataFolder::LiveDataFolder(const DataFolder &folder, const QString &deviceId,
                               const QString &deviceName, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_catalog(Catalog::builtIn())
    , m_stretches(m_catalog, folder.stretches())
    , m_routines(m_catalog, folder.routines())
    , m_missing(m_catalog, m_stretches, m_routines)
    , m_history(folder.history(), deviceId, deviceName)
    , m_conflicts(m_routines)
    , m_stretchConflicts(m_stretches)
    , m_watcher(folder)
{
    // An imported routine's own stretches are kept among the person's.
    m_routines.setStretchKeeper(keepInto(m_stretches));
    m_history.setCacheDirectory(HistoryCache::defaultDirectory());
    connect(&m_watcher, &DataFolderWatcher::changed, this, &LiveDataFolder::reload);
}

QStringList LiveDataFolder::load()
{
    QStringList problems = readStores(RoutineStore::BrokenFiles::MoveAside, true);
    for (const HistoryProblem &problem : m_history.load())
        problems.append(problem.message());
    m_told.unite(QSet<QString>(problems.cbegin(), problems.cend()));
    return problems;
}

QStringList LiveDataFolder::switchTo(const DataFolder &folder)
{
    m_folder = folder;
    m_stretches.setDirectory(folder.stretches());
    m_routines.setDirectory(folder.routines());
    m_history.setDirectory(folder.history());
    if (m_preferences)
        m_preferences->setDirectory(folder.preferences());
    m_watcher.setFolder(folder);
    m_told.clear();
    return readPreferences() + load();
}

DataFolderMoveResult LiveDataFolder::moveTo(const QString &root)
{
    const DataFolder target(root);
    DataFolderMoveResult result = DataFolderMove(m_folder, target).run();
    if (!result.ok())
        return result;
    if (m_localSettings)
        DataFolder::choose(*m_localSettings, target.root());
    if (const QStringList problems = switchTo(target); !problems.isEmpty())
        Q_EMIT problemsFound(problems);
    return result;
}

QStringList LiveDataFolder::readStores(RoutineStore::BrokenFiles broken, bool withStretches)
{
    // The person's own stretches first, so that routines find them.
    QStringList problems;
    if (withStretches)
        problems = brokenFileReports(m_stretches.load(broken));
    problems.append(brokenFileReports(m_routines.load(broken)));
    m_missing.refresh();
    m_conflicts.refresh();
    m_stretchConflicts.refresh();
    return problems;
}

void LiveDataFolder::reload(DataFolderWatcher::Part part)
{
    // Files that arrive broken are left where they are: moving them aside would be a change
    // the sync tool carries to every other device, while the file may only be half-way there.
    const auto leave = RoutineStore::BrokenFiles::LeaveInPlace;
    QStringList problems;
    switch (part) {
    case DataFolderWatcher::Part::Stretches:
        problems = readStores(leave, true);
        break;
    case DataFolderWatcher::Part::Routines:
        // Routines are read against the stretches as they are: those need no reading again.
        problems = readStores(leave, false);
        break;
    case DataFolderWatcher::Part::History:
        for (const HistoryProblem &problem : m_history.load())
            problems.append(problem.message());
        break;
    case DataFolderWatcher::Part::Preferences:
        problems = readPreferences();
        break;
    }
    if (const QStringList fresh = news(problems); !fresh.isEmpty())
        Q_EMIT problemsFound(fresh);
}

QStringList LiveDataFolder::readPreferences()
{
    QStringList problems;
    if (m_preferences) {
        for (const RoutineFileError &problem : m_preferences->load())
            problems.append(problem.message());
    }
    return problems;
}

QStringList LiveDataFolder::news(const QStringList &problems)
{
    QStringList fresh;
    for (const QString &problem : problems) {
        if (!m_told.contains(problem)) {
            m_told.insert(problem);
            fresh.append(problem);
        }
    }
    return fresh;
}

QStringList brokenFileReports(const QList<BrokenRoutineFile> &broken)
{
    QStringList reports;
    for (const BrokenRoutineFile &file : broken) {
        reports.append(file.movedTo.isEmpty()
                           ? QCoreApplication::translate("main", "%1 could not be read, nor moved "
                                                                 "aside, so it was left as it "
                                                                 "is:\n%2")
                                 .arg(file.originalPath, file.reason)
                           : QCoreApplication::translate("main", "%1 could not be read and was "
                                                                 "moved aside to %2:\n%3")
                                 .arg(file.originalPath, file.movedTo, file.reason));
    }
    return reports;
}

} // namespace limber
