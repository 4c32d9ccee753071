#pragma once

#include "cues/AudioOutput.h"

#include <QObject>

namespace limber {

// The root object of the audio plugin, which QPluginLoader hands to the cues.
class AudioPlugin : public QObject, public AudioOutputFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LimberAudioOutputFactory_iid)
    Q_INTERFACES(limber::AudioOutputFactory)

public:
    std::unique_ptr<AudioOutput> createOutput() override;
};

} // namespace limber
