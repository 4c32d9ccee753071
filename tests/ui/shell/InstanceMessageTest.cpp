#include "shell/InstanceMessage.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QDataStream>
#include <QIODevice>

using namespace limber;
using Result = InstanceMessageReader::Result;

namespace {

const QStringList eveningStart = {QStringLiteral("limber"), QStringLiteral("--routine"),
                                  QStringLiteral("Evening unwind"), QStringLiteral("--start")};

// A header announcing `length` payload bytes, followed by `payload`.
QByteArray frame(quint32 magic, quint32 length, const QByteArray &payload = {})
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << magic << length;
    return bytes + payload;
}

TEST(InstanceMessageTest, RoundTripsArgumentsExactly)
{
    const QStringList arguments = {QStringLiteral("limber"), QString(), QStringLiteral("ümlaut ✓"),
                                   QStringLiteral("/home/a b/routine.json")};
    InstanceMessageReader reader;
    reader.append(InstanceMessage::encode(arguments));
    QStringList decoded;
    ASSERT_EQ(reader.next(&decoded), Result::Complete);
    EXPECT_EQ(decoded, arguments);
    EXPECT_EQ(reader.next(&decoded), Result::Incomplete);
}

TEST(InstanceMessageTest, WaitsForMessagesArrivingByteByByte)
{
    const QByteArray bytes = InstanceMessage::encode(eveningStart);
    InstanceMessageReader reader;
    QStringList decoded;
    for (qsizetype index = 0; index + 1 < bytes.size(); ++index) {
        reader.append(bytes.sliced(index, 1));
        ASSERT_EQ(reader.next(&decoded), Result::Incomplete) << "after byte " << index;
    }
    reader.append(bytes.last(1));
    ASSERT_EQ(reader.next(&decoded), Result::Complete);
    EXPECT_EQ(decoded, eveningStart);
}

TEST(InstanceMessageTest, SplitsMessagesThatArriveTogether)
{
    const QStringList second = {QStringLiteral("limber")};
    InstanceMessageReader reader;
    reader.append(InstanceMessage::encode(eveningStart) + InstanceMessage::encode(second));
    QStringList decoded;
    ASSERT_EQ(reader.next(&decoded), Result::Complete);
    EXPECT_EQ(decoded, eveningStart);
    ASSERT_EQ(reader.next(&decoded), Result::Complete);
    EXPECT_EQ(decoded, second);
}

TEST(InstanceMessageTest, RefusesAForeignMagicAtOnce)
{
    InstanceMessageReader reader;
    reader.append(QByteArrayLiteral("GET / HTTP/1.1\r\n"));
    QStringList decoded = {QStringLiteral("untouched")};
    EXPECT_EQ(reader.next(&decoded), Result::Invalid);
    // Nothing after garbage is trusted, even a well-formed message.
    reader.append(InstanceMessage::encode(eveningStart));
    EXPECT_EQ(reader.next(&decoded), Result::Invalid);
    EXPECT_EQ(decoded, QStringList{QStringLiteral("untouched")});
}

TEST(InstanceMessageTest, RefusesAnOversizedLengthWithoutWaitingForIt)
{
    InstanceMessageReader reader;
    reader.append(frame(InstanceMessage::magic, InstanceMessage::maxPayloadBytes + 1));
    QStringList decoded;
    EXPECT_EQ(reader.next(&decoded), Result::Invalid);
}

TEST(InstanceMessageTest, RefusesAStringCountTheBytesCannotHold)
{
    // Four bytes claiming four billion strings must not make the reader reserve room for them.
    QByteArray payload;
    QDataStream(&payload, QIODevice::WriteOnly) << quint32(0xfffffffe);
    InstanceMessageReader reader;
    reader.append(frame(InstanceMessage::magic, quint32(payload.size()), payload));
    QStringList decoded;
    EXPECT_EQ(reader.next(&decoded), Result::Invalid);
}

TEST(InstanceMessageTest, RefusesTruncatedAndPaddedPayloads)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << eveningStart;

    const QByteArray truncated = payload.chopped(3);
    InstanceMessageReader shortReader;
    shortReader.append(frame(InstanceMessage::magic, quint32(truncated.size()), truncated));
    QStringList decoded;
    EXPECT_EQ(shortReader.next(&decoded), Result::Invalid);

    const QByteArray padded = payload + QByteArrayLiteral("xx");
    InstanceMessageReader longReader;
    longReader.append(frame(InstanceMessage::magic, quint32(padded.size()), padded));
    EXPECT_EQ(longReader.next(&decoded), Result::Invalid);
}

TEST(InstanceMessageTest, RefusesAnOddStringLength)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << quint32(1) << quint32(3) << quint8('a') << quint8(0) << quint8('b');
    InstanceMessageReader reader;
    reader.append(frame(InstanceMessage::magic, quint32(payload.size()), payload));
    QStringList decoded;
    EXPECT_EQ(reader.next(&decoded), Result::Invalid);
}

} // namespace
