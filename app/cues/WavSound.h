#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

namespace limber {

// A short PCM sound held in memory, ready to be written to an audio sink without decoding.
struct WavSound
{
    int sampleRate = 0;
    int channelCount = 0;
    QByteArray pcm; // 16-bit signed samples, channels interleaved

    qint64 durationMs() const
    {
        const qint64 bytesPerSecond = qint64(sampleRate) * channelCount * 2;
        return bytesPerSecond > 0 ? pcm.size() * 1000 / bytesPerSecond : 0;
    }

    // Reads a 16-bit PCM WAV file (the only kind the cue sounds are); nullopt for anything else.
    static std::optional<WavSound> load(const QString &path);
    static std::optional<WavSound> parse(const QByteArray &bytes);
};

} // namespace limber
