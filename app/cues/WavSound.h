#pragma once

#include <optional>
#include <QAudioFormat>
#include <QByteArray>
#include <QString>

namespace limber {

// A short PCM sound held in memory, ready to be written to an audio sink without decoding.
struct WavSound
{
    QAudioFormat format;
    QByteArray pcm;

    // Reads a 16-bit PCM WAV file (the only kind the cue sounds are); nullopt for anything else.
    static std::optional<WavSound> load(const QString &path);
    static std::optional<WavSound> parse(const QByteArray &bytes);
};

} // namespace limber
