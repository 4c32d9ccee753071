#pragma once

#include <optional>
#include <QtGlobal>

namespace limber {

// XScreenSaverQueryInfo's idle milliseconds on the X display, or nothing (no display, no
// extension, or built without libxss). Apart from DesktopIdleTime because Xlib's macros
// (None, Bool, Status) clash with ordinary C++ names.
std::optional<qint64> x11IdleMs();

} // namespace limber
