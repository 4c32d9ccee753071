#include "shell/MainWindow.h"

#include "cues/CueAnnouncer.h"
#include "FakeClock.h"
#include "history/HistoryStore.h"
#include "history/Session.h"
#include "library/LibraryView.h"
#include "library/StretchDetailView.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "playback/RoutinePlayer.h"
#include "playback/Segment.h"
#include "playback/SessionRecorder.h"
#include "player/PainQuestionPage.h"
#include "player/PlayerView.h"
#include "player/RoutineStepListModel.h"
#include "player/SummaryPage.h"
#include "PlayerRecorder.h"
#include "QtPrinters.h"
#include "routines/RoutineDialogs.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineEditorModel.h"
#include "routines/RoutinesView.h"
#include "settings/SettingsView.h"
#include "shell/ViewRouter.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "storage/StretchStore.h"
#include "TestPaths.h"
#include "widgets/RoutineTotalLabel.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
        views.routinesView()->setErrorReporter(
            [this](const QString &, const QString &message) { errors.append(message); });
        views.routinesView()->setUnsavedChangesPrompt(
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

    // Playing starts with "How is your back right now?" (on by default); skipped here.
    void skipPainQuestion()
    {
        PlayerView *view = views.playerView();
        ASSERT_EQ(view->currentPage(), view->painQuestionPage());
        EXPECT_EQ(player.state(), RoutinePlayer::State::Idle);
        view->painQuestionPage()->skipButton()->click();
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches{catalog, dir.filePath(QStringLiteral("stretches"))};
    RoutineStore routines{catalog, dir.filePath(QStringLiteral("routines"))};
    HistoryStore history{dir.filePath(QStringLiteral("history")), QStringLiteral("this-device"),
                         QStringLiteral("laptop")};
    QStringList errors;
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    // No real outputs: the window only needs the announcer's switches and status.
    CueAnnouncer announcer{Catalog::builtIn(), player, nullptr, nullptr};
    MainWindow window;
    ViewRouter views{
        AppServices{catalog, player, recorder, announcer, settings, routines, stretches, history},
        window, builtin::backAndHips(Catalog::builtIn()), builtin::backAndHipsId.toString()};
};

TEST_F(MainWindowTest, OpensOnTheSelectedRoutineReadyToPlay)
{
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Limber"));
    EXPECT_EQ(views.currentView(), ViewRouter::Player);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Idle);
    EXPECT_EQ(player.timeline().stretchCount(), 10);

    const auto *list = views.playerView()->findChild<QListView *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), 10);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(list->model()->index(0, 0).data(RoutineStepListModel::DetailRole).toString(),
              QStringLiteral("25 s each side"));

    QStringList texts;
    for (const QLabel *label : views.playerView()->findChildren<QLabel *>())
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
    EXPECT_EQ(views.currentView(), ViewRouter::Routines);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(views.currentView(), ViewRouter::Library);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(views.currentView(), ViewRouter::Preferences);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(views.currentView(), ViewRouter::History);
    EXPECT_NE(views.historyView(), nullptr);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(views.currentView(), ViewRouter::Player);
}

TEST_F(MainWindowTest, PlayingAStretchFromTheLibraryPlaysItAloneThenReturns)
{
    window.show();
    views.showView(ViewRouter::Library);
    StretchDetailView *detail = views.libraryView()->detailView();
    Q_EMIT detail->playRequested(QStringLiteral("cat-cow"));
    EXPECT_EQ(views.currentView(), ViewRouter::Player);
    skipPainQuestion();
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(), 1);
    EXPECT_EQ(player.timeline().segments().first().kind, SegmentKind::Prepare);
    player.stop();
    EXPECT_EQ(player.timeline().stretchCount(), 10); // back to the routine chosen at start
}

TEST_F(MainWindowTest, MuteSilencesTheCuesWithoutChangingTheSettings)
{
    views.playerView()->setMuted(true);
    EXPECT_TRUE(announcer.isMuted());
    EXPECT_TRUE(announcer.soundEnabled());
    EXPECT_TRUE(announcer.voiceEnabled());
    views.playerView()->setMuted(false);
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
    for (const QLabel *label : views.playerView()->findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_TRUE(texts.contains(QStringLiteral("10 stretches · 11 min 35 s in all")))
        << texts.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(player.timeline().totalMs(), 695'000);
}

TEST_F(MainWindowTest, PlayingFromTheRoutinesViewSelectsAndRemembersThatRoutine)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok()) << created.error.toStdString();
    ASSERT_TRUE(views.routinesView()->selectRoutine(created.id));
    views.routinesView()->play();
    EXPECT_EQ(views.currentView(), ViewRouter::Player);
    skipPainQuestion();
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    EXPECT_EQ(player.timeline().stretchCount(), 2);
    EXPECT_EQ(views.selectedRoutine().name, QStringLiteral("Evening unwind"));
    EXPECT_EQ(settings.selectedRoutine(), created.id);
    player.stop();
    EXPECT_EQ(player.timeline().stretchCount(), 2); // it stays the routine on offer
}

TEST_F(MainWindowTest, SavingTheSelectedRoutineUpdatesWhatThePlayViewOffers)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok());
    views.selectRoutine(routines.find(created.id)->routine, created.id);
    Routine longer = storedRoutine(QStringLiteral("Evening unwind"));
    longer.steps.append({QStringLiteral("childs-pose"), std::nullopt});
    ASSERT_TRUE(routines.save(created.id, longer).ok());
    EXPECT_EQ(player.timeline().stretchCount(), 3);

    ASSERT_TRUE(routines.remove(created.id).ok());
    EXPECT_EQ(views.selectedRoutine().name, QStringLiteral("Back and hips"));
    EXPECT_EQ(player.timeline().stretchCount(), 10);
}

TEST_F(MainWindowTest, AddToRoutineInTheLibraryAddsTheStretchInTheEditor)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(views.routinesView()->selectRoutine(created.id));
    views.showView(ViewRouter::Library);
    StretchDetailView *detail = views.libraryView()->detailView();
    EXPECT_FALSE(detail->addToRoutineButton()->isHidden());
    Q_EMIT detail->addToRoutineRequested(QStringLiteral("happy-baby"));
    EXPECT_EQ(views.currentView(), ViewRouter::Routines);
    const Routine edited = views.routinesView()->currentRoutine();
    ASSERT_EQ(edited.steps.size(), 3);
    EXPECT_EQ(edited.steps.last().stretchId, QStringLiteral("happy-baby"));
    EXPECT_TRUE(views.routinesView()->hasUnsavedChanges());
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

    EXPECT_EQ(views.currentView(), ViewRouter::Routines);
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
    ASSERT_TRUE(views.routinesView()->selectRoutine(created.id));
    ASSERT_TRUE(views.routinesView()->addStretch(QStringLiteral("butterfly")));

    unsavedAnswer = UnsavedChoice::Cancel;
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(views.currentView(), ViewRouter::Routines);

    unsavedAnswer = UnsavedChoice::Save;
    EXPECT_TRUE(window.close());
    EXPECT_EQ(routines.find(created.id)->routine.steps.size(), 3);
}

TEST_F(MainWindowTest, ViewsMadeOnFirstUseShowTheRoutineSelectedBefore)
{
    const StoreResult created = routines.create(storedRoutine(QStringLiteral("Evening unwind")));
    ASSERT_TRUE(created.ok());
    views.selectRoutine(routines.find(created.id)->routine, created.id);
    views.showView(ViewRouter::Preferences);
    EXPECT_EQ(views.currentView(), ViewRouter::Preferences);
    EXPECT_TRUE(views.settingsView()->isVisibleTo(&window));
    // 40 s butterfly + 30 s cat-cow, 5 s get-ready, a 10 s rest and the 120 s warm-up.
    EXPECT_EQ(views.settingsView()->routineTotal()->text(),
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

// The host on its own, with plain pages: it knows no view.
TEST(MainWindowPagesTest, ALazyPageIsMadeOnceWhenFirstShownAndKeepsItsPlace)
{
    MainWindow window;
    auto *first = new QLabel(QStringLiteral("first"));
    int made = 0;
    QLabel *lazy = nullptr;
    window.addPage(first, [] { return QStringLiteral("First"); });
    const int index = window.addLazyPage(
        [&] {
            ++made;
            lazy = new QLabel(QStringLiteral("lazy"));
            return lazy;
        },
        [] { return QStringLiteral("Second"); });
    ASSERT_EQ(index, 1);
    EXPECT_EQ(made, 0);
    EXPECT_EQ(window.currentPage(), 0);

    window.showPage(1);
    EXPECT_EQ(made, 1);
    EXPECT_EQ(window.currentPage(), 1);
    EXPECT_EQ(window.page(1), lazy);
    window.showPage(0);
    window.showPage(1);
    EXPECT_EQ(made, 1);
    EXPECT_EQ(window.page(0), first);
}

TEST(MainWindowPagesTest, FullScreenHidesTheSideBarAndSaysSo)
{
    MainWindow window;
    window.addPage(new QLabel(QStringLiteral("play")), [] { return QStringLiteral("Play"); });
    window.addPage(new QLabel(QStringLiteral("other")), [] { return QStringLiteral("Other"); });
    window.show();
    window.showPage(1);
    QSignalSpy floor(&window, &MainWindow::floorModeChanged);
    window.toggleFullScreen();
    ASSERT_EQ(floor.count(), 1);
    EXPECT_TRUE(floor.at(0).at(0).toBool());
    EXPECT_TRUE(window.isFloorMode());
    EXPECT_EQ(window.currentPage(), 0); // the floor view is the first page
    EXPECT_FALSE(window.findChild<QListWidget *>()->isVisible());
    window.toggleFullScreen();
    ASSERT_EQ(floor.count(), 2);
    EXPECT_FALSE(floor.at(1).at(0).toBool());
    EXPECT_TRUE(window.findChild<QListWidget *>()->isVisible());
}

TEST_F(MainWindowTest, AStretchThatHurtInTheLastSessionIsMarkedInTheEditorAndThePlayer)
{
    Session hurt;
    hurt.started = QDateTime(QDate(2026, 12, 1), QTime(18, 5));
    hurt.ended = hurt.started.addSecs(300);
    hurt.routineId = builtin::backAndHipsId.toString();
    hurt.routineName = QStringLiteral("Back and hips");
    hurt.holds = {{QStringLiteral("cat-cow"), QStringLiteral("Cat-cow"), Side::None,
                   HoldOutcome::Hurt, 30'000, 4'000}};
    ASSERT_TRUE(history.add(hurt).ok());

    ASSERT_TRUE(views.routinesView()->selectRoutine(builtin::backAndHipsId.toString()));
    const QAbstractItemModel *steps = views.routinesView()->findChild<RoutineEditorModel *>();
    ASSERT_NE(steps, nullptr);
    QStringList marked;
    for (int row = 0; row < steps->rowCount(); ++row) {
        if (steps->index(row, 0).data(RoutineEditorModel::HurtOnRole).toDateTime().isValid())
            marked.append(steps->index(row, 0).data(RoutineEditorModel::StretchIdRole).toString());
    }
    EXPECT_EQ(marked, QStringList{QStringLiteral("cat-cow")});

    // Two sessions that hold it without "It hurts" clear the mark.
    Session clean = hurt;
    clean.holds.first().outcome = HoldOutcome::Done;
    for (int day = 2; day <= 3; ++day) {
        clean.id.clear();
        clean.started = QDateTime(QDate(2026, 12, day), QTime(18, 5));
        clean.ended = clean.started.addSecs(300);
        const HistoryStore::Result added = history.add(clean);
        ASSERT_TRUE(added.ok()) << added.problem->message().toStdString();
    }
    for (int row = 0; row < steps->rowCount(); ++row)
        EXPECT_FALSE(
            steps->index(row, 0).data(RoutineEditorModel::HurtOnRole).toDateTime().isValid());
}

TEST_F(MainWindowTest, AStretchPlayedAloneAndStoppedEndsOnItsSummaryAndIsKept)
{
    window.show();
    views.showView(ViewRouter::Library);
    Q_EMIT views.libraryView()->detailView()->playRequested(QStringLiteral("knee-to-chest"));
    skipPainQuestion();
    // Get ready, then the left side held to its end, into the switch.
    const Segment &left = player.timeline().segments().at(1);
    limber::test::runFor(clock, player, left.endMs() + 1'000);
    player.stop();
    EXPECT_EQ(player.timeline().stretchCount(), 10) << "the Play view is back on the routine";
    EXPECT_EQ(views.playerView()->currentPage(), views.playerView()->summaryPage())
        << "but the stopped session's summary stays until left";
    ASSERT_EQ(history.sessions().size(), 1);
    EXPECT_EQ(history.sessions().first().routineId, QStringLiteral("stretch:knee-to-chest"));
    EXPECT_EQ(history.sessions().first().count(HoldOutcome::Done), 1);
}
