#include "cues/VoiceCues.h"

#include "cues/Speaker.h"
#include "cues/TextToSpeechSpeaker.h"
#include "playback/Clock.h"
#include "playback/CueSpeech.h"

namespace limber {

VoiceCues::VoiceCues(QObject *parent)
    : QObject(parent)
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
{
    attach(std::make_unique<TextToSpeechSpeaker>(spokenLanguage()));
}

VoiceCues::VoiceCues(std::unique_ptr<Speaker> speaker, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(&clock)
{
    attach(std::move(speaker));
}

VoiceCues::~VoiceCues() = default;

void VoiceCues::attach(std::unique_ptr<Speaker> speaker)
{
    m_speaker = speaker.release();
    m_speaker->setParent(this);
    m_unavailableReason = m_speaker->unavailableReason();
    connect(m_speaker, &Speaker::finished, this, &VoiceCues::onFinished);
    connect(m_speaker, &Speaker::failed, this, &VoiceCues::onFailed);
    connect(m_speaker, &Speaker::voicesChanged, this, [this](const QStringList &names) {
        m_voices = names;
        Q_EMIT voicesChanged(names);
    });
}

void VoiceCues::say(const QString &text, qint64 maxWaitMs)
{
    if (!m_enabled || !isAvailable() || text.isEmpty())
        return;
    m_queue.append({text, m_clock->nowMs(), maxWaitMs});
    if (!m_speaking)
        speakNext();
}

void VoiceCues::clear()
{
    m_queue.clear();
    if (m_speaking) {
        m_speaking = false;
        m_speaker->stop();
    }
}

void VoiceCues::dropPending()
{
    m_queue.clear();
}

void VoiceCues::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        clear();
}

void VoiceCues::setRate(double rate)
{
    m_speaker->setRate(rate);
}

void VoiceCues::setVolume(double volume)
{
    m_speaker->setVolume(volume);
}

void VoiceCues::setVoiceName(const QString &name)
{
    m_speaker->setVoiceName(name);
}

void VoiceCues::speakNext()
{
    const qint64 now = m_clock->nowMs();
    while (!m_queue.isEmpty()) {
        const Item item = m_queue.takeFirst();
        if (now - item.queuedAtMs > item.maxWaitMs)
            continue;
        m_speaking = true;
        m_speaker->speak(item.text);
        return;
    }
}

void VoiceCues::onFinished()
{
    if (!m_speaking)
        return;
    m_speaking = false;
    speakNext();
}

void VoiceCues::onFailed(const QString &reason)
{
    if (!isAvailable())
        return;
    m_unavailableReason = reason;
    m_queue.clear();
    m_speaking = false;
    Q_EMIT becameUnavailable(reason);
}

} // namespace limber
