#pragma once

#include "history/HistoryFile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace limber {

// Every device's history in one folder ("<device-id>.jsonl" each), merged: sorted by start
// time, de-duplicated by id, deletions applied. This device only ever appends to its own file.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    HistoryStore(QString directory, QString deviceId, QString deviceName,
                 QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // Reads and writes another folder from now on (the data folder moved); load() reads it.
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString deviceId() const { return m_deviceId; }
    QString deviceName() const { return m_deviceName; }
    QString ownFilePath() const;
    // Where parsed files are kept between starts (HistoryCache); none unless set.
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }

    // (Re)reads every *.jsonl file in the folder. Returns the problems not reported by an
    // earlier load (a torn line is reported once, not at every start).
    QList<HistoryProblem> load();

    // Oldest first.
    const QList<Session> &sessions() const { return m_sessions; }
    const Session *find(const QString &id) const;
    // Whether a session started on that day, in this device's time zone (the daily reminder
    // has nothing to remind of then).
    bool hasSessionOn(QDate day) const;

    // Appends to this device's file (fsync'd) and adds it. The session gets this device's id
    // and name, and a fresh id when it has none. Returns the stored session's id, or the
    // problem with nothing changed.
    struct Result
    {
        QString id;
        std::optional<HistoryProblem> problem;
        bool ok() const { return !problem; }
    };
    Result add(Session session);
    // Appends the session again under its own id, completed (the pain after and the note,
    // given on the summary after it was first saved): a later line of this device's file
    // replaces an earlier one with the same id.
    Result update(const Session &session);
    // Appends a deletion line for the session.
    Result remove(const QString &sessionId);
    // Brings a deleted session back (undo): appended again under a fresh id, since the
    // deletion line stays in the file for good.
    Result restore(Session session);

Q_SIGNALS:
    void sessionsChanged();

private:
    void rebuild();

    QString m_directory;
    QString m_deviceId;
    QString m_deviceName;
    QString m_cacheDirectory;
    QHash<QString, Session> m_byId;
    QSet<QString> m_deleted;
    QList<Session> m_sessions;
    QSet<QString> m_reported; // problem messages already returned by load()
};

} // namespace limber
