#include "sync/SharedPreferences.h"

#include "storage/StoreNaming.h"
#include "storage/SyncFileNames.h"

#include <QDir>
#include <QFileInfo>

namespace limber {

namespace {
const QString fileSuffix = QStringLiteral(".json");

std::optional<QJsonValue> effective(const PreferenceRecord &record)
{
    return record.isUnset() ? std::nullopt : std::optional(record.value);
}
} // namespace

SharedPreferences::SharedPreferences(QString directory, QString deviceId, QString deviceName,
                                     Clock now, QObject *parent)
    : SharedValueStore(parent)
    , m_directory(std::move(directory))
    , m_deviceId(std::move(deviceId))
    , m_deviceName(std::move(deviceName))
    , m_now(now ? std::move(now) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

QString SharedPreferences::ownFilePath() const
{
    return QDir(m_directory).filePath(m_deviceId + fileSuffix);
}

void SharedPreferences::setDirectory(const QString &directory)
{
    m_directory = directory;
    // Nothing read from the old folder stands in for a broken file of the new one.
    m_files.clear();
    m_reported.clear();
}

QList<RoutineFileError> SharedPreferences::load()
{
    QHash<QString, QMap<QString, PreferenceRecord>> files;
    QList<RoutineFileError> problems;
    const QDir dir(m_directory);
    const QStringList names =
        dir.exists() ? SyncFileNames::dataFiles(dir, fileSuffix) : QStringList();
    bool ownBroken = false;
    for (const QString &name : names) {
        if (storenaming::isMovedAside(name))
            continue;
        const QString id = name.chopped(fileSuffix.size());
        const QString path = dir.filePath(name);
        PreferencesReadResult result = PreferencesFile::read(path, id);
        if (result.contents) {
            files.insert(id, std::move(result.contents->values));
            // Fixed (or replaced by its device): a later breakage is news again.
            m_reported.removeIf(
                [&path](const QString &message) { return message.startsWith(path + u':'); });
            continue;
        }
        problems += result.errors;
        if (id == m_deviceId)
            ownBroken = true;
        // Half-synced or hand-edited: what was read from it before still counts.
        if (const auto known = m_files.constFind(id); known != m_files.constEnd())
            files.insert(id, *known);
    }

    QHash<QString, std::optional<QJsonValue>> before;
    for (auto it = m_winners.constBegin(); it != m_winners.constEnd(); ++it)
        before.insert(it.key(), effective(it->record));
    m_files = std::move(files);
    m_ownBroken = ownBroken;
    recompute();

    QSet<QString> changed;
    for (auto it = m_winners.constBegin(); it != m_winners.constEnd(); ++it) {
        if (before.value(it.key()) != effective(it->record))
            changed.insert(it.key());
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it->has_value() && !m_winners.contains(it.key()))
            changed.insert(it.key());
    }
    if (!changed.isEmpty())
        Q_EMIT valuesChanged(changed);
    problems = std::exchange(m_pending, {}) + problems;
    return fresh(problems);
}

QList<RoutineFileError> SharedPreferences::fresh(const QList<RoutineFileError> &problems)
{
    QList<RoutineFileError> news;
    for (const RoutineFileError &problem : problems) {
        const QString message = problem.message();
        if (!m_reported.contains(message)) {
            m_reported.insert(message);
            news.append(problem);
        }
    }
    return news;
}

void SharedPreferences::recompute()
{
    m_winners.clear();
    for (auto file = m_files.constBegin(); file != m_files.constEnd(); ++file) {
        for (auto it = file->constBegin(); it != file->constEnd(); ++it) {
            const auto current = m_winners.constFind(it.key());
            const bool wins =
                current == m_winners.constEnd() || it->changed > current->record.changed ||
                (it->changed == current->record.changed && file.key() > current->deviceId);
            if (wins)
                m_winners.insert(it.key(), {*it, file.key()});
        }
    }
}

std::optional<QJsonValue> SharedPreferences::value(const QString &key) const
{
    const auto found = m_winners.constFind(key);
    return found == m_winners.constEnd() ? std::nullopt : effective(found->record);
}

bool SharedPreferences::knows(const QString &key) const
{
    return m_winners.contains(key);
}

QStringList SharedPreferences::keys(const QString &prefix) const
{
    QStringList found;
    for (auto it = m_winners.constBegin(); it != m_winners.constEnd(); ++it) {
        if (it.key().startsWith(prefix) && !it->record.isUnset())
            found.append(it.key());
    }
    found.sort();
    return found;
}

std::optional<RoutineFileError> SharedPreferences::set(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return unset(key);
    if (const auto problem = PreferencesFile::valueProblem(key, value))
        return RoutineFileError{ownFilePath(), key, *problem};
    if (this->value(key) == value)
        return std::nullopt;
    QMap<QString, PreferenceRecord> changes;
    changes.insert(key, {value, {}});
    return write(changes);
}

std::optional<RoutineFileError> SharedPreferences::unset(const QString &key)
{
    if (!value(key))
        return std::nullopt;
    QMap<QString, PreferenceRecord> changes;
    changes.insert(key, {QJsonValue::Null, {}});
    return write(changes);
}

std::optional<RoutineFileError> SharedPreferences::adopt(const QHash<QString, QJsonValue> &values,
                                                         const QDateTime &changed)
{
    QMap<QString, PreferenceRecord> changes;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (knows(it.key()))
            continue;
        if (const auto problem = PreferencesFile::valueProblem(it.key(), it.value()))
            return RoutineFileError{ownFilePath(), it.key(), *problem};
        changes.insert(it.key(), {it.value(), changed.toUTC()});
    }
    return changes.isEmpty() ? std::nullopt : write(changes);
}

std::optional<RoutineFileError>
SharedPreferences::write(const QMap<QString, PreferenceRecord> &changes)
{
    const QString path = ownFilePath();
    const QDateTime now = m_now().toUTC();
    if (m_ownBroken && QFileInfo::exists(path)) {
        // Never silently replaced: the person may want what was in it.
        const QString aside = storenaming::moveAside(path, now.date());
        if (aside.isEmpty())
            return RoutineFileError{path,
                                    {},
                                    PreferencesFile::tr("cannot be read, and cannot be moved "
                                                        "aside to be written afresh")};
        m_pending.append({path,
                          {},
                          PreferencesFile::tr("could not be read and was moved aside to %1; this "
                                              "device's preferences are written afresh")
                              .arg(QFileInfo(aside).fileName())});
    }
    m_ownBroken = false; // moved aside, or gone already
    if (!QDir().mkpath(m_directory))
        return RoutineFileError{path,
                                {},
                                PreferencesFile::tr("cannot be written: its folder "
                                                    "cannot be made")};
    PreferencesContents contents{m_deviceId, m_deviceName, m_files.value(m_deviceId)};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        PreferenceRecord record = *it;
        if (!record.changed.isValid()) {
            record.changed = now;
            // A device whose clock runs ahead must not make this change lose at once.
            if (const auto winner = m_winners.constFind(it.key());
                winner != m_winners.constEnd() && winner->record.changed >= now)
                record.changed = winner->record.changed.addMSecs(1);
        }
        contents.values.insert(it.key(), record);
    }
    if (auto error = PreferencesFile::write(path, contents))
        return error;
    m_files.insert(m_deviceId, contents.values);
    recompute();
    return std::nullopt;
}

} // namespace limber
