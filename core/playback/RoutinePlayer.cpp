#include "playback/RoutinePlayer.h"

#include "playback/Clock.h"

#include <algorithm>

namespace limber {

namespace {
constexpr qint64 msPerSecond = 1000;
} // namespace

RoutinePlayer::RoutinePlayer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

void RoutinePlayer::setTimeline(Timeline timeline)
{
    stop();
    m_timeline = std::move(timeline);
    m_cues = cuesOf(m_timeline);
    Q_EMIT timelineChanged();
}

qint64 RoutinePlayer::positionMs() const
{
    switch (m_state) {
    case State::Idle:
    case State::Paused:
        return m_basePositionMs;
    case State::Finished:
        return m_timeline.totalMs();
    case State::Running:
        break;
    }
    const qint64 elapsed = m_clock.nowMs() - m_anchorClockMs;
    return std::clamp(m_basePositionMs + elapsed, qint64(0), m_timeline.totalMs());
}

const Segment *RoutinePlayer::currentSegment() const
{
    if (m_segmentIndex < 0 || m_segmentIndex >= m_timeline.segments().size())
        return nullptr;
    return &m_timeline.segments().at(m_segmentIndex);
}

qint64 RoutinePlayer::segmentRemainingMs() const
{
    const Segment *segment = currentSegment();
    if (!segment)
        return 0;
    return std::max(qint64(0), segment->endMs() - positionMs());
}

qint64 RoutinePlayer::nextWakeUpDelayMs() const
{
    if (m_state != State::Running)
        return -1;
    const qint64 position = positionMs();
    const int index = m_timeline.indexAt(position);
    if (index < 0)
        return -1;
    const qint64 segmentEnd = m_timeline.segments().at(index).endMs();
    // The countdown shows whole seconds left, so it changes when the time left crosses one.
    const qint64 untilSecond = (segmentEnd - position) % msPerSecond;
    qint64 delay = std::min(segmentEnd - position, untilSecond == 0 ? msPerSecond : untilSecond);

    const auto nextCue = std::upper_bound(m_cues.cbegin(), m_cues.cend(), position,
                                          [](qint64 at, const Cue &cue) { return at < cue.atMs; });
    if (nextCue != m_cues.cend())
        delay = std::min(delay, nextCue->atMs - position);
    return std::max(delay, qint64(1));
}

void RoutinePlayer::start()
{
    if (m_timeline.isEmpty() || m_state == State::Running || m_state == State::Paused)
        return;
    m_emittedCues.clear();
    m_basePositionMs = 0;
    m_anchorClockMs = m_clock.nowMs();
    m_cueCursorMs = 0;
    m_segmentIndex = -1;
    setState(State::Running);
    update();
}

void RoutinePlayer::pause()
{
    if (m_state != State::Running)
        return;
    update(); // whatever was due before the pause still happens
    if (m_state != State::Running)
        return;
    m_basePositionMs = positionMs();
    setState(State::Paused);
    requestWakeUp();
}

void RoutinePlayer::resume()
{
    if (m_state != State::Paused)
        return;
    m_anchorClockMs = m_clock.nowMs();
    setState(State::Running);
    update();
}

void RoutinePlayer::togglePause()
{
    if (m_state == State::Running)
        pause();
    else if (m_state == State::Paused)
        resume();
    else
        start();
}

void RoutinePlayer::next()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    update();
    if (m_state == State::Finished)
        return;
    const int index = m_segmentIndex;
    const QList<Segment> &segments = m_timeline.segments();
    if (segments.at(index).isGap()) {
        seekTo(segments.at(index + 1).startMs);
        return;
    }
    const int nextBlock = m_timeline.nextBlockStartIndex(index);
    seekTo(nextBlock < 0 ? m_timeline.totalMs() : segments.at(nextBlock).startMs);
}

void RoutinePlayer::previous()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    update();
    if (m_state == State::Finished)
        return;
    const qint64 position = positionMs();
    const int blockStart = m_timeline.blockStartIndex(m_segmentIndex);
    const qint64 blockStartMs = m_timeline.segments().at(blockStart).startMs;
    if (position - blockStartMs >= restartGraceMs || blockStart == 0) {
        seekTo(blockStartMs);
        return;
    }
    const int previousBlock = m_timeline.blockStartIndex(blockStart - 1);
    seekTo(m_timeline.segments().at(previousBlock).startMs);
}

bool RoutinePlayer::extendCurrent(qint64 extraMs)
{
    if ((m_state != State::Running && m_state != State::Paused) || extraMs <= 0)
        return false;
    update();
    if (m_state == State::Finished)
        return false;
    // Keep the position where it is while the segments after it move.
    m_basePositionMs = positionMs();
    m_anchorClockMs = m_clock.nowMs();
    m_timeline.extendSegment(m_segmentIndex, extraMs);
    m_cues = cuesOf(m_timeline);
    Q_EMIT timelineChanged();
    update();
    return true;
}

void RoutinePlayer::stop()
{
    const bool wasActive = m_state != State::Idle;
    m_basePositionMs = 0;
    m_cueCursorMs = 0;
    m_emittedCues.clear();
    m_segmentIndex = -1;
    if (wasActive) {
        setState(State::Idle);
        Q_EMIT segmentChanged(-1);
        requestWakeUp();
    }
}

void RoutinePlayer::update()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    const qint64 position = positionMs();
    const int index = m_timeline.indexAt(position);
    if (m_state == State::Running)
        emitDueCues(position);
    if (index != m_segmentIndex) {
        m_segmentIndex = index;
        Q_EMIT segmentChanged(index);
    }
    if (m_state == State::Running && position >= m_timeline.totalMs()) {
        m_basePositionMs = m_timeline.totalMs();
        setState(State::Finished);
    }
    Q_EMIT positionChanged(position);
    requestWakeUp();
}

void RoutinePlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RoutinePlayer::seekTo(qint64 positionMs)
{
    const qint64 target = std::clamp(positionMs, qint64(0), m_timeline.totalMs());
    if (target < m_cueCursorMs) {
        // Going back replays what lies ahead, cues included.
        for (const Cue &cue : std::as_const(m_cues)) {
            if (cue.atMs >= target)
                m_emittedCues.remove(cueKey(cue));
        }
    }
    m_basePositionMs = target;
    m_anchorClockMs = m_clock.nowMs();
    m_cueCursorMs = target;
    update();
}

void RoutinePlayer::emitDueCues(qint64 positionMs)
{
    for (const Cue &cue : std::as_const(m_cues)) {
        if (cue.atMs < m_cueCursorMs)
            continue;
        if (cue.atMs > positionMs)
            break;
        if (m_emittedCues.contains(cueKey(cue)))
            continue;
        m_emittedCues.insert(cueKey(cue));
        // Views react to the segment a cue belongs to, so announce the segment first.
        if (cue.segmentIndex != m_segmentIndex && cue.kind != CueKind::RoutineFinished) {
            m_segmentIndex = cue.segmentIndex;
            Q_EMIT segmentChanged(m_segmentIndex);
        }
        Q_EMIT cueReached(cue);
    }
    m_cueCursorMs = std::max(m_cueCursorMs, positionMs + 1);
}

void RoutinePlayer::requestWakeUp()
{
    Q_EMIT wakeUpRequested(nextWakeUpDelayMs());
}

quint64 RoutinePlayer::cueKey(const Cue &cue)
{
    return (quint64(quint32(cue.segmentIndex)) << 32) | (quint64(cue.kind) << 8) |
           quint64(quint8(cue.count));
}

} // namespace limber
