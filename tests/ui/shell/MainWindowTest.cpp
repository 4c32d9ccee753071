#include "shell/MainWindow.h"

#include "cues/CueAnnouncer.h"
#include "FakeClock.h"
#include "library/LibraryView.h"
#include "library/StretchDetailView.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/PlayerView.h"
#include "player/RoutineStepListModel.h"
#include "QtPrinters.h"
#include "routines/RoutineDialogs.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutinesView.h"
#include "settings/SettingsView.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "TestPaths.h"
#include "widgets/RoutineTotalLabel.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace limber;
using limber::test::FakeClock;

namespace {

class MainWindowTest : public testing::Test
{
protected:
    MainWindowTest()
    {
        // Never the person's own dialogs: every question gets an answer from the test.
        window.routinesView()->setErrorReporter(
            [this](const QString &, const QString &message) { errors.append(message); });
        window.routinesView()->setUnsavedChangesPrompt(
            [this](const QString &) { return unsavedAnswer; });
    }

    Routine storedRoutine(const QString &name) const
    {
        Routine routine;
        routine.name = name;
        routine.steps = {{QStringLiteral("butterfly"), 40},
                         {QStringLiteral("cat-cow"), std::nullopt}};
        return routine;
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    RoutineStore routines{Catalog::builtIn(), dir.filePath(QStringLiteral("routines"))};
    QStringList errors;
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    // No real outputs: the window only needs the announcer's switches and status.
    CueAnnouncer announcer{Catalog::builtIn(), player, nullptr, nullptr};
    MainWindow window{
        AppServices{Catalog::builtIn(), player, recorder, announcer, settings, routines},
        builtin::backAndHips(Catalog::builtIn()), builtin::backAndHipsId.toString()};
};

TEST_F(MainWindowTest, OpensOnTheSelectedRoutineReadyToPlay)
{
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Limber"));
    EXPECT_EQ(window.currentView(), MainWindow::Player);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Idle);
    EXPECT_EQ(player.timeline().stretchCount(), 10);

    const auto *list = window.playerView()->findChild<QListView *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), 10);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(list->model()->index(0, 0).data(RoutineStepListModel::DetailRole).toString(),
              QStringLiteral("25 s each side"));

    QStringList texts;
    for (const QLabel *label : window.playerView()->findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_TRUE(texts.contains(QStringLiteral("Back and hips")));
    // 605 s: warm-up 120, prepare 5, 14 holds, 4 switches, 9 rests.
    EXPECT_TRUE(texts.contains(QStringLiteral("10 stretches · 10 min 5 s in all")))
        << texts.join(QStringLiteral(" | ")).toStdString();
}

TEST_F(MainWindowTest, CtrlNumbersSwitchViews)
{
    window.show();
    QApplication::setActiveWindow(&window); // shortcuts reach only the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::Routines);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::Library);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::Preferences);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::Player);
}

TEST_F(MainWindowTest, PlayingAStretchFromTheLibraryPlaysItAloneThenReturns)
{
    window.show();
    window.showView(MainWindow::Library);
    StretchDetailView *detail = window.libraryView()->detailView();
    Q_EMIT detail->playRequested(QStringLiteral("cat-cow"));
    EXPECT_EQ(window.currentView(), MainWindow::Player);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(), 1);
    EXPECT_EQ(player.timeline().segments().first().kind, SegmentKind::Prepare);
    player.stop();
    EXPECT_EQ(player.timeline().stretchCount(), 10); // back to the routine chosen at start
}

TEST_F(MainWindowTest, MuteSilencesTheCuesWithoutChangingTheSettings)
{
    window.playerView()->setMuted(true);
    EXPECT_TRUE(announcer.isMuted());
    EXPECT_TRUE(announcer.soundEnabled());
    EXPECT_TRUE(announcer.voiceEnabled());
    window.playerView()->setMuted(false);
    EXPECT_FALSE(announcer.isMuted());
}

TEST_F(MainWindowTest, RemembersItsGeometry)
{
    window.show();
    window.resize(1000, 700);
    window.close();
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

TEST_F(MainWindowTest, TimingSettingsShowOnTheReadyPageAtOnce)
{
    settings.setRestSeconds(20); // 9 rests, 10 s longer each: 605 s + 90 s
    QStringList texts;
    for (const QLabel *label : window.playerView()->findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_TRUE(texts.contains(QStringLiteral("10 stretches · 11 min 35 s in all")))
        << texts.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(player.timeline().totalMs(), 695'000);
}

TEST_F(MainWindowTest, PlayingFromTheRoutinesViewSelectsAndRemembersThatRoutine)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok()) << created.error.toStdString();
    ASSERT_TRUE(window.routinesView()->selectRoutine(created.id));
    window.routinesView()->play();
    EXPECT_EQ(window.currentView(), MainWindow::Player);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(), 2);
    EXPECT_EQ(window.selectedRoutine().name, QStringLiteral("Evening unwind"));
    EXPECT_EQ(settings.selectedRoutine(), created.id);
    player.stop();
    EXPECT_EQ(player.timeline().stretchCount(), 2); // it stays the routine on offer
}

TEST_F(MainWindowTest, SavingTheSelectedRoutineUpdatesWhatThePlayViewOffers)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok());
    window.selectRoutine(routines.find(created.id)->routine, created.id);
    Routine longer = storedRoutine(QStringLiteral("Evening unwind"));
    longer.steps.append({QStringLiteral("childs-pose"), std::nullopt});
    ASSERT_TRUE(routines.save(created.id, longer).ok());
    EXPECT_EQ(player.timeline().stretchCount(), 3);

    ASSERT_TRUE(routines.remove(created.id).ok());
    EXPECT_EQ(window.selectedRoutine().name, QStringLiteral("Back and hips"));
    EXPECT_EQ(player.timeline().stretchCount(), 10);
}

TEST_F(MainWindowTest, AddToRoutineInTheLibraryAddsTheStretchInTheEditor)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(window.routinesView()->selectRoutine(created.id));
    window.showView(MainWindow::Library);
    StretchDetailView *detail = window.libraryView()->detailView();
    EXPECT_FALSE(detail->addToRoutineButton()->isHidden());
    Q_EMIT detail->addToRoutineRequested(QStringLiteral("happy-baby"));
    EXPECT_EQ(window.currentView(), MainWindow::Routines);
    const Routine edited = window.routinesView()->currentRoutine();
    ASSERT_EQ(edited.steps.size(), 3);
    EXPECT_EQ(edited.steps.last().stretchId, QStringLiteral("happy-baby"));
    EXPECT_TRUE(window.routinesView()->hasUnsavedChanges());
}

TEST_F(MainWindowTest, ARoutineFileDroppedOnTheWindowIsImported)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(limber::test::dataPath(QStringLiteral("valid/minimal.json"))),
                  QUrl::fromLocalFile(
                      limber::test::dataPath(QStringLiteral("invalid/unknown-stretch.json")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);

    EXPECT_EQ(window.currentView(), MainWindow::Routines);
    ASSERT_EQ(routines.routines().size(), 1);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("unknown-stretch.json")))
        << errors.first().toStdString();
}

TEST_F(MainWindowTest, ClosingWithUnsavedChangesAsksFirst)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok());
    window.show();
    ASSERT_TRUE(window.routinesView()->selectRoutine(created.id));
    ASSERT_TRUE(window.routinesView()->addStretch(QStringLiteral("butterfly")));

    unsavedAnswer = UnsavedChoice::Cancel;
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.currentView(), MainWindow::Routines);

    unsavedAnswer = UnsavedChoice::Save;
    EXPECT_TRUE(window.close());
    EXPECT_EQ(routines.find(created.id)->routine.steps.size(), 3);
}

TEST_F(MainWindowTest, ViewsMadeOnFirstUseShowTheRoutineSelectedBefore)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok());
    window.selectRoutine(routines.find(created.id)->routine, created.id);
    window.showView(MainWindow::Preferences);
    EXPECT_EQ(window.currentView(), MainWindow::Preferences);
    EXPECT_TRUE(window.settingsView()->isVisibleTo(&window));
    // 40 s butterfly + 30 s cat-cow, 5 s get-ready, a 10 s rest and the 120 s warm-up.
    EXPECT_EQ(window.settingsView()->routineTotal()->text(),
              QStringLiteral("Your routine \u201cEvening unwind\u201d now takes 3 min 25 s."));
}

TEST_F(MainWindowTest, StartupProblemsAreShownOnceWithoutBlocking)
{
    window.show();
    window.reportStartupProblems({QStringLiteral("a.json could not be read")});
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("startupProblems"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("a.json could not be read")));
    box->accept();
}

} // namespace
