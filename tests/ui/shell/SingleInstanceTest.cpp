#include "shell/SingleInstance.h"

#include "QtPrinters.h"
#include "shell/InstanceMessage.h"

#include <gtest/gtest.h>
#include <memory>
#include <QDataStream>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace limber;

namespace {

// Generous: a loaded machine must not turn a working hand-over into a failure.
constexpr int forwardTimeoutMs = 10'000;

const QStringList eveningStart = {QStringLiteral("/usr/bin/limber"), QStringLiteral("--routine"),
                                  QStringLiteral("Evening unwind"), QStringLiteral("--start")};

// Runs `work` on a thread of its own while this thread serves the event loop, the way a
// second process would talk to the running instance.
template<typename Work> auto runElsewhere(Work work)
{
    decltype(work()) result{};
    std::unique_ptr<QThread> thread(QThread::create([&] { result = work(); }));
    QEventLoop loop;
    // Queued, so a thread that finishes before exec() still ends the loop.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

bool forwardFromAnotherStart(const QString &serverName, const QStringList &arguments)
{
    return runElsewhere([&] {
        SingleInstance second(serverName);
        return second.forwardToRunningInstance(arguments, forwardTimeoutMs);
    });
}

// Sends raw bytes and reports whether the server hung up on them.
bool serverDropsConnectionAfter(const QString &serverName, const QByteArray &bytes)
{
    return runElsewhere([&] {
        QLocalSocket socket;
        socket.connectToServer(serverName);
        if (!socket.waitForConnected(forwardTimeoutMs))
            return false;
        socket.write(bytes);
        socket.waitForBytesWritten(forwardTimeoutMs);
        return socket.state() == QLocalSocket::UnconnectedState ||
               socket.waitForDisconnected(forwardTimeoutMs);
    });
}

// What a crashed instance leaves: a socket file nobody listens on any more.
bool leaveDeadSocketAt(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (name.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::copy(name.begin(), name.end(), address.sun_path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound = fd >= 0 &&
                       ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
                       ::listen(fd, 1) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound;
}

class SingleInstanceTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(scratch.isValid()); }

    QTemporaryDir scratch;
    // A full path in a fresh directory: every test has its own name.
    const QString serverName = scratch.filePath(QStringLiteral("limber.socket"));
};

TEST_F(SingleInstanceTest, ForwardingWithoutARunningInstanceFails)
{
    SingleInstance instance(serverName);
    EXPECT_FALSE(instance.forwardToRunningInstance(eveningStart));
}

TEST_F(SingleInstanceTest, RunningInstanceReceivesExactlyTheArguments)
{
    SingleInstance running(serverName);
    ASSERT_TRUE(running.listen()) << running.errorString().toStdString();
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    EXPECT_TRUE(forwardFromAnotherStart(serverName, eveningStart));
    ASSERT_EQ(received.count(), 1);
    EXPECT_EQ(received.first().first().toStringList(), eveningStart);

    const QStringList plain = {QStringLiteral("limber")};
    EXPECT_TRUE(forwardFromAnotherStart(serverName, plain));
    ASSERT_EQ(received.count(), 2);
    EXPECT_EQ(received.last().first().toStringList(), plain);
}

TEST_F(SingleInstanceTest, GarbageIsDroppedAndTheInstanceKeepsServing)
{
    SingleInstance running(serverName);
    ASSERT_TRUE(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    EXPECT_TRUE(serverDropsConnectionAfter(serverName, QByteArrayLiteral("\xde\xad\xbe\xef junk")));
    QByteArray hugeLength;
    QDataStream(&hugeLength, QIODevice::WriteOnly) << InstanceMessage::magic << quint32(0xffffffff);
    EXPECT_TRUE(serverDropsConnectionAfter(serverName, hugeLength));
    QByteArray badPayload;
    QDataStream(&badPayload, QIODevice::WriteOnly)
        << InstanceMessage::magic << quint32(8) << quint32(0x7fffffff) << quint32(1);
    EXPECT_TRUE(serverDropsConnectionAfter(serverName, badPayload));
    // Half a message and a hang-up: nothing to act on.
    EXPECT_TRUE(runElsewhere([&] {
        QLocalSocket socket;
        socket.connectToServer(serverName);
        if (!socket.waitForConnected(forwardTimeoutMs))
            return false;
        socket.write(InstanceMessage::encode(eveningStart).chopped(5));
        socket.waitForBytesWritten(forwardTimeoutMs);
        socket.disconnectFromServer();
        return true;
    }));
    EXPECT_EQ(received.count(), 0);

    EXPECT_TRUE(forwardFromAnotherStart(serverName, eveningStart));
    ASSERT_EQ(received.count(), 1);
    EXPECT_EQ(received.first().first().toStringList(), eveningStart);
}

TEST_F(SingleInstanceTest, SocketLeftByACrashDoesNotBlockStartUp)
{
    ASSERT_TRUE(leaveDeadSocketAt(serverName));
    ASSERT_TRUE(QFileInfo::exists(serverName));
    SingleInstance instance(serverName);
    EXPECT_FALSE(instance.forwardToRunningInstance(eveningStart));

    ASSERT_TRUE(instance.listen()) << instance.errorString().toStdString();
    QSignalSpy received(&instance, &SingleInstance::argumentsReceived);
    EXPECT_TRUE(forwardFromAnotherStart(serverName, eveningStart));
    EXPECT_EQ(received.count(), 1);
}

TEST_F(SingleInstanceTest, PlainFileAtTheSocketPathDoesNotBlockStartUp)
{
    QFile leftover(serverName);
    ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    SingleInstance instance(serverName);
    EXPECT_TRUE(instance.listen()) << instance.errorString().toStdString();
}

TEST_F(SingleInstanceTest, LiveInstanceKeepsItsName)
{
    SingleInstance running(serverName);
    ASSERT_TRUE(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    SingleInstance latecomer(serverName);
    EXPECT_FALSE(latecomer.listen());
    EXPECT_FALSE(latecomer.isListening());

    EXPECT_TRUE(forwardFromAnotherStart(serverName, eveningStart));
    EXPECT_EQ(received.count(), 1);
}

TEST_F(SingleInstanceTest, DefaultNameIsStableAndPerUser)
{
    const QString name = SingleInstance::defaultServerName();
    EXPECT_EQ(name, SingleInstance::defaultServerName());
    EXPECT_TRUE(name.startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)))
        << name.toStdString();
    EXPECT_TRUE(name.contains(QStringLiteral("io.github.limber.Limber"))) << name.toStdString();
}

} // namespace
