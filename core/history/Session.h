#pragma once

#include "playback/Segment.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace limber {

// What became of one planned hold (or flow) of a routine.
enum class HoldOutcome
{
    Done,    // played to its end
    Skipped, // moved past, or never reached because the session was stopped
    Hurt     // stopped with "It hurts"
};

QString holdOutcomeKey(HoldOutcome outcome); // "done", "skipped", "hurt"
std::optional<HoldOutcome> holdOutcomeFromKey(QStringView key);

struct SessionHold
{
    // Kept as written even when the catalog no longer knows it: shown by its name then.
    QString stretchId;
    // The stretch's name as the catalog has it (untranslated), for an id no catalog knows.
    QString stretchName;
    Side side = Side::None;
    HoldOutcome outcome = HoldOutcome::Done;
    qint64 plannedMs = 0;
    qint64 heldMs = 0; // time actually held, pauses excluded

    friend bool operator==(const SessionHold &, const SessionHold &) = default;
};

// Pain on the numeric rating scale: 0 no pain … 10 worst imaginable.
inline constexpr int minPain = 0;
inline constexpr int maxPain = 10;

// One practice session as the history keeps it: one line of a history file.
struct Session
{
    QString id;       // unique (a UUID without braces)
    QString deviceId; // the device that played it and whose file holds it
    QString deviceName;
    // Local time with its offset from UTC as it was on the device.
    QDateTime started;
    QDateTime ended;
    qint64 activeMs = 0; // time playing, pauses excluded
    // A built-in or stored routine's id; empty for a file played from the command line.
    QString routineId;
    QString routineName;
    QList<SessionHold> holds;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    QString note;

    int count(HoldOutcome outcome) const;
    // After minus before; unset unless both were answered.
    std::optional<int> painChange() const;
    // Sessions of the same routine: by id when there is one, else by name.
    QString routineKey() const { return routineId.isEmpty() ? routineName : routineId; }

    friend bool operator==(const Session &, const Session &) = default;
};

// A deletion, kept as a line of its own: history files are only ever appended to.
struct SessionDeletion
{
    QString id; // of this line
    QString deviceId;
    QString deletedId; // the session deleted
    QDateTime at;

    friend bool operator==(const SessionDeletion &, const SessionDeletion &) = default;
};

// Limits of the format, shared by the reader and the writer.
namespace historyLimits {
inline constexpr qint64 maxLineBytes = 64 * 1024;
inline constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
inline constexpr int maxHolds = 2000;
inline constexpr int maxNoteLength = 1000;
inline constexpr int maxNameLength = 200;
} // namespace historyLimits

} // namespace limber
