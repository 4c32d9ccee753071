#include "player/PracticeJournal.h"

#include "history/HistoryStore.h"
#include "history/SessionBuilder.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"

namespace limber {

namespace {
// The offset is kept with the time, so a session played abroad reads as it was lived.
QDateTime withOffset(const QDateTime &local)
{
    return local.toOffsetFromUtc(local.offsetFromUtc());
}
} // namespace

PracticeJournal::PracticeJournal(const Catalog &catalog, HistoryStore &store, RoutinePlayer &player,
                                 SessionRecorder &recorder, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_player(player)
    , m_recorder(recorder)
{
    connect(&player, &RoutinePlayer::stateChanged, this, &PracticeJournal::onStateChanged);
    connect(&recorder, &SessionRecorder::sessionEnded, this, &PracticeJournal::onSessionEnded);
}

void PracticeJournal::setRoutine(const QString &id, const QString &name)
{
    m_routineId = id;
    m_routineName = name;
}

void PracticeJournal::onStateChanged()
{
    const RoutinePlayer::State state = m_player.state();
    const bool active =
        state == RoutinePlayer::State::Running || state == RoutinePlayer::State::Paused;
    if (active && !m_active) {
        m_started = withOffset(m_now());
        m_last.reset();
    }
    m_active = active;
}

void PracticeJournal::onSessionEnded()
{
    SessionBuilder::Played played;
    played.routineId = m_routineId;
    played.routineName = m_routineName;
    played.started = m_started;
    played.ended = withOffset(m_now());
    played.activeMs = m_recorder.summary().activeMs;
    played.painBefore = m_painBefore;
    std::optional<Session> session =
        SessionBuilder::build(m_player.timeline(), m_recorder, m_catalog, played);
    m_painBefore.reset();
    if (!session) {
        Q_EMIT sessionNotKept();
        return;
    }
    const HistoryStore::Result result = m_store.add(*session);
    if (!result.ok()) {
        Q_EMIT saveFailed(result.problem->message());
        return;
    }
    m_last = *m_store.find(result.id);
    Q_EMIT sessionSaved(*m_last);
}

void PracticeJournal::completeLastSession(std::optional<int> painAfter, const QString &note)
{
    if (!m_last)
        return;
    Session completed = *m_last;
    completed.painAfter = painAfter;
    completed.note = note.trimmed().left(historyLimits::maxNoteLength);
    if (completed == *m_last)
        return;
    const HistoryStore::Result result = m_store.update(completed);
    if (!result.ok()) {
        Q_EMIT saveFailed(result.problem->message());
        return;
    }
    m_last = completed;
    Q_EMIT sessionCompleted(completed);
}

} // namespace limber
