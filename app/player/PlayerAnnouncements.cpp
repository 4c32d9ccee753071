#include "player/PlayerAnnouncements.h"

#include "model/Catalog.h"
#include "playback/CueSpeech.h"
#include "player/SegmentText.h"

#include <utility>

namespace limber {

PlayerAnnouncements::PlayerAnnouncements(const Catalog &catalog, RoutinePlayer &player,
                                         QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_player(player)
    , m_state(player.state())
{
    connect(&m_player, &RoutinePlayer::cueReached, this, &PlayerAnnouncements::onCue);
    connect(&m_player, &RoutinePlayer::segmentChanged, this,
            &PlayerAnnouncements::onSegmentChanged);
    connect(&m_player, &RoutinePlayer::stateChanged, this, &PlayerAnnouncements::onStateChanged);
    connect(&m_player, &RoutinePlayer::positionChanged, this,
            &PlayerAnnouncements::onPositionChanged);
}

void PlayerAnnouncements::onCue(const Cue &cue)
{
    switch (cue.kind) {
    case CueKind::ExerciseStarted:
    case CueKind::SwitchSides:
    case CueKind::RoutineFinished:
        // The voice cues' own sentences, so what is heard with and without a screen reader
        // is worded alike (and translated once).
        announce([this, cue] { return spokenTextFor(cue, m_player.timeline(), m_catalog); });
        break;
    case CueKind::Countdown:
    case CueKind::Halfway:
        break;
    }
}

void PlayerAnnouncements::onSegmentChanged(int index)
{
    const QList<Segment> &segments = m_player.timeline().segments();
    if (index < 0 || index >= segments.size())
        return;
    const Segment &segment = segments.at(index);
    m_tenSecondsArmed = segment.isExercise() && segment.durationMs >= tenSecondsLeftFromMs;
    switch (segment.kind) {
    case SegmentKind::Warmup:
        announce([this, index] {
            return spokenTextForSegmentStart(index, m_player.timeline(), m_catalog);
        });
        break;
    case SegmentKind::Rest:
        //: %1 is what comes next, e.g. "Next: Butterfly stretch, left side"
        announce([this, segment] {
            return tr("Rest. %1").arg(SegmentText::nextUp(segment, m_catalog));
        });
        break;
    case SegmentKind::Prepare:
        //: %1 is what comes next, e.g. "Next: Butterfly stretch, left side"
        announce([this, segment] {
            return tr("Get ready. %1").arg(SegmentText::nextUp(segment, m_catalog));
        });
        break;
    case SegmentKind::Hold:
    case SegmentKind::Flow:
    case SegmentKind::Switch:
        // Announced by their cues (the stretch's start, "Switch sides").
        break;
    }
}

void PlayerAnnouncements::onStateChanged(RoutinePlayer::State state)
{
    const RoutinePlayer::State before = std::exchange(m_state, state);
    switch (state) {
    case RoutinePlayer::State::Paused:
        announce([] { return tr("Paused"); });
        break;
    case RoutinePlayer::State::Running:
        if (before == RoutinePlayer::State::Paused)
            announce([] { return tr("Resumed"); });
        break;
    case RoutinePlayer::State::Idle:
        m_words = nullptr;
        if (before != RoutinePlayer::State::Idle)
            Q_EMIT announced(QString());
        break;
    case RoutinePlayer::State::Finished:
        // The end is worded by its cue.
        break;
    }
}

void PlayerAnnouncements::onPositionChanged()
{
    const Segment *segment = m_player.currentSegment();
    if (!segment || !segment->isExercise() || segment->durationMs < tenSecondsLeftFromMs)
        return;
    const qint64 remaining = m_player.segmentRemainingMs();
    if (remaining > tenSecondsMs) {
        m_tenSecondsArmed = true;
    } else if (m_tenSecondsArmed && remaining > 0 &&
               m_player.state() == RoutinePlayer::State::Running) {
        m_tenSecondsArmed = false;
        announce([] { return tr("Ten seconds left"); });
    }
}

void PlayerAnnouncements::announce(std::function<QString()> words)
{
    const QString text = words();
    if (text.isEmpty())
        return;
    m_words = std::move(words);
    Q_EMIT announced(text);
}

} // namespace limber
