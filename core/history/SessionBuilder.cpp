#include "history/SessionBuilder.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"

namespace limber {

std::optional<Session> SessionBuilder::build(const Timeline &timeline,
                                             const SessionRecorder &recorder,
                                             const Catalog &catalog, const Played &played)
{
    if (!recorder.heldAnything())
        return std::nullopt;

    Session session;
    session.started = played.started;
    session.ended = played.ended;
    session.activeMs = played.activeMs;
    session.routineId = played.routineId;
    session.routineName = played.routineName;
    session.painBefore = played.painBefore;
    const QList<Segment> &segments = timeline.segments();
    for (const PlayedExercise &exercise : recorder.exercises()) {
        if (exercise.segmentIndex < 0 || exercise.segmentIndex >= segments.size())
            continue;
        const Segment &segment = segments.at(exercise.segmentIndex);
        SessionHold hold;
        hold.stretchId = segment.stretchId;
        const Stretch *stretch = catalog.find(segment.stretchId);
        hold.stretchName = stretch ? stretch->untranslatedName() : segment.stretchId;
        hold.side = segment.side;
        hold.outcome = exercise.hurt        ? HoldOutcome::Hurt
                       : exercise.completed ? HoldOutcome::Done
                                            : HoldOutcome::Skipped;
        hold.plannedMs = segment.durationMs;
        hold.heldMs = exercise.heldMs;
        session.holds.append(hold);
    }
    return session;
}

} // namespace limber
