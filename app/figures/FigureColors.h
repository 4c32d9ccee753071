#pragma once

#include <QColor>

class QPalette;

namespace limber {

// The colours of a drawn figure, taken from the palette so it reads in light and dark.
struct FigureColors
{
    QColor nearSide; // limbs on the viewer's side: darkest (lightest in dark mode)
    QColor body;
    QColor farSide;
    QColor target; // the stretched region
    QColor motion; // arrows
    QColor mat;
    // What the figure is drawn on: thin gaps in it separate overlapping parts.
    QColor background;
    // For print: the target's glow as a flat tint, since PDF viewers and printers render a
    // gradient into transparency unevenly (some as a solid block).
    bool flatTints = false;

    static FigureColors fromPalette(const QPalette &palette);
    // The colour amount of the way from one colour to another.
    static QColor mix(const QColor &from, const QColor &to, double amount);
};

} // namespace limber
