#include "cues/CueAnnouncer.h"
#include "FakeClock.h"
#include "model/Routine.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/PainQuestionPage.h"
#include "player/PlayerView.h"
#include "QtPrinters.h"
#include "routines/ConflictPanel.h"
#include "routines/RoutineListModel.h"
#include "routines/RoutinesView.h"
#include "shell/MainWindow.h"
#include "shell/ViewRouter.h"
#include "storage/RoutineFile.h"
#include "storage/Settings.h"
#include "sync/LiveDataFolder.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace limber;
using limber::test::FakeClock;

namespace {

// The window over a live data folder, as another device (through a sync tool) or a second
// Limber changes files in it.
class DataFolderLiveTest : public testing::Test
{
protected:
    DataFolderLiveTest() { data.load(); }

    // What another device saves: written beside, then renamed into place, as sync tools do.
    void writeElsewhere(const Routine &routine, const QString &fileName)
    {
        QDir().mkpath(data.folder().routines());
        const QString path = data.folder().routines() + u'/' + fileName;
        ASSERT_FALSE(RoutineFile::write(routine, path + QStringLiteral(".part")));
        // Replacing what is there, as rename(2) does (QFile::rename never replaces).
        ASSERT_EQ(std::rename(QFile::encodeName(path + QStringLiteral(".part")).constData(),
                              QFile::encodeName(path).constData()),
                  0);
    }

    Routine routineNamed(const QString &name, int stretches)
    {
        Routine routine;
        routine.name = name;
        const QStringList ids{QStringLiteral("cat-cow"), QStringLiteral("butterfly"),
                              QStringLiteral("childs-pose")};
        for (int index = 0; index < stretches; ++index)
            routine.steps.append({ids.at(index), 30});
        return routine;
    }

    // Runs the event loop until condition holds; false when two seconds (the promise to the
    // person) pass first.
    template<typename Condition> bool withinTwoSeconds(Condition condition)
    {
        const QDeadlineTimer deadline(2000);
        while (!condition() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        return condition();
    }

    QStringList listedNames()
    {
        QAbstractItemModel *model = views.routinesView()->routineList()->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data().toString());
        return names;
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    LiveDataFolder data{DataFolder(dir.filePath(QStringLiteral("data"))),
                        QStringLiteral("this-device"), QStringLiteral("laptop")};
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    CueAnnouncer announcer{Catalog::builtIn(), player, nullptr, nullptr};
    MainWindow window;
    ViewRouter views{AppServices{data.catalog(), player, recorder, announcer, settings,
                                 data.routines(), data.stretches(), data.history(), &data},
                     window, builtin::backAndHips(Catalog::builtIn()),
                     builtin::backAndHipsId.toString()};

    void writeElsewhere(const Routine &routine)
    {
        writeElsewhere(routine, QStringLiteral("from-elsewhere.json"));
    }
};

TEST_F(DataFolderLiveTest, ARoutineSavedElsewhereAppearsInTheListWithinTwoSeconds)
{
    views.showView(ViewRouter::Routines);
    ASSERT_FALSE(listedNames().contains(QStringLiteral("From the desktop")));
    writeElsewhere(routineNamed(QStringLiteral("From the desktop"), 2));
    EXPECT_TRUE(withinTwoSeconds([this] {
        return listedNames().contains(QStringLiteral("From the desktop"));
    })) << listedNames().join(u',').toStdString();
}

TEST_F(DataFolderLiveTest, APlayingRoutineKeepsPlayingAsItStarted)
{
    writeElsewhere(routineNamed(QStringLiteral("Evening unwind"), 2),
                   QStringLiteral("evening-unwind.json"));
    ASSERT_TRUE(withinTwoSeconds(
        [this] { return data.routines().find(QStringLiteral("evening-unwind")); }));
    ASSERT_TRUE(views.routinesView()->selectRoutine(QStringLiteral("evening-unwind")));
    views.routinesView()->play();
    views.playerView()->painQuestionPage()->skipButton()->click();
    ASSERT_EQ(player.state(), RoutinePlayer::State::Running);
    clock.advance(3000);
    const qint64 position = player.positionMs();

    writeElsewhere(routineNamed(QStringLiteral("Evening unwind"), 3),
                   QStringLiteral("evening-unwind.json"));
    ASSERT_TRUE(withinTwoSeconds([this] {
        return data.routines().find(QStringLiteral("evening-unwind"))->routine.steps.size() == 3;
    }));
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(), 2);
    EXPECT_EQ(player.positionMs(), position);

    // The next start plays the new version.
    EXPECT_EQ(views.selectedRoutine().steps.size(), 3);
}

TEST_F(DataFolderLiveTest, AConflictCopyShowsAboveTheRoutinesForAChoice)
{
    writeElsewhere(routineNamed(QStringLiteral("Evening unwind"), 2),
                   QStringLiteral("evening-unwind.json"));
    views.showView(ViewRouter::Routines);
    auto *panel = views.routinesView()->findChild<ConflictPanel *>();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isHidden());

    writeElsewhere(routineNamed(QStringLiteral("Evening unwind"), 3),
                   QStringLiteral("evening-unwind.sync-conflict-20261204-101530-ABCDEF7.json"));
    ASSERT_TRUE(withinTwoSeconds([panel] { return !panel->isHidden(); }));
    EXPECT_EQ(listedNames().count(QStringLiteral("Evening unwind")), 1)
        << "a conflict copy is no routine of its own";
    ASSERT_EQ(data.conflicts().conflicts().size(), 1);
    EXPECT_EQ(panel->textsFor(data.conflicts().conflicts().first()).headline,
              QStringLiteral("Two versions of “Evening unwind”"));
}

} // namespace
