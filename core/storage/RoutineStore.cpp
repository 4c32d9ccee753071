#include "storage/RoutineStore.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"
#include "storage/RoutineFile.h"
#include "storage/StoreNaming.h"
#include "storage/SyncFileNames.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace limber {

namespace {
const QString fileSuffix = QStringLiteral(".json");

bool nameLessThan(const StoredRoutine &a, const StoredRoutine &b)
{
    const int order =
        QString::localeAwareCompare(a.routine.name.toCaseFolded(), b.routine.name.toCaseFolded());
    return order != 0 ? order < 0 : a.id < b.id;
}

StoreResult failure(const QString &error)
{
    return {QString(), error};
}
} // namespace

RoutineStore::RoutineStore(const Catalog &catalog, QString directory, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_directory(std::move(directory))
{
}

QList<BrokenRoutineFile> RoutineStore::load(BrokenFiles broken)
{
    QList<StoredRoutine> loaded;
    QList<BrokenRoutineFile> refused;
    const QDir folder(m_directory);
    // A sync tool's conflict copies are not routines of their own (RoutineConflicts).
    const QStringList files = SyncFileNames::dataFiles(folder, fileSuffix);
    for (const QString &fileName : files) {
        if (storenaming::isMovedAside(fileName))
            continue;
        const QString path = folder.filePath(fileName);
        RoutineReadResult result = RoutineFile::read(path, m_catalog);
        if (result.ok()) {
            loaded.append({fileName.chopped(fileSuffix.size()), path, std::move(*result.routine)});
            continue;
        }
        BrokenRoutineFile file{path, QString(), result.errorText()};
        if (broken == BrokenFiles::MoveAside)
            file.movedTo = moveAside(path);
        refused.append(std::move(file));
    }
    std::sort(loaded.begin(), loaded.end(), nameLessThan);
    m_routines = std::move(loaded);
    Q_EMIT routinesChanged();
    return refused;
}

const StoredRoutine *RoutineStore::find(const QString &id) const
{
    const auto it = std::find_if(m_routines.cbegin(), m_routines.cend(),
                                 [&id](const StoredRoutine &stored) { return stored.id == id; });
    return it == m_routines.cend() ? nullptr : &*it;
}

const StoredRoutine *RoutineStore::findByName(const QString &name) const
{
    const auto it =
        std::find_if(m_routines.cbegin(), m_routines.cend(), [&name](const StoredRoutine &stored) {
            return stored.routine.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    return it == m_routines.cend() ? nullptr : &*it;
}

QString RoutineStore::uniqueName(const QString &wanted, const QString &exceptId) const
{
    return storenaming::numberedName(
        wanted, limits::maxNameLength, [this, &exceptId](const QString &candidate) {
            return std::any_of(
                m_routines.cbegin(), m_routines.cend(), [&](const StoredRoutine &stored) {
                    return stored.id != exceptId &&
                           stored.routine.name.compare(candidate, Qt::CaseInsensitive) == 0;
                });
        });
}

StoreResult RoutineStore::create(const Routine &routine)
{
    Routine named = routine;
    named.name = uniqueName(routine.name);
    if (named.name.isEmpty())
        return failure(tr("name: must not be empty"));
    if (!QDir().mkpath(m_directory))
        return failure(tr("%1: the folder cannot be created").arg(m_directory));

    const QString id = freeId(named.name);
    return writeAndStore(id, pathFor(id), named);
}

StoreResult RoutineStore::save(const QString &id, const Routine &routine)
{
    const StoredRoutine *existing = find(id);
    if (!existing)
        return failure(tr("%1: there is no saved routine with this id").arg(id));
    Routine named = routine;
    named.name = uniqueName(routine.name, id);
    if (named.name.isEmpty())
        return failure(tr("%1: name: must not be empty").arg(existing->path));

    return writeAndStore(id, existing->path, named);
}

StoreResult RoutineStore::duplicate(const QString &id)
{
    const StoredRoutine *existing = find(id);
    if (!existing)
        return failure(tr("%1: there is no saved routine with this id").arg(id));
    return create(existing->routine); // create() numbers the name: "Evening unwind (2)"
}

StoreResult RoutineStore::rename(const QString &id, const QString &newName)
{
    const StoredRoutine *existing = find(id);
    if (!existing)
        return failure(tr("%1: there is no saved routine with this id").arg(id));
    if (newName.trimmed().isEmpty())
        return failure(tr("%1: name: must not be empty").arg(existing->path));
    Routine renamed = existing->routine;
    renamed.name = newName;
    return save(id, renamed);
}

StoreResult RoutineStore::remove(const QString &id)
{
    const auto it = std::find_if(m_routines.begin(), m_routines.end(),
                                 [&id](const StoredRoutine &stored) { return stored.id == id; });
    if (it == m_routines.end())
        return failure(tr("%1: there is no saved routine with this id").arg(id));
    QFile file(it->path);
    // A file someone else already deleted is as gone as the user wants it.
    if (!file.remove() && file.exists())
        return failure(tr("%1: cannot be deleted: %2").arg(it->path, file.errorString()));
    m_routines.erase(it);
    Q_EMIT routinesChanged();
    return {id, QString()};
}

StoreResult RoutineStore::importFile(const QString &path)
{
    return importRead(RoutineFile::read(path, m_catalog), path);
}

StoreResult RoutineStore::importRead(const RoutineReadResult &read, const QString &path)
{
    if (!read.ok())
        return failure(read.errorText());
    if (!read.stretches.isEmpty() && !m_keeper)
        return failure(tr("%1: carries stretches of its own, which cannot be kept here").arg(path));
    QHash<QString, KeptStretch> kept;
    for (const EmbeddedStretch &carried : read.stretches) {
        KeptStretch stretch = m_keeper(carried);
        if (!stretch.error.isEmpty())
            return failure(stretch.error);
        kept.insert(carried.stretch.id(), std::move(stretch));
    }
    Routine routine = *read.routine;
    for (RoutineStep &step : routine.steps) {
        if (const auto it = kept.constFind(step.stretchId); it != kept.cend()) {
            step.stretchId = it->id;
            step.stretchName = it->name;
        }
    }
    return create(routine);
}

QList<StoredRoutine> RoutineStore::routinesUsing(const QString &stretchId) const
{
    QList<StoredRoutine> using_;
    for (const StoredRoutine &stored : m_routines) {
        if (std::any_of(stored.routine.steps.cbegin(), stored.routine.steps.cend(),
                        [&](const RoutineStep &step) { return step.stretchId == stretchId; }))
            using_.append(stored);
    }
    return using_;
}

QList<Stretch> RoutineStore::missingStretches() const
{
    QList<Stretch> missing;
    QSet<QString> seen;
    for (const StoredRoutine &stored : m_routines) {
        for (const RoutineStep &step : stored.routine.steps) {
            const Stretch *stretch = m_catalog.find(step.stretchId);
            if ((stretch && !stretch->isMissing()) || seen.contains(step.stretchId))
                continue;
            seen.insert(step.stretchId);
            missing.append(Stretch::missing(
                step.stretchId, step.stretchName.isEmpty() ? step.stretchId : step.stretchName));
        }
    }
    return missing;
}

QString RoutineStore::pathFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + fileSuffix);
}

QString RoutineStore::freeId(const QString &name) const
{
    const QString slug = storenaming::slugOf(name, QStringLiteral("routine"));
    QString id = slug;
    // Files left in place (unreadable, or not loaded yet) keep their names too; the built-in
    // routine's id stays unambiguous wherever a routine is chosen by id.
    for (int counter = 2; builtin::isBuiltIn(id) || find(id) || QFileInfo::exists(pathFor(id));
         ++counter)
        id = slug + QLatin1Char('-') + QString::number(counter);
    return id;
}

QString RoutineStore::moveAside(const QString &path) const
{
    return storenaming::moveAside(path, m_today());
}

StoreResult RoutineStore::writeAndStore(QString id, QString path, const Routine &routine)
{
    const Routine named = withStretchNames(routine, m_catalog);
    // A file that the next load() would move aside must not be written in the first place.
    RoutineReadResult check = RoutineFile::parse(RoutineFile::serialize(named), path, m_catalog);
    if (!check.ok())
        return failure(check.errorText());
    if (const auto failed = RoutineFile::write(*check.routine, path))
        return failure(failed->message());
    store({id, std::move(path), std::move(*check.routine)});
    return {id, QString()};
}

void RoutineStore::store(StoredRoutine stored)
{
    const auto it = std::find_if(m_routines.begin(), m_routines.end(),
                                 [&stored](const StoredRoutine &s) { return s.id == stored.id; });
    if (it != m_routines.end())
        *it = std::move(stored);
    else
        m_routines.append(std::move(stored));
    std::sort(m_routines.begin(), m_routines.end(), nameLessThan);
    Q_EMIT routinesChanged();
}

Routine withStretchNames(const Routine &routine, const Catalog &catalog)
{
    Routine named = routine;
    for (RoutineStep &step : named.steps) {
        const Stretch *stretch = catalog.find(step.stretchId);
        if (!stretch || stretch->isBuiltIn())
            continue;
        // A placeholder's name is the one the steps kept; an own stretch's is its current one.
        if (!stretch->isMissing() || step.stretchName.isEmpty())
            step.stretchName = stretch->untranslatedName();
    }
    return named;
}

Routine withExplicitTimings(const Routine &routine, const TimingPreferences &preferences,
                            const Catalog &catalog)
{
    Routine explicitRoutine = routine;
    explicitRoutine.prepareSeconds = routine.prepareSeconds.value_or(preferences.prepareSeconds);
    explicitRoutine.restSeconds = routine.restSeconds.value_or(preferences.restSeconds);
    explicitRoutine.switchSeconds = routine.switchSeconds.value_or(preferences.switchSeconds);
    explicitRoutine.warmupSeconds = routine.warmupSeconds.value_or(preferences.warmupSeconds);
    // Flows are timed by holdSeconds exactly like holds, so they are written out the same way.
    for (RoutineStep &step : explicitRoutine.steps) {
        if (const Stretch *stretch = catalog.find(step.stretchId))
            step.holdSeconds = effectiveHoldSeconds(step, *stretch, preferences);
    }
    return explicitRoutine;
}

} // namespace limber
