#pragma once

#include <QString>

class QApplication;

namespace limber {

enum class ColorScheme
{
    System,
    Light,
    Dark
};

// The colour scheme: the system's, or Limber's own light or dark palette (Fusion style, so it
// looks the same on every desktop). Stored under "appearance/scheme" as system|light|dark.
class Appearance
{
public:
    static ColorScheme stored();
    static void store(ColorScheme scheme);
    static void apply(QApplication &application, ColorScheme scheme);
};

} // namespace limber
