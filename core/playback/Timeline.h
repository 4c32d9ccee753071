#pragma once

#include "playback/Segment.h"

#include <QList>

namespace limber {

class Catalog;
class Stretch;
struct Routine;
struct RoutineStep;
struct TimingPreferences;

// A routine expanded into the flat, contiguous list of segments that is played.
class Timeline
{
public:
    Timeline() = default;
    explicit Timeline(QList<Segment> segments);

    // Pure: the same routine and preferences always give the same timeline. Steps naming
    // stretches the catalog does not know are skipped (a validated routine has none).
    static Timeline build(const Routine &routine, const TimingPreferences &preferences,
                          const Catalog &catalog);

    const QList<Segment> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    qint64 totalMs() const { return m_segments.isEmpty() ? 0 : m_segments.last().endMs(); }
    // Number of stretches played (each repeat counts), not counting the warm-up.
    int stretchCount() const;

    // The segment containing positionMs (a segment owns [start, end)); the last segment for
    // the end position, -1 for an empty timeline.
    int indexAt(qint64 positionMs) const;

    // Longer the segment at index by extraMs, moving everything after it.
    void extendSegment(int index, qint64 extraMs);

    // A stretch's block is the gap leading into it, its holds and its switches. The warm-up
    // is a block of its own. Returns the index of the block's first segment.
    int blockStartIndex(int segmentIndex) const;
    int nextBlockStartIndex(int segmentIndex) const; // -1 when there is none
    // Index of the first hold or flow of the block containing segmentIndex.
    int blockExerciseIndex(int segmentIndex) const;

    friend bool operator==(const Timeline &, const Timeline &) = default;

private:
    QList<Segment> m_segments;
};

// How long one side of a step is held: the step's own value, else the user's override for
// the stretch, else the user's default hold, else the stretch's default.
int effectiveHoldSeconds(const RoutineStep &step, const Stretch &stretch,
                         const TimingPreferences &preferences);

} // namespace limber
