#include "model/BodyArea.h"

#include <QCoreApplication>

namespace limber {

namespace {
struct AreaText
{
    BodyArea area;
    const char *key;
    const char *name;
};

constexpr AreaText areaTexts[] = {
    {BodyArea::LowerBack, "lower-back", QT_TRANSLATE_NOOP("BodyArea", "Lower back")},
    {BodyArea::Hips, "hips", QT_TRANSLATE_NOOP("BodyArea", "Hips")},
    {BodyArea::Glutes, "glutes", QT_TRANSLATE_NOOP("BodyArea", "Glutes")},
    {BodyArea::Hamstrings, "hamstrings", QT_TRANSLATE_NOOP("BodyArea", "Hamstrings")},
    {BodyArea::HipFlexors, "hip-flexors", QT_TRANSLATE_NOOP("BodyArea", "Hip flexors")},
    {BodyArea::Groin, "groin", QT_TRANSLATE_NOOP("BodyArea", "Groin")},
    {BodyArea::Piriformis, "piriformis", QT_TRANSLATE_NOOP("BodyArea", "Piriformis")},
    {BodyArea::Spine, "spine", QT_TRANSLATE_NOOP("BodyArea", "Spine")},
};

const AreaText &textOf(BodyArea area)
{
    return areaTexts[static_cast<int>(area)];
}
} // namespace

QList<BodyArea> allBodyAreas()
{
    QList<BodyArea> areas;
    for (const AreaText &text : areaTexts)
        areas.append(text.area);
    return areas;
}

QString bodyAreaKey(BodyArea area)
{
    return QString::fromLatin1(textOf(area).key);
}

QString bodyAreaName(BodyArea area)
{
    return QCoreApplication::translate("BodyArea", textOf(area).name);
}

} // namespace limber
