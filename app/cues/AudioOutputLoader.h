#pragma once

#include "cues/AudioOutput.h"

#include <memory>
#include <QString>

namespace limber {

struct LoadedAudioOutput
{
    std::unique_ptr<AudioOutput> output;
    // Why there is none (for the log): the plugin was not found or could not be loaded.
    QString error;
};

// Finds the audio plugin: linked in (the tests), next to the executable (a build tree) or in
// the library folder it is installed to, and loads it once; later calls share that library.
LoadedAudioOutput loadAudioOutput();

} // namespace limber
