#include "cues/WavSound.h"

#include <gtest/gtest.h>
#include <QtEndian>

using namespace limber;

namespace {

void appendLittleEndian32(QByteArray &bytes, quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    bytes.append(raw, 4);
}

void appendLittleEndian16(QByteArray &bytes, quint16 value)
{
    char raw[2];
    qToLittleEndian(value, raw);
    bytes.append(raw, 2);
}

QByteArray chunk(const char *id, const QByteArray &body)
{
    QByteArray bytes(id, 4);
    appendLittleEndian32(bytes, quint32(body.size()));
    bytes.append(body);
    if (body.size() % 2)
        bytes.append('\0');
    return bytes;
}

QByteArray formatChunk(quint16 encoding, quint16 channels, quint32 rate, quint16 bits)
{
    QByteArray body;
    appendLittleEndian16(body, encoding);
    appendLittleEndian16(body, channels);
    appendLittleEndian32(body, rate);
    appendLittleEndian32(body, rate * channels * bits / 8);
    appendLittleEndian16(body, quint16(channels * bits / 8));
    appendLittleEndian16(body, bits);
    return chunk("fmt ", body);
}

QByteArray riff(const QByteArray &chunks)
{
    QByteArray bytes("RIFF");
    appendLittleEndian32(bytes, quint32(4 + chunks.size()));
    bytes.append("WAVE");
    bytes.append(chunks);
    return bytes;
}

const QByteArray samples = QByteArray::fromHex("0100ff7f0080feff");

TEST(WavSoundTest, ReadsSixteenBitPcmPastOtherChunks)
{
    // sox writes a LIST chunk when asked for comments; the data chunk need not come first.
    const QByteArray bytes = riff(formatChunk(1, 1, 44'100, 16) +
                                  chunk("LIST", QByteArray("INFOISFT", 8) + QByteArray(3, 'x')) +
                                  chunk("data", samples));
    const std::optional<WavSound> sound = WavSound::parse(bytes);
    ASSERT_TRUE(sound.has_value());
    EXPECT_EQ(sound->channelCount, 1);
    EXPECT_EQ(sound->sampleRate, 44'100);
    EXPECT_EQ(sound->pcm, samples);
}

TEST(WavSoundTest, KnowsHowLongItPlays)
{
    // Two seconds of 16-bit stereo at 1 kHz: 2 s x 1,000 frames x 2 channels x 2 bytes.
    const QByteArray twoSeconds(8'000, '\0');
    const std::optional<WavSound> sound =
        WavSound::parse(riff(formatChunk(1, 2, 1'000, 16) + chunk("data", twoSeconds)));
    ASSERT_TRUE(sound.has_value());
    EXPECT_EQ(sound->durationMs(), 2'000);
    EXPECT_EQ(WavSound{}.durationMs(), 0);
}

TEST(WavSoundTest, RefusesWhatCannotBePlayedAsSixteenBitPcm)
{
    EXPECT_FALSE(WavSound::parse(riff(formatChunk(3, 1, 44'100, 32) + chunk("data", samples))))
        << "32-bit float";
    EXPECT_FALSE(WavSound::parse(riff(formatChunk(1, 1, 44'100, 8) + chunk("data", samples))))
        << "8-bit";
    EXPECT_FALSE(WavSound::parse(riff(formatChunk(1, 1, 44'100, 16)))) << "no data";
    EXPECT_FALSE(WavSound::parse(riff(chunk("data", samples)))) << "no format";
    EXPECT_FALSE(WavSound::parse(QByteArray("not a wave file at all")));
    EXPECT_FALSE(WavSound::load(QStringLiteral(":/sounds/missing.wav")));
}

TEST(WavSoundTest, RefusesAChunkLongerThanTheFile)
{
    QByteArray bytes = riff(formatChunk(1, 1, 44'100, 16) + chunk("data", samples));
    bytes.chop(2);
    EXPECT_FALSE(WavSound::parse(bytes));
}

} // namespace
