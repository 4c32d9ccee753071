#pragma once

#include "cues/AudioOutput.h"

#include <map>
#include <QObject>

class QMediaDevices;

namespace limber {

class SoundPlayback;

// Plays the cues through Qt Multimedia, each sound on a fresh sink of the default output.
class MultimediaAudioOutput : public QObject, public AudioOutput
{
    Q_OBJECT

public:
    MultimediaAudioOutput();
    ~MultimediaAudioOutput() override;

    bool hasOutputDevice() const override;
    void setOutputsChangedHandler(std::function<void()> handler) override;
    bool play(int channel, const WavSound &sound, double volume) override;
    void stopAll() override;

private:
    QMediaDevices *m_devices = nullptr;
    std::function<void()> m_outputsChanged;
    // What is playing now, per channel.
    std::map<int, SoundPlayback *> m_playing;
};

} // namespace limber
