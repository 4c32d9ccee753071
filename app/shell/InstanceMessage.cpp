#include "shell/InstanceMessage.h"

#include <QDataStream>
#include <QIODevice>

namespace limber {

namespace {

// Pinned so that two different Limber builds still understand each other.
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;

// Reads what `stream << QStringList` wrote, without QDataStream's own QStringList reader:
// that one reserves room for whatever count the bytes claim, so four bytes of garbage could
// ask for gigabytes. Each string takes at least its four-byte length, which bounds the count.
bool decodeArguments(const QByteArray &payload, QStringList *arguments)
{
    QDataStream stream(payload);
    stream.setVersion(streamVersion);
    quint32 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || qsizetype(count) > (payload.size() - 4) / 4)
        return false;
    QStringList decoded;
    decoded.reserve(count);
    for (quint32 index = 0; index < count; ++index) {
        QString argument;
        stream >> argument;
        if (stream.status() != QDataStream::Ok)
            return false;
        decoded.append(argument);
    }
    // Bytes left over mean encode() did not write this either.
    if (!stream.atEnd())
        return false;
    *arguments = decoded;
    return true;
}

} // namespace

QByteArray InstanceMessage::encode(const QStringList &arguments)
{
    QByteArray payload;
    {
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream.setVersion(streamVersion);
        stream << arguments;
    }
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream.setVersion(streamVersion);
    stream << magic << quint32(payload.size());
    message.append(payload);
    return message;
}

void InstanceMessageReader::append(const QByteArray &bytes)
{
    if (!m_invalid)
        m_buffer.append(bytes);
}

InstanceMessageReader::Result InstanceMessageReader::next(QStringList *arguments)
{
    if (m_invalid)
        return Result::Invalid;
    if (m_buffer.size() < InstanceMessage::headerBytes)
        return Result::Incomplete;

    quint32 magic = 0;
    quint32 length = 0;
    {
        QDataStream header(m_buffer.first(InstanceMessage::headerBytes));
        header.setVersion(streamVersion);
        header >> magic >> length;
    }
    if (magic != InstanceMessage::magic || length > InstanceMessage::maxPayloadBytes) {
        m_invalid = true;
        m_buffer.clear();
        return Result::Invalid;
    }
    if (m_buffer.size() < InstanceMessage::headerBytes + qsizetype(length))
        return Result::Incomplete;

    const QByteArray payload = m_buffer.sliced(InstanceMessage::headerBytes, length);
    m_buffer.remove(0, InstanceMessage::headerBytes + length);
    if (!decodeArguments(payload, arguments)) {
        m_invalid = true;
        m_buffer.clear();
        return Result::Invalid;
    }
    return Result::Complete;
}

} // namespace limber
