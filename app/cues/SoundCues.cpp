#include "cues/SoundCues.h"

#include "cues/SoundPlayback.h"

#include <algorithm>
#include <QAudioDevice>
#include <QMediaDevices>

namespace limber {

namespace {
// Embedded by app/CMakeLists.txt under the "/sounds" prefix, as 16-bit PCM WAV.
constexpr std::array<const char *, 4> soundFiles = {
    ":/sounds/start.wav",
    ":/sounds/tick.wav",
    ":/sounds/switch.wav",
    ":/sounds/end.wav",
};
} // namespace

SoundCues::SoundCues(QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
{
    for (int sound = 0; sound < SoundCount; ++sound)
        m_sounds.at(sound) = WavSound::load(QString::fromLatin1(soundFiles.at(sound)));
    // A headset plugged in (or a sound server started) after launch brings sound back.
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, [this] {
        m_playbackFailed = false;
        updateAvailability();
    });
    updateAvailability();
}

SoundCues::~SoundCues() = default;

QString SoundCues::noOutputReason()
{
    return tr("No audio output was found, so cues are shown on screen only.");
}

int SoundCues::soundFor(CueKind kind)
{
    switch (kind) {
    case CueKind::Countdown:
        return Tick;
    case CueKind::ExerciseStarted:
        return Start;
    case CueKind::SwitchSides:
        return Switch;
    case CueKind::RoutineFinished:
        return End;
    case CueKind::Halfway:
        break;
    }
    return -1;
}

void SoundCues::play(CueKind kind)
{
    if (!m_enabled || !isAvailable())
        return;
    if (kind == CueKind::Countdown && !m_ticksEnabled)
        return;
    const int sound = soundFor(kind);
    if (sound < 0)
        return;
    if (SoundPlayback *previous = m_playing.at(sound))
        previous->stop(); // its done() clears the slot and deletes it

    auto *playback =
        new SoundPlayback(*m_sounds.at(sound), QMediaDevices::defaultAudioOutput(), m_volume, this);
    m_playing.at(sound) = playback;
    connect(playback, &SoundPlayback::done, this, [this, sound, playback] {
        if (m_playing.at(sound) == playback)
            m_playing.at(sound) = nullptr;
        playback->deleteLater();
    });
    if (!playback->start()) {
        playback->stop();
        m_playbackFailed = true;
        updateAvailability();
    }
}

void SoundCues::stopAll()
{
    for (SoundPlayback *playback : m_playing) {
        if (playback)
            playback->stop();
    }
}

void SoundCues::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        stopAll();
}

void SoundCues::setTicksEnabled(bool enabled)
{
    m_ticksEnabled = enabled;
}

void SoundCues::setVolume(qreal volume)
{
    // Applies from the next sound on; every sound is shorter than a second.
    m_volume = std::clamp(volume, qreal(0), qreal(1));
}

void SoundCues::updateAvailability()
{
    QString reason;
    m_hasAudioOutput = !QMediaDevices::audioOutputs().isEmpty();
    const bool allLoaded = std::all_of(m_sounds.cbegin(), m_sounds.cend(),
                                       [](const auto &sound) { return sound.has_value(); });
    if (!m_hasAudioOutput)
        reason = noOutputReason();
    else if (!allLoaded || m_playbackFailed)
        reason = tr("The cue sounds could not be played, so cues are shown on screen only.");
    if (reason == m_unavailableReason)
        return;
    const bool wasAvailable = isAvailable();
    m_unavailableReason = reason;
    if (wasAvailable != isAvailable())
        Q_EMIT availabilityChanged(isAvailable());
}

} // namespace limber
