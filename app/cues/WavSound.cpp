#include "cues/WavSound.h"

#include <QFile>
#include <QtEndian>

namespace limber {

namespace {
constexpr quint16 pcmEncoding = 1;
constexpr quint16 supportedBits = 16;
constexpr qsizetype chunkHeaderBytes = 8;
constexpr qsizetype formatChunkBytes = 16;
} // namespace

std::optional<WavSound> WavSound::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.readAll());
}

std::optional<WavSound> WavSound::parse(const QByteArray &bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    std::optional<WavSound> sound; // set by the format chunk
    QByteArray pcm;
    // Walk the chunks rather than assume a 44-byte header: tools add LIST and other chunks.
    qsizetype offset = 12;
    while (offset + chunkHeaderBytes <= bytes.size()) {
        const QByteArray id = bytes.mid(offset, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + offset + 4);
        const qsizetype body = offset + chunkHeaderBytes;
        if (qsizetype(size) > bytes.size() - body)
            return std::nullopt;
        if (id == "fmt " && size >= formatChunkBytes) {
            const char *data = bytes.constData() + body;
            const auto encoding = qFromLittleEndian<quint16>(data);
            const auto channels = qFromLittleEndian<quint16>(data + 2);
            const auto rate = qFromLittleEndian<quint32>(data + 4);
            const auto bits = qFromLittleEndian<quint16>(data + 14);
            if (encoding != pcmEncoding || bits != supportedBits || channels == 0 || rate == 0)
                return std::nullopt;
            sound = WavSound{int(rate), int(channels), {}};
        } else if (id == "data") {
            pcm = bytes.mid(body, size);
        }
        offset = body + size + (size % 2);
    }
    if (!sound || pcm.isEmpty())
        return std::nullopt;
    sound->pcm = pcm;
    return sound;
}

} // namespace limber
