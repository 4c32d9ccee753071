#include "shell/SingleInstance.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <memory>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QSignalSpy>
#include <QThread>

using namespace limber;

namespace {

// Generous: a loaded machine must not turn a working hand-over into a failure.
constexpr int forwardTimeoutMs = 10'000;

const QStringList eveningStart = {QStringLiteral("/usr/bin/limber"), QStringLiteral("--routine"),
                                  QStringLiteral("Evening unwind"), QStringLiteral("--start")};

// A connection of its own to the test's private session bus, as another process has.
QDBusConnection otherConnection(const QString &name)
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
}

// A later start, on a thread and a bus connection of its own while this thread serves the
// event loop, the way a second process talks to the running instance. timeoutMs is the
// second start's patience.
bool forwardFromAnotherStart(const QString &serviceName, const QStringList &arguments,
                             int timeoutMs = forwardTimeoutMs, QThread **started = nullptr)
{
    bool forwarded = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        {
            SingleInstance second(otherConnection(QStringLiteral("second-start")), serviceName);
            forwarded = second.forwardToRunningInstance(arguments, timeoutMs);
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("second-start"));
    }));
    if (started)
        *started = thread.get();
    QEventLoop loop;
    // Queued, so a thread that finishes before exec() still ends the loop.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return forwarded;
}

class SingleInstanceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(QDBusConnection::sessionBus().isConnected()); }
    void TearDown() override { QDBusConnection::disconnectFromBus(QStringLiteral("squatter")); }

    // Each test its own name, so one test's owner never answers another's.
    const QString name =
        QStringLiteral("io.github.limber.Limber.Test.") +
        QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name());
};

} // namespace

TEST_F(SingleInstanceTest, ALaterStartHandsItsArgumentsToTheRunningInstance)
{
    SingleInstance running(QDBusConnection::sessionBus(), name);
    ASSERT_TRUE(running.listen()) << running.errorString().toStdString();
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    EXPECT_TRUE(forwardFromAnotherStart(name, eveningStart));
    ASSERT_TRUE(received.count() == 1 || received.wait(5000));
    EXPECT_EQ(received.count(), 1);
    EXPECT_EQ(received.at(0).at(0).toStringList(), eveningStart);
}

TEST_F(SingleInstanceTest, WithoutARunningInstanceNothingTakesTheArguments)
{
    SingleInstance first(QDBusConnection::sessionBus(), name);
    EXPECT_FALSE(first.forwardToRunningInstance(eveningStart, forwardTimeoutMs));
    EXPECT_TRUE(first.listen()) << first.errorString().toStdString();
    EXPECT_TRUE(first.isListening());
}

TEST_F(SingleInstanceTest, TheCallerIsAnsweredBeforeTheArgumentsAreActedOn)
{
    // The running window may open a dialog for a request (a routine file it cannot read):
    // a second start waiting on that would time out and open a second window.
    SingleInstance running(QDBusConnection::sessionBus(), name);
    ASSERT_TRUE(running.listen());
    QThread *secondStart = nullptr;
    bool answeredWhileHandling = false;
    QObject::connect(&running, &SingleInstance::argumentsReceived, &running, [&] {
        QEventLoop dialog;
        QObject::connect(secondStart, &QThread::finished, &dialog, &QEventLoop::quit,
                         Qt::QueuedConnection);
        if (!secondStart->isFinished())
            dialog.exec();
        answeredWhileHandling = true;
    });
    EXPECT_TRUE(forwardFromAnotherStart(name, eveningStart, 3000, &secondStart));
    EXPECT_TRUE(answeredWhileHandling);
}

TEST_F(SingleInstanceTest, ANameOwnedByAnotherProgramIsNotTakenNorTrusted)
{
    QDBusConnection squatter = otherConnection(QStringLiteral("squatter"));
    ASSERT_TRUE(squatter.registerService(name));

    SingleInstance second(QDBusConnection::sessionBus(), name);
    EXPECT_FALSE(second.forwardToRunningInstance(eveningStart, forwardTimeoutMs));
    EXPECT_FALSE(second.listen());
    EXPECT_FALSE(second.errorString().isEmpty());
    EXPECT_FALSE(second.isListening());
    EXPECT_EQ(QDBusConnection::sessionBus().interface()->serviceOwner(name).value(),
              squatter.baseService());
}

TEST_F(SingleInstanceTest, TheNameIsFreeAgainOnceItsOwnerIsGone)
{
    {
        // A Limber that crashed: its connection to the bus closes with it.
        QDBusConnection crashed = otherConnection(QStringLiteral("crashed"));
        SingleInstance gone(crashed, name);
        ASSERT_TRUE(gone.listen());
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("crashed"));

    SingleInstance next(QDBusConnection::sessionBus(), name);
    EXPECT_FALSE(next.forwardToRunningInstance(eveningStart, forwardTimeoutMs));
    EXPECT_TRUE(next.listen()) << next.errorString().toStdString();
}

TEST_F(SingleInstanceTest, WithoutASessionBusLimberRunsAlone)
{
    SingleInstance alone(QDBusConnection(QStringLiteral("no-such-connection")), name);
    EXPECT_FALSE(alone.hasBus());
    EXPECT_FALSE(alone.forwardToRunningInstance(eveningStart, forwardTimeoutMs));
    EXPECT_FALSE(alone.listen());
    EXPECT_EQ(alone.errorString(), QStringLiteral("no D-Bus session bus"));
}
