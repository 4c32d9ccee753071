#pragma once

#include <QString>

namespace limber {

enum class SegmentKind
{
    Warmup,
    Prepare,
    Hold,
    Flow,
    Switch,
    Rest
};
enum class Side
{
    None,
    Left,
    Right
};

QString segmentKindKey(SegmentKind kind);
QString sideKey(Side side);

// One stretch of time in a played routine. Segments are contiguous: each starts where the
// previous one ends.
struct Segment
{
    SegmentKind kind = SegmentKind::Hold;
    // The stretch being done; for prepare, rest and switch, the one coming next.
    QString stretchId;
    // For prepare, rest and switch, the side coming next.
    Side side = Side::None;
    qint64 startMs = 0;
    qint64 durationMs = 0;
    // Which routine step and which repeat of it this belongs to (-1 for the warm-up).
    int stepIndex = -1;
    int repeatIndex = 0;
    // Ordinal of the stretch being done or coming next among all stretches played
    // (0-based; -1 for the warm-up), for "Stretch 4 of 10".
    int stretchOrdinal = -1;
    // True for the hold of the second side of a sided stretch.
    bool secondSide = false;

    qint64 endMs() const { return startMs + durationMs; }
    bool isExercise() const { return kind == SegmentKind::Hold || kind == SegmentKind::Flow; }
    // Prepare, rest and switch are the gaps in which the person gets ready for what comes.
    bool isGap() const
    {
        return kind == SegmentKind::Prepare || kind == SegmentKind::Rest ||
               kind == SegmentKind::Switch;
    }

    friend bool operator==(const Segment &, const Segment &) = default;
};

} // namespace limber
