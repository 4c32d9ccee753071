#pragma once

#include <functional>
#include <memory>
#include <QtPlugin>

namespace limber {

struct WavSound;

// The sound system as the cues need it. Only the audio plugin (cues/audio) implements it and
// links Qt Multimedia: mapping that library and the sound server's client costs about 3 MB,
// which a Limber that only waits in the tray for a reminder should not pay.
class AudioOutput
{
public:
    virtual ~AudioOutput() = default;

    // False when the system offers no output at all (no sound server, no device).
    virtual bool hasOutputDevice() const = 0;
    // Called when outputs come or go: a headset plugged in, a sound server started.
    virtual void setOutputsChangedHandler(std::function<void()> handler) = 0;
    // Plays the sound on the default output, replacing whatever still plays on the same
    // channel. False when the output could not be opened.
    virtual bool play(int channel, const WavSound &sound, double volume) = 0;
    virtual void stopAll() = 0;
};

// What the plugin's root object offers.
class AudioOutputFactory
{
public:
    virtual ~AudioOutputFactory() = default;
    virtual std::unique_ptr<AudioOutput> createOutput() = 0;
};

} // namespace limber

#define LimberAudioOutputFactory_iid "io.github.limber.Limber.AudioOutputFactory/1"
Q_DECLARE_INTERFACE(limber::AudioOutputFactory, LimberAudioOutputFactory_iid)
