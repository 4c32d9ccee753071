#include "cues/audio/SoundPlayback.h"

#include "cues/WavSound.h"

#include <QAudioDevice>

namespace limber {

namespace {
constexpr int feedRetryMs = 10;
constexpr int giveUpAfterEndMs = 2'000;

QAudioFormat formatOf(const WavSound &sound)
{
    QAudioFormat format;
    format.setSampleRate(sound.sampleRate);
    format.setChannelCount(sound.channelCount);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}
} // namespace

SoundPlayback::SoundPlayback(const WavSound &sound, const QAudioDevice &device, qreal volume,
                             QObject *parent)
    : QObject(parent)
    , m_sink(device, formatOf(sound))
    , m_pcm(sound.pcm)
{
    m_sink.setBufferSize(m_pcm.size());
    m_sink.setVolume(volume);
    connect(&m_sink, &QAudioSink::stateChanged, this, &SoundPlayback::onStateChanged);
    m_feedTimer.setInterval(feedRetryMs);
    connect(&m_feedTimer, &QTimer::timeout, this, &SoundPlayback::feed);
    m_giveUpTimer.setSingleShot(true);
    m_giveUpTimer.setInterval(int(sound.durationMs()) + giveUpAfterEndMs);
    connect(&m_giveUpTimer, &QTimer::timeout, this, &SoundPlayback::stop);
}

SoundPlayback::~SoundPlayback()
{
    m_sink.disconnect(this);
    m_sink.stop();
}

bool SoundPlayback::start()
{
    m_output = m_sink.start();
    if (!m_output || m_sink.error() == QAudio::OpenError)
        return false;
    m_giveUpTimer.start();
    feed();
    return true;
}

void SoundPlayback::stop()
{
    m_feedTimer.stop();
    m_giveUpTimer.stop();
    m_sink.stop();
    if (!m_done) {
        m_done = true;
        Q_EMIT done();
    }
}

void SoundPlayback::feed()
{
    if (!m_output)
        return;
    const qint64 written = m_output->write(m_pcm.constData() + m_written, m_pcm.size() - m_written);
    if (written > 0)
        m_written += written;
    if (m_written < m_pcm.size())
        m_feedTimer.start();
    else
        m_feedTimer.stop();
}

void SoundPlayback::onStateChanged(QAudio::State state)
{
    const bool drained = state == QAudio::IdleState && m_written >= m_pcm.size();
    const bool failed = state == QAudio::StoppedState && m_sink.error() != QAudio::NoError;
    if (drained || failed)
        stop();
}

} // namespace limber
