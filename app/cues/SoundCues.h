#pragma once

#include "cues/WavSound.h"
#include "playback/Cue.h"

#include <array>
#include <memory>
#include <optional>
#include <QObject>
#include <QString>

namespace limber {

class AudioOutput;

// The routine's short sounds: a bright chime when a stretch starts, soft ticks for 3-2-1, a
// two-tone "switch sides" and a chord at the end. They are decoded when this is created, so
// the first cue sounds on time. Without an audio output it stays silent and says so.
//
// Why not QSoundEffect: with Qt 6.4 and PulseAudio, once two effects had played at the same
// moment (the switch sound and the first tick of the switch gap do), later plays of the tick
// often stalled after the first fragment and stayed silent; recorded through a null sink, 4
// of 9 ticks of a short routine went missing. Each sound here gets a fresh sink whose buffer
// holds the whole sound, written in one go, which played every cue in the same recording.
class SoundCues : public QObject
{
    Q_OBJECT

public:
    explicit SoundCues(QObject *parent = nullptr);
    ~SoundCues() override;

    // Kinds without a sound of their own (halfway is spoken only) play nothing.
    void play(CueKind kind);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setTicksEnabled(bool enabled);
    bool ticksEnabled() const { return m_ticksEnabled; }
    // 0 (silent) to 1 (the sounds as recorded).
    void setVolume(qreal volume);
    qreal volume() const { return m_volume; }

    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }
    // False when the system offers no audio output at all (no sound server, no device).
    bool hasAudioOutput() const { return m_hasAudioOutput; }

    static QString noOutputReason();

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    enum Sound
    {
        Start,
        Tick,
        Switch,
        End,
        SoundCount
    };

    static int soundFor(CueKind kind);
    void stopAll();
    void updateAvailability();

    // Null when the audio plugin could not be loaded.
    std::unique_ptr<AudioOutput> m_output;
    std::array<std::optional<WavSound>, SoundCount> m_sounds;
    QString m_unavailableReason;
    qreal m_volume = 1.0;
    bool m_hasAudioOutput = false;
    bool m_playbackFailed = false;
    bool m_enabled = true;
    bool m_ticksEnabled = true;
};

} // namespace limber
