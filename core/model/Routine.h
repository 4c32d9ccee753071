#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

class Catalog;

enum class Sides
{
    Both,
    Left,
    Right
};

QString sidesKey(Sides sides);
std::optional<Sides> sidesFromKey(QStringView key);

struct RoutineStep
{
    QString stretchId;
    // Unset: the stretch's default hold (or the user's override of it).
    std::optional<int> holdSeconds;
    // Only meaningful for sided stretches.
    Sides sides = Sides::Both;
    int repeat = 1;
    // The stretch's name, kept for a stretch that is not built in: when that stretch is deleted,
    // or a file travels without it, the step still says what it was and plays as a plain timed
    // hold of that name. Empty for built-in stretches, whose names are translated.
    QString stretchName = {};

    friend bool operator==(const RoutineStep &, const RoutineStep &) = default;
};

// What the user edits and what a routine file holds. Unset timings fall back to the
// user's preferences when the routine is expanded into a timeline.
struct Routine
{
    QString name;
    std::optional<int> prepareSeconds;
    std::optional<int> restSeconds;
    std::optional<int> switchSeconds;
    std::optional<int> warmupSeconds;
    QList<RoutineStep> steps;

    friend bool operator==(const Routine &, const Routine &) = default;
};

// Limits of the routine format, shared by the reader and the editors.
namespace limits {
// The routine itself: everything but the images of the stretches a version-2 file carries.
inline constexpr qint64 maxFileBytes = 1024 * 1024;
// The whole file, images included: room for several photos of the largest size a stretch
// takes (2 MiB each, a third more as base64), yet small enough to read at once.
inline constexpr qint64 maxFileBytesWithImages = 16 * 1024 * 1024;
// A step names one stretch, so a file never needs to carry more than it has steps.
inline constexpr int maxEmbeddedStretches = 200;
inline constexpr int maxSteps = 200;
inline constexpr int maxNameLength = 200;
inline constexpr int minHoldSeconds = 5;
inline constexpr int maxHoldSeconds = 600;
inline constexpr int maxGapSeconds = 120; // prepare, rest, switch
inline constexpr int maxWarmupSeconds = 900;
inline constexpr int maxRepeat = 10;
} // namespace limits

namespace builtin {
inline constexpr QStringView backAndHipsId = u"back-and-hips";
// The seed's ten stretches in the seed's order, both sides of sided ones, default holds.
Routine backAndHips(const Catalog &catalog);
// A sitting break of about two minutes: the warm-up march and the runner's lunge, the only
// seed stretches done standing (hands on the front thigh). The rest start on the floor.
inline constexpr QStringView deskBreakId = u"desk-break";
Routine deskBreak();
// Every built-in routine's id, in the order they are listed.
QStringList ids();
bool isBuiltIn(QStringView id);
// The built-in routine with that id, named in the current language; nothing for other ids.
std::optional<Routine> find(QStringView id, const Catalog &catalog);
} // namespace builtin

} // namespace limber
