#include "playback/Segment.h"

namespace limber {

QString segmentKindKey(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Warmup:
        return QStringLiteral("warmup");
    case SegmentKind::Prepare:
        return QStringLiteral("prepare");
    case SegmentKind::Hold:
        return QStringLiteral("hold");
    case SegmentKind::Flow:
        return QStringLiteral("flow");
    case SegmentKind::Switch:
        return QStringLiteral("switch");
    case SegmentKind::Rest:
        return QStringLiteral("rest");
    }
    return {};
}

QString sideKey(Side side)
{
    switch (side) {
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    case Side::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace limber
