#include "history/HurtMarks.h"

#include <algorithm>
#include <QSet>

namespace limber {

namespace {
bool hurtIn(const Session &session, const QString &stretchId)
{
    return std::any_of(session.holds.cbegin(), session.holds.cend(), [&](const SessionHold &h) {
        return h.stretchId == stretchId && h.outcome == HoldOutcome::Hurt;
    });
}

// Held to its end and not stopped with "It hurts" on either side.
bool heldCleanlyIn(const Session &session, const QString &stretchId)
{
    const bool done =
        std::any_of(session.holds.cbegin(), session.holds.cend(), [&](const SessionHold &h) {
            return h.stretchId == stretchId && h.outcome == HoldOutcome::Done;
        });
    return done && !hurtIn(session, stretchId);
}
} // namespace

QHash<QString, QDateTime> HurtMarks::forRoutine(const QList<Session> &sessions,
                                                const QString &routineKey)
{
    QList<const Session *> recent;
    for (auto it = sessions.crbegin(); it != sessions.crend() && recent.size() < sessionsLookedAt;
         ++it) {
        if (it->routineKey() == routineKey)
            recent.prepend(&*it);
    }

    QHash<QString, QDateTime> marks;
    QSet<QString> decided;
    for (qsizetype index = recent.size() - 1; index >= 0; --index) {
        for (const SessionHold &hold : recent.at(index)->holds) {
            // Walking newest first, the first hurt seen for a stretch is its latest.
            if (hold.outcome != HoldOutcome::Hurt || decided.contains(hold.stretchId))
                continue;
            decided.insert(hold.stretchId);
            const auto cleanSince =
                std::count_if(recent.cbegin() + index + 1, recent.cend(),
                              [&](const Session *s) { return heldCleanlyIn(*s, hold.stretchId); });
            if (cleanSince < sessionsToClear)
                marks.insert(hold.stretchId, recent.at(index)->started);
        }
    }
    return marks;
}

} // namespace limber
