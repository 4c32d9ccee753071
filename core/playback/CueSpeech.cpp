#include "playback/CueSpeech.h"

#include "model/Catalog.h"
#include "playback/Cue.h"
#include "playback/Timeline.h"

#include <QCoreApplication>

namespace limber {

namespace {
constexpr qint64 msPerSecond = 1000;

const Segment *segmentAt(const Timeline &timeline, int index)
{
    if (index < 0 || index >= timeline.segments().size())
        return nullptr;
    return &timeline.segments().at(index);
}

QString stretchName(const Segment &segment, const Catalog &catalog)
{
    const Stretch *stretch = catalog.find(segment.stretchId);
    return stretch ? stretch->name() : QString();
}

// Whole sentences per case rather than glued fragments, so a translator can reorder them.
// The plural source is "%n seconds", not "%n second(s)": it is spoken, holds last at least
// five seconds, and a translator still gets every plural form through %n.
QString exerciseStarted(const Segment &segment, const QString &name)
{
    const int seconds = int(segment.durationMs / msPerSecond);
    if (segment.kind == SegmentKind::Flow) {
        switch (segment.side) {
        case Side::Left:
            return QCoreApplication::translate(
                       "CueSpeech", "%1, left side, move slowly, %n seconds", nullptr, seconds)
                .arg(name);
        case Side::Right:
            return QCoreApplication::translate(
                       "CueSpeech", "%1, right side, move slowly, %n seconds", nullptr, seconds)
                .arg(name);
        case Side::None:
            break;
        }
        return QCoreApplication::translate("CueSpeech", "%1, move slowly, %n seconds", nullptr,
                                           seconds)
            .arg(name);
    }
    switch (segment.side) {
    case Side::Left:
        return QCoreApplication::translate("CueSpeech", "%1, left side, %n seconds", nullptr,
                                           seconds)
            .arg(name);
    case Side::Right:
        return QCoreApplication::translate("CueSpeech", "%1, right side, %n seconds", nullptr,
                                           seconds)
            .arg(name);
    case Side::None:
        break;
    }
    return QCoreApplication::translate("CueSpeech", "%1, %n seconds", nullptr, seconds).arg(name);
}

QString comingNext(const Segment &segment, const QString &name)
{
    switch (segment.side) {
    case Side::Left:
        return QCoreApplication::translate("CueSpeech", "Next: %1, left side").arg(name);
    case Side::Right:
        return QCoreApplication::translate("CueSpeech", "Next: %1, right side").arg(name);
    case Side::None:
        break;
    }
    return QCoreApplication::translate("CueSpeech", "Next: %1").arg(name);
}
} // namespace

QString spokenTextFor(const Cue &cue, const Timeline &timeline, const Catalog &catalog)
{
    const Segment *segment = segmentAt(timeline, cue.segmentIndex);
    switch (cue.kind) {
    case CueKind::Countdown:
        return {};
    case CueKind::ExerciseStarted: {
        if (!segment)
            return {};
        const QString name = stretchName(*segment, catalog);
        return name.isEmpty() ? QString() : exerciseStarted(*segment, name);
    }
    case CueKind::Halfway:
        if (!segment || segment->kind != SegmentKind::Hold ||
            segment->durationMs < halfwaySpokenFromMs)
            return {};
        return QCoreApplication::translate("CueSpeech", "Halfway");
    case CueKind::SwitchSides:
        return QCoreApplication::translate("CueSpeech", "Switch sides");
    case CueKind::RoutineFinished:
        return QCoreApplication::translate("CueSpeech", "Routine complete. Well done.");
    }
    return {};
}

QLocale spokenLanguage()
{
    const QLocale interface;
    if (interface.language() == QLocale::English)
        return interface;
    static constexpr char marker[] = "Switch sides";
    const bool translated =
        QCoreApplication::translate("CueSpeech", marker) != QLatin1String(marker);
    return translated ? interface : QLocale(QLocale::English);
}

QString spokenTextForSegmentStart(int segmentIndex, const Timeline &timeline,
                                  const Catalog &catalog)
{
    const Segment *segment = segmentAt(timeline, segmentIndex);
    if (!segment)
        return {};
    switch (segment->kind) {
    case SegmentKind::Warmup:
        return QCoreApplication::translate("CueSpeech", "Warm-up: march gently in place");
    case SegmentKind::Prepare:
    case SegmentKind::Rest: {
        const QString name = stretchName(*segment, catalog);
        return name.isEmpty() ? QString() : comingNext(*segment, name);
    }
    case SegmentKind::Hold:
    case SegmentKind::Flow:
    case SegmentKind::Switch:
        break;
    }
    return {};
}

} // namespace limber
