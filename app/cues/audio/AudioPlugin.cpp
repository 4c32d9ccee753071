#include "cues/audio/AudioPlugin.h"

#include "cues/audio/MultimediaAudioOutput.h"

namespace limber {

std::unique_ptr<AudioOutput> AudioPlugin::createOutput()
{
    return std::make_unique<MultimediaAudioOutput>();
}

} // namespace limber
