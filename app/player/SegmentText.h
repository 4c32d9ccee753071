#pragma once

#include "playback/Segment.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

class Catalog;

// How the player view words segments and sides.
class SegmentText
{
    Q_DECLARE_TR_FUNCTIONS(SegmentText)

public:
    static QString sideLabel(Side side);
    // The short instruction shown under the countdown.
    static QString instruction(const Segment &segment, const Catalog &catalog);
    // "Next: Butterfly stretch, left side".
    static QString nextUp(const Segment &segment, const Catalog &catalog);
    // "0:25" above a minute, "25" below.
    static QString countdown(qint64 remainingMs);
    // Always "m:ss", for the time left in the whole routine.
    static QString clock(qint64 remainingMs);
};

} // namespace limber
