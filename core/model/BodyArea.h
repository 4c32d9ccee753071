#pragma once

#include <QList>
#include <QString>

namespace limber {

// The regions the seed says its stretches work on; the library filters by them.
enum class BodyArea
{
    LowerBack,
    Hips,
    Glutes,
    Hamstrings,
    HipFlexors,
    Groin,
    Piriformis,
    Spine,
};

QList<BodyArea> allBodyAreas();
// Stable, untranslated key (for command-line output and saved filters).
QString bodyAreaKey(BodyArea area);
QString bodyAreaName(BodyArea area);

} // namespace limber
