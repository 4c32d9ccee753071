#include "player/SegmentText.h"

#include "model/Catalog.h"

namespace limber {

namespace {
QString nameOf(const Segment &segment, const Catalog &catalog)
{
    const Stretch *stretch = catalog.find(segment.stretchId);
    return stretch ? stretch->name() : segment.stretchId;
}
} // namespace

QString SegmentText::sideLabel(Side side)
{
    switch (side) {
    case Side::Left:
        return tr("Left side");
    case Side::Right:
        return tr("Right side");
    case Side::None:
        break;
    }
    return {};
}

QString SegmentText::instruction(const Segment &segment, const Catalog &catalog)
{
    switch (segment.kind) {
    case SegmentKind::Warmup:
        return tr("March gently in place to warm up.");
    case SegmentKind::Prepare:
        return tr("Get into position for %1.").arg(nameOf(segment, catalog));
    case SegmentKind::Hold:
        return tr("Hold still and breathe slowly. A mild pull, never sharp pain.");
    case SegmentKind::Flow:
        return tr("Move slowly and smoothly, in time with your breath.");
    case SegmentKind::Switch:
        return tr("Switch to the other side.");
    case SegmentKind::Rest:
        return tr("Rest and breathe.");
    }
    return {};
}

QString SegmentText::nextUp(const Segment &segment, const Catalog &catalog)
{
    const QString side = sideLabel(segment.side);
    if (side.isEmpty())
        return tr("Next: %1").arg(nameOf(segment, catalog));
    return tr("Next: %1, %2").arg(nameOf(segment, catalog), side.toLower());
}

QString SegmentText::countdown(qint64 remainingMs)
{
    const qint64 seconds = (std::max(qint64(0), remainingMs) + 999) / 1000;
    return seconds < 60 ? QString::number(seconds) : clock(remainingMs);
}

QString SegmentText::clock(qint64 remainingMs)
{
    // Rounded up, like the countdown: "0:01" until the very end.
    const qint64 seconds = (std::max(qint64(0), remainingMs) + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace limber
