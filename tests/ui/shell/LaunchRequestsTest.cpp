#include "shell/LaunchRequests.h"

#include "cues/CueAnnouncer.h"
#include "FakeClock.h"
#include "history/HistoryStore.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "shell/CommandLine.h"
#include "shell/ForwardedLaunch.h"
#include "shell/MainWindow.h"
#include "shell/ViewRouter.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "storage/StretchStore.h"
#include "TestPaths.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

using namespace limber;
using limber::test::FakeClock;

namespace {

class LaunchRequestsTest : public testing::Test
{
protected:
    LaunchRequestsTest()
    {
        Routine evening;
        evening.name = QStringLiteral("Evening unwind");
        evening.steps = {{QStringLiteral("butterfly"), 40}};
        eveningId = store.create(evening).id;
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches{catalog, dir.filePath(QStringLiteral("stretches"))};
    RoutineStore store{catalog, dir.filePath(QStringLiteral("routines"))};
    HistoryStore history{dir.filePath(QStringLiteral("history")), QStringLiteral("this-device"),
                         QStringLiteral("laptop")};
    QString eveningId;
};

TEST_F(LaunchRequestsTest, WithoutARoutineTheOneLastPlayedOpens)
{
    StartRoutine start = chooseStartRoutine({}, settings, store);
    EXPECT_EQ(start.id, QStringLiteral("back-and-hips"));
    ASSERT_TRUE(start.routine.ok());
    EXPECT_EQ(start.routine.routine->steps.size(), 10);

    settings.setSelectedRoutine(eveningId);
    start = chooseStartRoutine({}, settings, store);
    EXPECT_EQ(start.id, eveningId);
    EXPECT_EQ(start.routine.routine->name, QStringLiteral("Evening unwind"));

    ASSERT_TRUE(store.remove(eveningId).ok()); // deleted since: the built-in routine again
    start = chooseStartRoutine({}, settings, store);
    EXPECT_EQ(start.id, QStringLiteral("back-and-hips"));
}

TEST_F(LaunchRequestsTest, ARoutineIsFoundByIdNameOrFile)
{
    EXPECT_EQ(chooseStartRoutine(eveningId, settings, store).id, eveningId);
    EXPECT_EQ(chooseStartRoutine(QStringLiteral("evening UNWIND"), settings, store).id, eveningId);

    const StartRoutine file =
        chooseStartRoutine(test::dataPath(QStringLiteral("valid/minimal.json")), settings, store);
    ASSERT_TRUE(file.routine.ok()) << file.routine.errorText().toStdString();
    EXPECT_TRUE(file.id.isEmpty());

    const StartRoutine unknown = chooseStartRoutine(QStringLiteral("Morning"), settings, store);
    EXPECT_FALSE(unknown.routine.ok());
    EXPECT_TRUE(unknown.routine.errorText().startsWith(QStringLiteral("Morning: ")))
        << unknown.routine.errorText().toStdString();
}

TEST_F(LaunchRequestsTest, TheDeskBreakIsABuiltInRoutineToStartOrReopen)
{
    const StartRoutine named = chooseStartRoutine(QStringLiteral("desk-break"), settings, store);
    EXPECT_EQ(named.id, QStringLiteral("desk-break"));
    ASSERT_TRUE(named.routine.ok());
    EXPECT_EQ(*named.routine.routine, builtin::deskBreak());

    settings.setSelectedRoutine(QStringLiteral("desk-break"));
    EXPECT_EQ(chooseStartRoutine({}, settings, store).id, QStringLiteral("desk-break"));
}

TEST_F(LaunchRequestsTest, ARelativeFileIsHandedOverAsAnAbsolutePath)
{
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(test::dataPath(QStringLiteral("valid"))));
    CommandLine commandLine;
    ASSERT_TRUE(commandLine.parse(
        {QStringLiteral("limber"), QStringLiteral("minimal.json"), QStringLiteral("--start")}));
    const QStringList forwarded = forwardedArguments(commandLine);
    QDir::setCurrent(previous);

    ASSERT_EQ(forwarded.size(), 4);
    EXPECT_EQ(forwarded.at(1), QStringLiteral("--routine"));
    EXPECT_EQ(forwarded.at(2), QDir(test::dataPath(QStringLiteral("valid")))
                                   .absoluteFilePath(QStringLiteral("minimal.json")));
    EXPECT_EQ(forwarded.at(3), QStringLiteral("--start"));

    CommandLine named;
    ASSERT_TRUE(named.parse(
        {QStringLiteral("limber"), QStringLiteral("--routine"), QStringLiteral("Evening unwind")}));
    EXPECT_EQ(forwardedArguments(named).mid(1),
              (QStringList{QStringLiteral("--routine"), QStringLiteral("Evening unwind")}));
}

TEST_F(LaunchRequestsTest, TheRunningWindowOpensAndStartsWhatASecondStartAsksFor)
{
    FakeClock clock;
    RoutinePlayer player(clock);
    SessionRecorder recorder(clock, player);
    CueAnnouncer announcer(Catalog::builtIn(), player, nullptr, nullptr);
    MainWindow window;
    ViewRouter views(
        AppServices{catalog, player, recorder, announcer, settings, store, stretches, history},
        window, builtin::backAndHips(Catalog::builtIn()), builtin::backAndHipsId.toString());
    views.showView(ViewRouter::Library);

    const QStringList request = {QStringLiteral("limber"), QStringLiteral("--routine"),
                                 QStringLiteral("Evening unwind"), QStringLiteral("--start")};
    handleForwardedArguments(request, window, views, settings, store, player);
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(views.currentView(), ViewRouter::Player);
    EXPECT_EQ(views.selectedRoutine().name, QStringLiteral("Evening unwind"));
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(), 1);

    // Mid-routine a request only brings the window forward.
    handleForwardedArguments({QStringLiteral("limber"), QStringLiteral("back-and-hips")}, window,
                             views, settings, store, player);
    EXPECT_EQ(views.selectedRoutine().name, QStringLiteral("Evening unwind"));
    EXPECT_EQ(player.timeline().stretchCount(), 1);
}

} // namespace

TEST_F(LaunchRequestsTest, ABackgroundStartLeavesTheRunningWindowAsItIs)
{
    FakeClock clock;
    RoutinePlayer player(clock);
    SessionRecorder recorder(clock, player);
    CueAnnouncer announcer(Catalog::builtIn(), player, nullptr, nullptr);
    MainWindow window;
    ViewRouter views(
        AppServices{catalog, player, recorder, announcer, settings, store, stretches, history},
        window, builtin::backAndHips(Catalog::builtIn()), builtin::backAndHipsId.toString());
    handleForwardedArguments({QStringLiteral("limber"), QStringLiteral("--background")}, window,
                             views, settings, store, player);
    EXPECT_FALSE(window.isVisible());
}
