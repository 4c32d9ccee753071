#pragma once

#include "history/HistoryLine.h"
#include "history/Session.h"

#include <ostream>
#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

// Lets a failing assertion show a Qt string after <<.
inline std::ostream &operator<<(std::ostream &out, const QString &text)
{
    return out << text.toStdString();
}

namespace limber::test {

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline SessionHold hold(const char *stretchId, HoldOutcome outcome, Side side = Side::None)
{
    SessionHold made;
    made.stretchId = QString::fromLatin1(stretchId);
    made.stretchName = QString::fromLatin1(stretchId).toUpper();
    made.side = side;
    made.outcome = outcome;
    made.plannedMs = 30000;
    made.heldMs = outcome == HoldOutcome::Done ? 30000 : 12000;
    return made;
}

inline Session session(const char *id, const char *started, const char *routineId = "back",
                       QList<SessionHold> holds = {hold("cat-cow", HoldOutcome::Done)})
{
    Session made;
    made.id = QString::fromLatin1(id);
    made.deviceId = QStringLiteral("device-a");
    made.deviceName = QStringLiteral("laptop");
    made.started = at(started);
    made.ended = made.started.addSecs(600);
    made.activeMs = 540000;
    made.routineId = QString::fromLatin1(routineId);
    made.routineName = QStringLiteral("Back and hips");
    made.holds = std::move(holds);
    return made;
}

inline SessionDeletion deletion(const char *id, const char *deviceId, const char *deletedId)
{
    return {QString::fromLatin1(id), QString::fromLatin1(deviceId), QString::fromLatin1(deletedId),
            at("2026-12-02T09:00:00+01:00")};
}

inline QByteArray lineOf(const HistoryEntry &entry)
{
    return HistoryLine::encode(entry) + '\n';
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QStringList messages(const QList<HistoryProblem> &problems)
{
    QStringList list;
    for (const HistoryProblem &problem : problems)
        list.append(problem.message());
    return list;
}

inline QStringList ids(const QList<Session> &sessions)
{
    QStringList list;
    for (const Session &session : sessions)
        list.append(session.id);
    return list;
}

} // namespace limber::test
