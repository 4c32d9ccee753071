#include "cues/SoundCues.h"

#include "cues/AudioOutputLoader.h"

#include <algorithm>
#include <QtGlobal>

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
{
    for (int sound = 0; sound < SoundCount; ++sound)
        m_sounds.at(sound) = WavSound::load(QString::fromLatin1(soundFiles.at(sound)));
    LoadedAudioOutput loaded = loadAudioOutput();
    m_output = std::move(loaded.output);
    if (m_output) {
        // A headset plugged in (or a sound server started) after launch brings sound back.
        m_output->setOutputsChangedHandler([this] {
            m_playbackFailed = false;
            updateAvailability();
        });
    } else {
        qWarning("Limber: no sound cues: %s", qUtf8Printable(loaded.error));
    }
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
    // Each sound has its own channel: a new play of the same sound replaces it.
    if (!m_output->play(sound, *m_sounds.at(sound), m_volume)) {
        m_playbackFailed = true;
        updateAvailability();
    }
}

void SoundCues::stopAll()
{
    if (m_output)
        m_output->stopAll();
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
    m_hasAudioOutput = m_output && m_output->hasOutputDevice();
    const bool allLoaded = std::all_of(m_sounds.cbegin(), m_sounds.cend(),
                                       [](const auto &sound) { return sound.has_value(); });
    if (!m_output)
        reason = tr("The sound output of Limber is missing from this installation, so cues are "
                    "shown on screen only.");
    else if (!m_hasAudioOutput)
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
