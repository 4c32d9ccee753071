#include "playback/TimelineText.h"

#include "playback/Timeline.h"

namespace limber {

QString timelineToTsv(const Timeline &timeline)
{
    const QChar tab = QLatin1Char('\t');
    const QChar newline = QLatin1Char('\n');
    QString text = QStringLiteral("start_ms\tduration_ms\tkind\tstretch\tside\n");
    for (const Segment &segment : timeline.segments()) {
        text += QString::number(segment.startMs) + tab + QString::number(segment.durationMs) + tab +
                segmentKindKey(segment.kind) + tab + segment.stretchId + tab +
                sideKey(segment.side) + newline;
    }
    text += QStringLiteral("total") + tab + QString::number(timeline.totalMs()) + newline;
    return text;
}

} // namespace limber
