#pragma once

#include <QIcon>

namespace limber {

// Limber's icon for its windows and the tray, from PNGs rendered at build time from the SVG
// (app/CMakeLists.txt): an SVG icon would load Qt SVG's icon engine into every process. Sizes
// up to largestSize pixels: a tray icon has no use for the large ones, which X11 would be
// sent (and Limber would keep decoded) with every window the tray makes.
QIcon appIcon(int largestSize = 256);

} // namespace limber
