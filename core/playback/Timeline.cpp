#include "playback/Timeline.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <algorithm>

namespace limber {

namespace {
constexpr qint64 msPerSecond = 1000;

QList<Side> sidesToPlay(const RoutineStep &step, const Stretch &stretch)
{
    if (!stretch.isSided())
        return {Side::None};
    switch (step.sides) {
    case Sides::Left:
        return {Side::Left};
    case Sides::Right:
        return {Side::Right};
    case Sides::Both:
        break;
    }
    return {Side::Left, Side::Right};
}

// Appends segments back to back, dropping empty ones.
class SegmentWriter
{
public:
    void append(Segment segment, int seconds)
    {
        if (seconds <= 0)
            return;
        segment.startMs = m_endMs;
        segment.durationMs = seconds * msPerSecond;
        m_endMs = segment.endMs();
        m_segments.append(std::move(segment));
    }

    QList<Segment> take() { return std::move(m_segments); }

private:
    QList<Segment> m_segments;
    qint64 m_endMs = 0;
};
} // namespace

int effectiveHoldSeconds(const RoutineStep &step, const Stretch &stretch,
                         const TimingPreferences &preferences)
{
    if (step.holdSeconds)
        return *step.holdSeconds;
    if (const auto override = preferences.holdOverrides.constFind(stretch.id());
        override != preferences.holdOverrides.constEnd())
        return *override;
    return preferences.defaultHoldSeconds.value_or(stretch.defaultHoldSeconds());
}

Timeline::Timeline(QList<Segment> segments)
    : m_segments(std::move(segments))
{
}

Timeline Timeline::build(const Routine &routine, const TimingPreferences &preferences,
                         const Catalog &catalog)
{
    const int prepareSeconds = routine.prepareSeconds.value_or(preferences.prepareSeconds);
    const int restSeconds = routine.restSeconds.value_or(preferences.restSeconds);
    const int switchSeconds = routine.switchSeconds.value_or(preferences.switchSeconds);
    const int warmupSeconds = routine.warmupSeconds.value_or(preferences.warmupSeconds);

    SegmentWriter writer;
    Segment warmup;
    warmup.kind = SegmentKind::Warmup;
    warmup.stretchId = Catalog::warmUpId.toString();
    writer.append(warmup, warmupSeconds);

    int ordinal = 0;
    for (int stepIndex = 0; stepIndex < routine.steps.size(); ++stepIndex) {
        const RoutineStep &step = routine.steps.at(stepIndex);
        const Stretch *stretch = catalog.find(step.stretchId);
        if (!stretch)
            continue;
        const QList<Side> sides = sidesToPlay(step, *stretch);
        const int holdSeconds = effectiveHoldSeconds(step, *stretch, preferences);
        const SegmentKind exerciseKind =
            stretch->kind() == StretchKind::Flow ? SegmentKind::Flow : SegmentKind::Hold;

        for (int repeat = 0; repeat < step.repeat; ++repeat, ++ordinal) {
            Segment segment;
            segment.stretchId = stretch->id();
            segment.stepIndex = stepIndex;
            segment.repeatIndex = repeat;
            segment.stretchOrdinal = ordinal;
            segment.side = sides.first();

            segment.kind = ordinal == 0 ? SegmentKind::Prepare : SegmentKind::Rest;
            writer.append(segment, ordinal == 0 ? prepareSeconds : restSeconds);

            for (int sideIndex = 0; sideIndex < sides.size(); ++sideIndex) {
                segment.side = sides.at(sideIndex);
                if (sideIndex > 0) {
                    segment.kind = SegmentKind::Switch;
                    segment.secondSide = false;
                    writer.append(segment, switchSeconds);
                }
                segment.kind = exerciseKind;
                segment.secondSide = sideIndex > 0;
                writer.append(segment, holdSeconds);
            }
        }
    }
    return Timeline(writer.take());
}

int Timeline::stretchCount() const
{
    return m_segments.isEmpty() ? 0 : m_segments.last().stretchOrdinal + 1;
}

int Timeline::indexAt(qint64 positionMs) const
{
    if (m_segments.isEmpty())
        return -1;
    // Binary search: the first segment ending after the position.
    const auto it = std::upper_bound(
        m_segments.cbegin(), m_segments.cend(), positionMs,
        [](qint64 position, const Segment &segment) { return position < segment.endMs(); });
    if (it == m_segments.cend())
        return int(m_segments.size()) - 1;
    return int(it - m_segments.cbegin());
}

void Timeline::extendSegment(int index, qint64 extraMs)
{
    if (index < 0 || index >= m_segments.size() || extraMs <= 0)
        return;
    m_segments[index].durationMs += extraMs;
    for (int later = index + 1; later < m_segments.size(); ++later)
        m_segments[later].startMs += extraMs;
}

int Timeline::blockStartIndex(int segmentIndex) const
{
    if (segmentIndex < 0 || segmentIndex >= m_segments.size())
        return -1;
    const int ordinal = m_segments.at(segmentIndex).stretchOrdinal;
    int start = segmentIndex;
    while (start > 0 && m_segments.at(start - 1).stretchOrdinal == ordinal)
        --start;
    return start;
}

int Timeline::nextBlockStartIndex(int segmentIndex) const
{
    if (segmentIndex < 0 || segmentIndex >= m_segments.size())
        return -1;
    const int ordinal = m_segments.at(segmentIndex).stretchOrdinal;
    for (int next = segmentIndex + 1; next < m_segments.size(); ++next) {
        if (m_segments.at(next).stretchOrdinal != ordinal)
            return next;
    }
    return -1;
}

int Timeline::blockExerciseIndex(int segmentIndex) const
{
    const int start = blockStartIndex(segmentIndex);
    if (start < 0)
        return -1;
    const int ordinal = m_segments.at(start).stretchOrdinal;
    for (int index = start; index < m_segments.size(); ++index) {
        const Segment &segment = m_segments.at(index);
        if (segment.stretchOrdinal != ordinal)
            break;
        if (segment.isExercise() || segment.kind == SegmentKind::Warmup)
            return index;
    }
    return start;
}

} // namespace limber
