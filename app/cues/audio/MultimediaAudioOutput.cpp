#include "cues/audio/MultimediaAudioOutput.h"

#include "cues/audio/SoundPlayback.h"

#include <QAudioDevice>
#include <QMediaDevices>

namespace limber {

MultimediaAudioOutput::MultimediaAudioOutput()
    : m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, [this] {
        if (m_outputsChanged)
            m_outputsChanged();
    });
}

MultimediaAudioOutput::~MultimediaAudioOutput() = default;

bool MultimediaAudioOutput::hasOutputDevice() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

void MultimediaAudioOutput::setOutputsChangedHandler(std::function<void()> handler)
{
    m_outputsChanged = std::move(handler);
}

bool MultimediaAudioOutput::play(int channel, const WavSound &sound, double volume)
{
    if (SoundPlayback *previous = m_playing[channel])
        previous->stop(); // its done() clears the slot and deletes it

    auto *playback = new SoundPlayback(sound, QMediaDevices::defaultAudioOutput(), volume, this);
    m_playing[channel] = playback;
    connect(playback, &SoundPlayback::done, this, [this, channel, playback] {
        if (m_playing[channel] == playback)
            m_playing[channel] = nullptr;
        playback->deleteLater();
    });
    if (playback->start())
        return true;
    playback->stop();
    return false;
}

void MultimediaAudioOutput::stopAll()
{
    for (const auto &[channel, playback] : m_playing) {
        if (playback)
            playback->stop();
    }
}

} // namespace limber
