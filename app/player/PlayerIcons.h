#pragma once

#include <QIcon>

class QColor;

namespace limber {

// Simple media icons drawn in a given colour: the style's stock icons are black, which
// vanishes on a dark palette.
enum class PlayerIcon
{
    Play,
    Pause,
    Previous,
    Next,
    Stop,
    SoundOn,
    SoundOff,
    FullScreen
};

QIcon playerIcon(PlayerIcon icon, const QColor &color);

} // namespace limber
