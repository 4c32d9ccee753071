#include "playback/SessionRecorder.h"

#include "playback/Clock.h"
#include "playback/RoutinePlayer.h"

#include <algorithm>

namespace limber {

namespace {
// A wake-up comes a little after the moment it was asked for; skipping within the last second
// of a hold is as good as holding it.
constexpr qint64 completionToleranceMs = 1000;
} // namespace

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
    const int reached = m_reached;
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

QList<PlayedExercise> SessionRecorder::exercises() const
{
    QList<PlayedExercise> played;
    const QList<Segment> &segments = m_player.timeline().segments();
    for (int index = 0; index < segments.size(); ++index) {
        const Segment &segment = segments.at(index);
        if (!segment.isExercise())
            continue;
        qint64 held = m_heldMs.value(index);
        if (m_running && index == m_previousSegment)
            held += m_clock.nowMs() - m_segmentSinceMs;
        played.append({index, std::min(held, segment.durationMs),
                       m_completedExercises.contains(index), m_hurt.contains(index)});
    }
    return played;
}

bool SessionRecorder::heldAnything() const
{
    const QList<PlayedExercise> played = exercises();
    return std::any_of(played.cbegin(), played.cend(),
                       [](const PlayedExercise &e) { return e.completed || e.hurt; });
}

void SessionRecorder::noteItHurts()
{
    ++m_itHurtsCount;
    // Pressed while getting ready, it is about the stretch coming next.
    const QList<Segment> &segments = m_player.timeline().segments();
    int index = m_player.currentSegmentIndex();
    while (index >= 0 && index < segments.size() && !segments.at(index).isExercise())
        ++index;
    if (index >= 0 && index < segments.size())
        m_hurt.insert(index);
}

void SessionRecorder::creditCurrentSegment()
{
    const qint64 now = m_clock.nowMs();
    if (m_running && m_previousSegment >= 0)
        m_heldMs[m_previousSegment] += now - m_segmentSinceMs;
    m_segmentSinceMs = now;
}

void SessionRecorder::onStateChanged()
{
    const RoutinePlayer::State state = m_player.state();
    const bool running = state == RoutinePlayer::State::Running;
    const bool wasActive =
        m_lastState == RoutinePlayer::State::Running || m_lastState == RoutinePlayer::State::Paused;
    const bool newSession = running && !wasActive;
    m_lastState = state;
    if (newSession) {
        m_activeMs = 0;
        m_itHurtsCount = 0;
        m_completedExercises.clear();
        m_heldMs.clear();
        m_hurt.clear();
        m_previousSegment = -1;
        m_reached = -1;
    }
    if (running != m_running)
        creditCurrentSegment();
    if (running && !m_running)
        m_runningSinceMs = m_clock.nowMs();
    if (!running && m_running)
        m_activeMs += m_clock.nowMs() - m_runningSinceMs;
    m_running = running;
    if (state == RoutinePlayer::State::Finished) {
        onSegmentChanged(int(m_player.timeline().segments().size()));
        Q_EMIT sessionEnded(true);
    } else if (state == RoutinePlayer::State::Idle && wasActive) {
        Q_EMIT sessionEnded(false);
    }
}

void SessionRecorder::onSegmentChanged(int index)
{
    creditCurrentSegment();
    // Moving on to the very next segment after holding it for its length means it played to
    // its end; any other move is a skip (even "next" from the last stretch, which also lands
    // on the following index) or a step back.
    const QList<Segment> &segments = m_player.timeline().segments();
    if (m_previousSegment >= 0 && index == m_previousSegment + 1 &&
        m_previousSegment < segments.size() && segments.at(m_previousSegment).isExercise()) {
        const Segment &previous = segments.at(m_previousSegment);
        if (m_player.positionMs() >= previous.endMs() &&
            m_heldMs.value(m_previousSegment) + completionToleranceMs >= previous.durationMs)
            m_completedExercises.insert(m_previousSegment);
    }
    if (index < 0)
        return; // stopped: keep what was reached for the summary
    m_previousSegment = index;
    m_reached = std::max(m_reached, index);
}

} // namespace limber
