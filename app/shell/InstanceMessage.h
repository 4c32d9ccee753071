#pragma once

#include <QByteArray>
#include <QStringList>

namespace limber {

// The wire format between a starting Limber and the one already running: a fixed header
// (magic, payload length) and a QDataStream-serialised QStringList. The length lets the
// receiver wait for a whole message however the bytes arrive, and the magic and the size
// cap let it refuse anything that is not ours before buffering it.
namespace InstanceMessage {

inline constexpr quint32 magic = 0x4c4d4252; // "LMBR"
inline constexpr qsizetype headerBytes = 8;
// Far more than any command line; a bigger announced length means the sender is not Limber.
inline constexpr quint32 maxPayloadBytes = 1024 * 1024;
// Sent back once a message has been taken, so the sender knows someone acted on it.
inline constexpr char acknowledgement = 0x06;

QByteArray encode(const QStringList &arguments);

} // namespace InstanceMessage

// Reassembles messages from bytes that may arrive in any number of pieces.
class InstanceMessageReader
{
public:
    enum class Result
    {
        Incomplete, // wait for more bytes
        Complete,   // *arguments holds the next message
        Invalid     // not our protocol: drop the connection, nothing in it can be trusted
    };

    void append(const QByteArray &bytes);
    // Takes the next whole message off the buffer. Once Invalid, always Invalid.
    Result next(QStringList *arguments);

private:
    QByteArray m_buffer;
    bool m_invalid = false;
};

} // namespace limber
