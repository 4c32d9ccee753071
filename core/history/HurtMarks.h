#pragma once

#include "history/Session.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace limber {

// Stretches to go gentler with: stopped with "It hurts" in one of the last three sessions of a
// routine, and not held since without it in two sessions.
class HurtMarks
{
public:
    static constexpr int sessionsLookedAt = 3;
    static constexpr int sessionsToClear = 2;

    // sessions oldest first (as HistoryStore keeps them); routineKey as Session::routineKey().
    // Stretch id → when it last hurt.
    static QHash<QString, QDateTime> forRoutine(const QList<Session> &sessions,
                                                const QString &routineKey);
};

} // namespace limber
