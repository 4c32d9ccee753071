#include "history/HistoryStore.h"

#include "history/HistoryCache.h"
#include "model/TextRules.h"

#include <algorithm>
#include <QDir>
#include <QUuid>

namespace limber {

namespace {
QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool startedBefore(const Session &a, const Session &b)
{
    // By id on a tie, so every device shows sessions of the same moment in the same order.
    return a.started != b.started ? a.started < b.started : a.id < b.id;
}

// Text typed or pasted on this device (a note, a name) with a tab or another control
// character the format refuses: each becomes a space rather than the session being lost.
QString cleaned(const QString &text, bool multiLine)
{
    QString result = text;
    for (QChar &character : result) {
        if (TextRules::isControl(character) && !(multiLine && character == u'\n'))
            character = u' ';
    }
    return result.trimmed();
}

Session withCleanText(Session session)
{
    session.routineName = cleaned(session.routineName, false);
    session.note = cleaned(session.note, true);
    for (SessionHold &hold : session.holds)
        hold.stretchName = cleaned(hold.stretchName, false);
    return session;
}

// A torn line is reported once even after a later append has changed its wording.
QString reportKey(const HistoryProblem &problem)
{
    if (HistoryFile::isTornLine(problem))
        return problem.file + QLatin1Char(':') + QString::number(problem.line) +
               QStringLiteral(": torn");
    return problem.message();
}
} // namespace

HistoryStore::HistoryStore(QString directory, QString deviceId, QString deviceName, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_deviceId(std::move(deviceId))
    , m_deviceName(std::move(deviceName))
{
}

QString HistoryStore::ownFilePath() const
{
    return m_directory + QLatin1Char('/') + m_deviceId + QStringLiteral(".jsonl");
}

QList<HistoryProblem> HistoryStore::load()
{
    m_byId.clear();
    m_deleted.clear();
    QList<HistoryProblem> fresh;
    const QDir folder(m_directory);
    const QStringList names =
        folder.entryList({QStringLiteral("*.jsonl")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        // Parsed files come from the cache: years of sessions are not parsed at every start.
        HistoryFile::Contents contents = m_cacheDirectory.isEmpty()
                                             ? HistoryFile::read(path)
                                             : HistoryCache(m_cacheDirectory).read(path);
        // A later line of an id in the same file completes the session (the summary's
        // answers); the same id in another file is a copy, and the first one is kept.
        QSet<QString> inThisFile;
        for (Session &session : contents.sessions) {
            const bool completes = inThisFile.contains(session.id);
            inThisFile.insert(session.id);
            if (completes || !m_byId.contains(session.id))
                m_byId.insert(session.id, std::move(session));
        }
        // From any device: a session deleted on the laptop is gone on the desktop too.
        for (const SessionDeletion &deletion : contents.deletions)
            m_deleted.insert(deletion.deletedId);
        for (const HistoryProblem &problem : contents.problems) {
            const QString key = reportKey(problem);
            if (!m_reported.contains(key)) {
                m_reported.insert(key);
                fresh.append(problem);
            }
        }
    }
    rebuild();
    Q_EMIT sessionsChanged();
    return fresh;
}

const Session *HistoryStore::find(const QString &id) const
{
    const auto found = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                    [&id](const Session &session) { return session.id == id; });
    return found == m_sessions.cend() ? nullptr : &*found;
}

HistoryStore::Result HistoryStore::add(Session session)
{
    session = withCleanText(std::move(session));
    session.deviceId = m_deviceId;
    session.deviceName = cleaned(m_deviceName, false);
    if (session.id.isEmpty())
        session.id = freshId();
    if (auto problem = HistoryFile::append(ownFilePath(), session))
        return {{}, std::move(problem)};
    const QString id = session.id;
    // The first line of an id wins on reading, so a repeated id changes nothing here either.
    if (!m_byId.contains(id) && !m_deleted.contains(id)) {
        m_byId.insert(id, session);
        const auto at =
            std::upper_bound(m_sessions.begin(), m_sessions.end(), session, startedBefore);
        m_sessions.insert(at, std::move(session));
        Q_EMIT sessionsChanged();
    }
    return {id, std::nullopt};
}

HistoryStore::Result HistoryStore::update(const Session &session)
{
    const Session *stored = find(session.id);
    if (!stored || stored->deviceId != m_deviceId)
        return {
            {},
            HistoryProblem{
                ownFilePath(),
                0,
                {},
                tr("cannot complete session %1: this device has no such session").arg(session.id)}};
    Session completed = withCleanText(session);
    completed.deviceId = m_deviceId;
    completed.deviceName = cleaned(m_deviceName, false);
    if (auto problem = HistoryFile::append(ownFilePath(), completed))
        return {{}, std::move(problem)};
    m_byId.insert(completed.id, completed);
    const auto at = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [&](const Session &each) { return each.id == completed.id; });
    *at = std::move(completed);
    Q_EMIT sessionsChanged();
    return {session.id, std::nullopt};
}

bool HistoryStore::hasSessionOn(QDate day) const
{
    // Newest first: the day asked about is nearly always today.
    return std::any_of(m_sessions.crbegin(), m_sessions.crend(), [day](const Session &session) {
        return session.started.toLocalTime().date() == day;
    });
}

HistoryStore::Result HistoryStore::remove(const QString &sessionId)
{
    if (!find(sessionId))
        return {{},
                HistoryProblem{
                    ownFilePath(),
                    0,
                    {},
                    tr("cannot delete session %1: there is no such session").arg(sessionId)}};
    const SessionDeletion deletion{freshId(), m_deviceId, sessionId, QDateTime::currentDateTime()};
    if (auto problem = HistoryFile::append(ownFilePath(), deletion))
        return {{}, std::move(problem)};
    m_deleted.insert(sessionId);
    m_sessions.removeIf([&sessionId](const Session &session) { return session.id == sessionId; });
    Q_EMIT sessionsChanged();
    return {deletion.id, std::nullopt};
}

HistoryStore::Result HistoryStore::restore(Session session)
{
    session.id.clear();
    return add(std::move(session));
}

void HistoryStore::rebuild()
{
    m_sessions.clear();
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it) {
        if (!m_deleted.contains(it.key()))
            m_sessions.append(it.value());
    }
    std::sort(m_sessions.begin(), m_sessions.end(), startedBefore);
}

} // namespace limber
