#include "figures/FigureColors.h"

#include "widgets/PaletteTools.h"

#include <QPalette>

namespace limber {

QColor FigureColors::mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

FigureColors FigureColors::fromPalette(const QPalette &palette)
{
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor paper = palette.color(QPalette::Window);
    const bool dark = isDarkPalette(palette);
    FigureColors colors;
    // Mid-tone fills inside dark outlines, as in a printed exercise sheet: where a hand lies
    // on a shin, the outlines keep the two apart.
    colors.nearSide = mixColors(ink, paper, 0.36);
    colors.body = mixColors(ink, paper, 0.46);
    colors.farSide = mixColors(ink, paper, 0.66);
    colors.outline = mixColors(ink, paper, 0.04);
    colors.farOutline = mixColors(ink, paper, 0.34);
    // A warm accent for what is stretched and a cool one for what moves: distinct from each
    // other and from the grey body in both palettes, and readable by most colour-blind eyes.
    colors.target = dark ? QColor(0xff, 0x9a, 0x4d) : QColor(0xe0, 0x5a, 0x0b);
    colors.motion = dark ? QColor(0x6c, 0xc4, 0xff) : QColor(0x12, 0x6f, 0xc4);
    colors.mat = mixColors(ink, paper, 0.84);
    colors.background = paper;
    return colors;
}

} // namespace limber
