#include "model/Routine.h"

#include "model/Catalog.h"

#include <QCoreApplication>

namespace limber {

QString sidesKey(Sides sides)
{
    switch (sides) {
    case Sides::Left:
        return QStringLiteral("left");
    case Sides::Right:
        return QStringLiteral("right");
    case Sides::Both:
        break;
    }
    return QStringLiteral("both");
}

std::optional<Sides> sidesFromKey(QStringView key)
{
    for (Sides sides : {Sides::Both, Sides::Left, Sides::Right}) {
        if (key == sidesKey(sides))
            return sides;
    }
    return std::nullopt;
}

namespace builtin {
Routine backAndHips(const Catalog &catalog)
{
    Routine routine;
    routine.name = QCoreApplication::translate("Routine", "Back and hips");
    for (const Stretch &stretch : catalog.stretches()) {
        // The warm-up comes from the warm-up setting, not from a step; the user's own stretches
        // and placeholders are no part of the seed.
        if (stretch.id() == Catalog::warmUpId || !stretch.isBuiltIn())
            continue;
        routine.steps.append(RoutineStep{stretch.id(), std::nullopt, Sides::Both, 1});
    }
    return routine;
}

Routine deskBreak()
{
    Routine routine;
    routine.name = QCoreApplication::translate("Routine", "Desk break");
    routine.prepareSeconds = 5;
    routine.switchSeconds = 5;
    routine.restSeconds = 5;
    routine.warmupSeconds = 60;
    routine.steps.append(RoutineStep{QStringLiteral("runners-lunge"), 30, Sides::Both, 1});
    return routine;
}

QStringList ids()
{
    return {backAndHipsId.toString(), deskBreakId.toString()};
}

bool isBuiltIn(QStringView id)
{
    return id == backAndHipsId || id == deskBreakId;
}

std::optional<Routine> find(QStringView id, const Catalog &catalog)
{
    if (id == backAndHipsId)
        return backAndHips(catalog);
    if (id == deskBreakId)
        return deskBreak();
    return std::nullopt;
}
} // namespace builtin

} // namespace limber
