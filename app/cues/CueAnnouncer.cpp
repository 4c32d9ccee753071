#include "cues/CueAnnouncer.h"

#include "cues/SoundCues.h"
#include "cues/VoiceCues.h"
#include "playback/CueSpeech.h"

#include <algorithm>
#include <utility>

namespace limber {

CueAnnouncer::CueAnnouncer(const Catalog &catalog, RoutinePlayer &player, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_player(player)
    , m_sounds(new SoundCues(this))
    , m_ownsOutputs(true)
{
    connectOutputs();
    // Without any output the voice could not be heard, and a speech-dispatcher with no sound
    // server to talk to was seen hanging in its calls; so the voice waits for an output.
    if (m_sounds->hasAudioOutput()) {
        createVoice();
    } else {
        connect(m_sounds, &SoundCues::availabilityChanged, this, [this] {
            if (!m_voice && m_sounds->hasAudioOutput())
                createVoice();
        });
    }
}

CueAnnouncer::CueAnnouncer(const Catalog &catalog, RoutinePlayer &player, SoundCues *sounds,
                           VoiceCues *voice, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_player(player)
    , m_sounds(sounds)
    , m_voice(voice)
{
    connectOutputs();
}

void CueAnnouncer::connectOutputs()
{
    connect(&m_player, &RoutinePlayer::cueReached, this, &CueAnnouncer::onCue);
    connect(&m_player, &RoutinePlayer::segmentChanged, this, &CueAnnouncer::onSegmentChanged);
    connect(&m_player, &RoutinePlayer::stateChanged, this, &CueAnnouncer::onStateChanged);
    if (m_sounds)
        connect(m_sounds, &SoundCues::availabilityChanged, this,
                &CueAnnouncer::updateStatusMessage);
    if (m_voice) {
        connect(m_voice, &VoiceCues::becameUnavailable, this, &CueAnnouncer::updateStatusMessage);
        connect(m_voice, &VoiceCues::voicesChanged, this, &CueAnnouncer::voicesChanged);
    }
    updateStatusMessage();
}

void CueAnnouncer::createVoice()
{
    m_voice = new VoiceCues(this);
    m_voice->setEnabled(m_voiceEnabled);
    m_voice->setRate(m_speechRate);
    m_voice->setVoiceName(m_voiceName);
    connect(m_voice, &VoiceCues::becameUnavailable, this, &CueAnnouncer::updateStatusMessage);
    connect(m_voice, &VoiceCues::voicesChanged, this, &CueAnnouncer::voicesChanged);
    updateStatusMessage();
}

void CueAnnouncer::setSoundEnabled(bool enabled)
{
    if (m_soundEnabled == enabled)
        return;
    m_soundEnabled = enabled;
    if (m_sounds)
        m_sounds->setEnabled(enabled);
    updateStatusMessage();
}

void CueAnnouncer::setVoiceEnabled(bool enabled)
{
    if (m_voiceEnabled == enabled)
        return;
    m_voiceEnabled = enabled;
    if (m_voice)
        m_voice->setEnabled(enabled);
    updateStatusMessage();
}

void CueAnnouncer::restartVoice()
{
    // Without an audio output the voice starts once one appears.
    if (m_ownsOutputs && m_voice) {
        delete m_voice;
        m_voice = nullptr;
        createVoice();
    }
    // The status line is worded in the language just chosen.
    const QString before = std::exchange(m_statusMessage, QString());
    updateStatusMessage();
    if (m_statusMessage.isEmpty() && !before.isEmpty())
        Q_EMIT statusMessageChanged(m_statusMessage);
}

void CueAnnouncer::setMuted(bool muted)
{
    m_muted = muted;
    if (muted && m_voice)
        m_voice->clear();
}

void CueAnnouncer::setTicksEnabled(bool enabled)
{
    m_ticksEnabled = enabled;
    if (m_sounds)
        m_sounds->setTicksEnabled(enabled);
}

void CueAnnouncer::setSoundVolume(double volume)
{
    m_soundVolume = std::clamp(volume, 0.0, 1.0);
    if (m_sounds)
        m_sounds->setVolume(m_soundVolume);
}

void CueAnnouncer::setSpeechRate(double rate)
{
    m_speechRate = std::clamp(rate, -1.0, 1.0);
    if (m_voice)
        m_voice->setRate(m_speechRate);
}

void CueAnnouncer::setVoiceName(const QString &name)
{
    m_voiceName = name;
    if (m_voice)
        m_voice->setVoiceName(name);
}

QStringList CueAnnouncer::availableVoices() const
{
    return m_voice ? m_voice->availableVoices() : QStringList();
}

void CueAnnouncer::testVoice()
{
    // Bypasses the on/off switch on purpose: the person asked to hear it.
    const QString sample = tr("Knee to chest, left side. Breathe out and relax into it.");
    Q_EMIT speechRequested(sample);
    if (m_voice) {
        m_voice->clear();
        m_voice->say(sample, comingNextMaxWaitMs);
    }
}

void CueAnnouncer::onCue(const Cue &cue)
{
    switch (cue.kind) {
    case CueKind::Countdown:
    case CueKind::ExerciseStarted:
    case CueKind::SwitchSides:
    case CueKind::RoutineFinished:
        requestSound(cue.kind);
        break;
    case CueKind::Halfway:
        break;
    }
    requestSpeech(spokenTextFor(cue, m_player.timeline(), m_catalog), maxWaitFor(cue));
}

void CueAnnouncer::onSegmentChanged(int index)
{
    const QList<Segment> &segments = m_player.timeline().segments();
    if (index < 0 || index >= segments.size())
        return;
    // A short rest may end before its "Next: ..." gets a turn; by then it is old news.
    const qint64 maxWait = std::min(comingNextMaxWaitMs, segments.at(index).durationMs);
    requestSpeech(spokenTextForSegmentStart(index, m_player.timeline(), m_catalog), maxWait);
}

void CueAnnouncer::onStateChanged(RoutinePlayer::State state)
{
    if (!m_voice)
        return;
    switch (state) {
    case RoutinePlayer::State::Idle:
        m_voice->clear();
        break;
    case RoutinePlayer::State::Paused:
        // Whatever was queued belongs to the moment before the pause.
        m_voice->dropPending();
        break;
    case RoutinePlayer::State::Running:
    case RoutinePlayer::State::Finished:
        break;
    }
}

qint64 CueAnnouncer::maxWaitFor(const Cue &cue) const
{
    const QList<Segment> &segments = m_player.timeline().segments();
    const bool known = cue.segmentIndex >= 0 && cue.segmentIndex < segments.size();
    const Segment *segment = known ? &segments.at(cue.segmentIndex) : nullptr;
    const qint64 segmentMs = segment ? segment->durationMs : 0;
    switch (cue.kind) {
    case CueKind::ExerciseStarted:
        // The name still helps as long as the person is doing that stretch.
        return segmentMs;
    case CueKind::Halfway:
        return halfwayMaxWaitMs;
    case CueKind::SwitchSides:
        // Said at the start of the switch gap (worth saying while it lasts), or, without a
        // gap, right at the second side's start.
        return segment && segment->kind == SegmentKind::Switch
                   ? std::max(switchSidesMaxWaitMs, segmentMs)
                   : switchSidesMaxWaitMs;
    case CueKind::RoutineFinished:
        return finishedMaxWaitMs;
    case CueKind::Countdown:
        break;
    }
    return 0;
}

void CueAnnouncer::requestSound(CueKind kind)
{
    if (m_muted || !m_soundEnabled || (kind == CueKind::Countdown && !m_ticksEnabled))
        return;
    Q_EMIT soundRequested(kind);
    if (m_sounds)
        m_sounds->play(kind);
}

void CueAnnouncer::requestSpeech(const QString &text, qint64 maxWaitMs)
{
    if (m_muted || !m_voiceEnabled || text.isEmpty())
        return;
    Q_EMIT speechRequested(text);
    if (m_voice)
        m_voice->say(text, maxWaitMs);
}

void CueAnnouncer::updateStatusMessage()
{
    // Only what the person asked for matters: with the voice switched off, a missing voice
    // is no news. Without any output, the voice is moot too.
    QString message;
    if ((m_soundEnabled || m_voiceEnabled) && m_sounds && !m_sounds->hasAudioOutput())
        message = m_sounds->unavailableReason(); // no output, or no audio plugin to reach one
    else if (m_soundEnabled && m_sounds && !m_sounds->isAvailable())
        message = m_sounds->unavailableReason();
    else if (m_voiceEnabled && m_voice && !m_voice->isAvailable())
        message = m_voice->unavailableReason();
    if (message == m_statusMessage)
        return;
    m_statusMessage = message;
    Q_EMIT statusMessageChanged(message);
}

} // namespace limber
