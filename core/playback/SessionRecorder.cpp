#include "playback/SessionRecorder.h"

#include "playback/Clock.h"
#include "playback/RoutinePlayer.h"

namespace limber {

SessionRecorder::SessionRecorder(const Clock &clock, RoutinePlayer &player, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_player(player)
{
    connect(&player, &RoutinePlayer::stateChanged, this, &SessionRecorder::onStateChanged);
    connect(&player, &RoutinePlayer::segmentChanged, this, &SessionRecorder::onSegmentChanged);
    // An extended hold still counts as played when it ends; its index does not change.
}

SessionSummary SessionRecorder::summary() const
{
    SessionSummary summary;
    summary.activeMs = m_activeMs + (m_running ? m_clock.nowMs() - m_runningSinceMs : 0);
    summary.itHurtsCount = m_itHurtsCount;

    // A stretch is done when every one of its holds ran to its end; one the session moved
    // past without that was skipped.
    const QList<Segment> &segments = m_player.timeline().segments();
    const int reached = m_player.state() == RoutinePlayer::State::Finished
                            ? int(segments.size())
                            : m_player.currentSegmentIndex();
    int ordinal = -1;
    bool complete = true;
    bool hasExercise = false;
    const auto close = [&](int endIndex) {
        if (ordinal < 0 || !hasExercise || endIndex > reached)
            return;
        ++(complete ? summary.stretchesDone : summary.stretchesSkipped);
    };
    for (int index = 0; index < segments.size(); ++index) {
        const Segment &segment = segments.at(index);
        if (segment.stretchOrdinal != ordinal) {
            close(index);
            ordinal = segment.stretchOrdinal;
            complete = true;
            hasExercise = false;
        }
        if (segment.isExercise()) {
            hasExercise = true;
            complete = complete && m_completedExercises.contains(index);
        }
    }
    close(int(segments.size()));
    return summary;
}

void SessionRecorder::noteItHurts()
{
    ++m_itHurtsCount;
}

void SessionRecorder::onStateChanged()
{
    const RoutinePlayer::State state = m_player.state();
    const bool running = state == RoutinePlayer::State::Running;
    const bool newSession = running && (m_lastState == RoutinePlayer::State::Idle ||
                                        m_lastState == RoutinePlayer::State::Finished);
    m_lastState = state;
    if (newSession) {
        m_activeMs = 0;
        m_itHurtsCount = 0;
        m_completedExercises.clear();
        m_previousSegment = -1;
    }
    if (running && !m_running)
        m_runningSinceMs = m_clock.nowMs();
    if (!running && m_running)
        m_activeMs += m_clock.nowMs() - m_runningSinceMs;
    m_running = running;
    if (state == RoutinePlayer::State::Finished)
        onSegmentChanged(int(m_player.timeline().segments().size()));
}

void SessionRecorder::onSegmentChanged(int index)
{
    // Moving on to the very next segment means the previous one played to its end; any
    // other move is a skip or a step back.
    const QList<Segment> &segments = m_player.timeline().segments();
    if (m_previousSegment >= 0 && index == m_previousSegment + 1 &&
        m_previousSegment < segments.size() && segments.at(m_previousSegment).isExercise()) {
        const Segment &previous = segments.at(m_previousSegment);
        if (m_player.positionMs() >= previous.endMs())
            m_completedExercises.insert(m_previousSegment);
    }
    m_previousSegment = index;
}

} // namespace limber
