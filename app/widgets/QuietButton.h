#pragma once

class QPushButton;

namespace limber {

// A secondary button drawn without a frame until it is hovered or has the keyboard focus. The
// styles draw no focus cue on a flat button, so one reached with Tab would not show it; this
// draws a ring in the selection colour instead, seen in the light and the dark palette.
void makeQuietButton(QPushButton *button);

} // namespace limber
