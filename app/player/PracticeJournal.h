#pragma once

#include "history/Session.h"

#include <functional>
#include <optional>
#include <QObject>

namespace limber {

class Catalog;
class HistoryStore;
class RoutinePlayer;
class SessionRecorder;

// Keeps every session in the history: saved (and flushed to the disk) the moment it ends,
// completed with the pain after and a note when the person gives them on the summary.
class PracticeJournal : public QObject
{
    Q_OBJECT

public:
    PracticeJournal(const Catalog &catalog, HistoryStore &store, RoutinePlayer &player,
                    SessionRecorder &recorder, QObject *parent = nullptr);

    // What is played next; the id is empty for a routine file from the command line.
    void setRoutine(const QString &id, const QString &name);
    void setPainBefore(std::optional<int> pain) { m_painBefore = pain; }
    void setWallClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The session last saved, until the next one starts.
    const std::optional<Session> &lastSession() const { return m_last; }
    // Adds the summary's answers to the last session.
    void completeLastSession(std::optional<int> painAfter, const QString &note);

Q_SIGNALS:
    void sessionSaved(const limber::Session &session);
    // The pain after or the note were added.
    void sessionCompleted(const limber::Session &session);
    // Under one hold: nothing to keep.
    void sessionNotKept();
    void saveFailed(const QString &message);

private:
    void onStateChanged();
    void onSessionEnded();

    const Catalog &m_catalog;
    HistoryStore &m_store;
    RoutinePlayer &m_player;
    SessionRecorder &m_recorder;
    QString m_routineId;
    QString m_routineName;
    std::optional<int> m_painBefore;
    QDateTime m_started;
    bool m_active = false;
    std::optional<Session> m_last;
    std::function<QDateTime()> m_now = &QDateTime::currentDateTime;
};

} // namespace limber
