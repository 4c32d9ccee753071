#include "playback/Cue.h"

#include "playback/Timeline.h"

namespace limber {

namespace {
constexpr int countdownSeconds = 3;
constexpr qint64 msPerSecond = 1000;
} // namespace

QList<Cue> cuesOf(const Timeline &timeline)
{
    QList<Cue> cues;
    const QList<Segment> &segments = timeline.segments();
    for (int index = 0; index < segments.size(); ++index) {
        const Segment &segment = segments.at(index);
        const bool switchesWithoutGap =
            segment.secondSide &&
            (index == 0 || segments.at(index - 1).kind != SegmentKind::Switch);
        if (segment.kind == SegmentKind::Switch || switchesWithoutGap)
            cues.append({CueKind::SwitchSides, index, segment.startMs, 0});
        if (segment.isExercise())
            cues.append({CueKind::ExerciseStarted, index, segment.startMs, 0});
        if (segment.kind == SegmentKind::Hold)
            cues.append({CueKind::Halfway, index, segment.startMs + segment.durationMs / 2, 0});
        if (segment.isGap()) {
            for (int count = countdownSeconds; count >= 1; --count) {
                const qint64 at = segment.endMs() - count * msPerSecond;
                if (at >= segment.startMs)
                    cues.append({CueKind::Countdown, index, at, count});
            }
        }
    }
    if (!segments.isEmpty())
        cues.append({CueKind::RoutineFinished, int(segments.size()) - 1, timeline.totalMs(), 0});
    return cues;
}

} // namespace limber
