#pragma once

#include "playback/Cue.h"
#include "playback/RoutinePlayer.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace limber {

class Catalog;
class SoundCues;
class VoiceCues;

// Turns what the player reaches into what the person hears: ticks for 3-2-1, a chime and the
// stretch's name when it starts, "Halfway", "Switch sides", the next stretch during a rest,
// and an end sound. Each request is also emitted as a signal before it reaches the outputs,
// so what would be heard can be checked without audio.
class CueAnnouncer : public QObject
{
    Q_OBJECT

public:
    // Creates its own sound and voice outputs (the voice once there is an audio output).
    CueAnnouncer(const Catalog &catalog, RoutinePlayer &player, QObject *parent = nullptr);
    // Uses the given outputs, which it does not own; either may be null (nothing is played
    // there, the signals still tell what was requested).
    CueAnnouncer(const Catalog &catalog, RoutinePlayer &player, SoundCues *sounds, VoiceCues *voice,
                 QObject *parent = nullptr);

    void setSoundEnabled(bool enabled);
    bool soundEnabled() const { return m_soundEnabled; }
    void setVoiceEnabled(bool enabled);
    bool voiceEnabled() const { return m_voiceEnabled; }
    // Silences everything for now (the player's mute key), leaving the settings as they are.
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    // The 3-2-1 ticks before each hold.
    void setTicksEnabled(bool enabled);
    bool ticksEnabled() const { return m_ticksEnabled; }
    // 0 (silent) to 1 (the sounds as recorded).
    void setSoundVolume(double volume);
    double soundVolume() const { return m_soundVolume; }
    // -1 (slowest) to 1 (fastest).
    void setSpeechRate(double rate);
    double speechRate() const { return m_speechRate; }
    // Empty: the language's default voice.
    void setVoiceName(const QString &name);
    QString voiceName() const { return m_voiceName; }
    // The voices the engine offers for the cues' language; empty until it has started.
    QStringList availableVoices() const;
    // The cue texts are now in another language: starts a voice that speaks it (or, when the
    // engine has none, leaves the voice silent and says why). Only for the outputs it created.
    void restartVoice();
    // Says a sample cue now, so the person can judge the voice and pace they chose.
    void testVoice();

    SoundCues *sounds() const { return m_sounds; }
    // Null while there is no audio output (with the outputs it creates itself).
    VoiceCues *voice() const { return m_voice; }

    // Why part of the cues cannot be heard (empty when everything works), for a quiet line in
    // the window rather than a dialog.
    QString statusMessage() const { return m_statusMessage; }

    // How long each kind of phrase may wait behind another before it is no longer worth saying.
    static constexpr qint64 halfwayMaxWaitMs = 3'000;
    static constexpr qint64 comingNextMaxWaitMs = 6'000;
    static constexpr qint64 switchSidesMaxWaitMs = 3'000;
    static constexpr qint64 finishedMaxWaitMs = 10'000;

Q_SIGNALS:
    void soundRequested(limber::CueKind kind);
    void speechRequested(const QString &text);
    void statusMessageChanged(const QString &message);
    void voicesChanged(const QStringList &names);

private:
    void connectOutputs();
    void createVoice();
    void onCue(const Cue &cue);
    void onSegmentChanged(int index);
    void onStateChanged(RoutinePlayer::State state);
    void requestSound(CueKind kind);
    void requestSpeech(const QString &text, qint64 maxWaitMs);
    qint64 maxWaitFor(const Cue &cue) const;
    void updateStatusMessage();

    const Catalog &m_catalog;
    RoutinePlayer &m_player;
    SoundCues *m_sounds = nullptr;
    VoiceCues *m_voice = nullptr;
    QString m_statusMessage;
    bool m_soundEnabled = true;
    bool m_voiceEnabled = true;
    bool m_ticksEnabled = true;
    bool m_muted = false;
    bool m_ownsOutputs = false;
    double m_soundVolume = 1.0;
    double m_speechRate = 0.0;
    QString m_voiceName;
};

} // namespace limber
