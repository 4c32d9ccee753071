#include "cues/AudioOutputLoader.h"

#include "widgets/PluginLocator.h"

namespace limber {

LoadedAudioOutput loadAudioOutput()
{
    // LIMBER_AUDIO_PLUGIN_FILE comes from app/CMakeLists.txt.
    QString error;
    if (auto *factory =
            findLimberPlugin<AudioOutputFactory>(QStringLiteral(LIMBER_AUDIO_PLUGIN_FILE), &error))
        return {factory->createOutput(), {}};
    return {nullptr, error};
}

} // namespace limber
