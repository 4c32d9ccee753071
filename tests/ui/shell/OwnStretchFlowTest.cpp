// The whole life of a stretch of the user's own, through the window as a person uses it: made
// in the stretch editor with its figure posed by dragging, saved, put into a routine, played
// on both sides, and deleted while that routine still uses it.
#include "cues/CueAnnouncer.h"
#include "FakeClock.h"
#include "figures/IllustrationWidget.h"
#include "history/HistoryStore.h"
#include "library/LibraryView.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "playback/Timeline.h"
#include "player/PlayerView.h"
#include "player/PlayingPage.h"
#include "routines/RoutinesView.h"
#include "shell/MainWindow.h"
#include "shell/StretchActions.h"
#include "shell/ViewRouter.h"
#include "storage/MissingStretchTracker.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "storage/StretchStore.h"
#include "stretches/PoseCanvas.h"
#include "stretches/PoseEditor.h"
#include "stretches/StretchEditorDialog.h"
#include "stretches/StretchPicturePanel.h"
#include "stretches/TextListEditor.h"

#include <gtest/gtest.h>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace limber;
using limber::test::FakeClock;

namespace {

const QString flossName = QStringLiteral("Hamstring floss");

class OwnStretchFlowTest : public testing::Test
{
protected:
    OwnStretchFlowTest()
    {
        // As main() wires it: placeholders follow the stores, the views follow the catalog.
        QObject::connect(&tracker, &MissingStretchTracker::catalogChanged, &window,
                         [this] { views.reloadStretches(); });
        views.routinesView()->setErrorReporter([](const QString &, const QString &message) {
            ADD_FAILURE() << message.toStdString();
        });
        views.stretchActions()->setErrorReporter(
            [](const QString &message) { ADD_FAILURE() << message.toStdString(); });
        window.resize(1366, 768);
        window.show();
    }

    // What a person does in the editor: types the texts, ticks an area and one side at a
    // time, drags the figure's hand, tries undo and redo, and saves.
    bool fillInEditor(StretchEditorDialog &dialog)
    {
        dialog.resize(1000, 720);
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        name->setFocus();
        QTest::keyClicks(name, flossName);
        QWidget *firstStep = dialog.stepsEditor()->editorAt(0);
        firstStep->setFocus();
        QTest::keyClicks(firstStep, QStringLiteral("Lie on your back and hold behind one knee."));
        dialog.findChild<QCheckBox *>(QStringLiteral("area-hamstrings"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("sided"))->setChecked(true);

        PoseEditor *poser = dialog.picturePanel()->poseEditor();
        PoseCanvas *canvas = poser->canvas();
        posedBefore = poser->illustration();
        const QPointF hand = canvas->handleCentre(PoseHandle::NearHand);
        // A short pull, within the arm's reach at the dialog's size.
        const QPointF target = hand + QPointF(25, -30);
        handBeforeDrag = hand;
        QTest::mousePress(canvas, Qt::LeftButton, {}, hand.toPoint());
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(canvas, (hand + (target - hand) * step / 4.0).toPoint());
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, target.toPoint());
        posedAfter = poser->illustration();
        handAfterDrag = canvas->handleCentre(PoseHandle::NearHand);
        dragTarget = target;

        poser->undoStack()->undo();
        undoneMatches = poser->illustration() == posedBefore;
        poser->undoStack()->redo();
        redoneMatches = poser->illustration() == posedAfter;

        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    }

    QPushButton *newStretchButton()
    {
        for (QPushButton *button : views.libraryView()->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("New stretch"))
                return button;
        }
        return nullptr;
    }

    // Advances the fake clock until the player shows the hold of side, or gives up.
    bool playUntilHold(const QString &stretchId, Side side)
    {
        for (int step = 0; step < 2000; ++step) {
            const Segment *segment = player.currentSegment();
            if (segment && segment->kind == SegmentKind::Hold && segment->stretchId == stretchId &&
                segment->side == side)
                return true;
            clock.advance(250);
            player.update();
        }
        return false;
    }

    QStringList playingTexts() const
    {
        QStringList texts;
        for (const QLabel *label : views.playerView()->playingPage()->findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches{catalog, dir.filePath(QStringLiteral("stretches"))};
    RoutineStore routines{catalog, dir.filePath(QStringLiteral("routines"))};
    MissingStretchTracker tracker{catalog, stretches, routines};
    HistoryStore history{dir.filePath(QStringLiteral("history")), QStringLiteral("this-device"),
                         QStringLiteral("laptop")};
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    CueAnnouncer announcer{catalog, player, nullptr, nullptr};
    MainWindow window;
    ViewRouter views{
        AppServices{catalog, player, recorder, announcer, settings, routines, stretches, history},
        window, builtin::backAndHips(catalog), builtin::backAndHipsId.toString()};

    Illustration posedBefore;
    Illustration posedAfter;
    QPointF handBeforeDrag;
    QPointF handAfterDrag;
    QPointF dragTarget;
    bool undoneMatches = false;
    bool redoneMatches = false;
};

TEST_F(OwnStretchFlowTest, MadePosedSavedAddedToARoutinePlayedAndDeleted)
{
    // Made from the Library's "New stretch", posed by a drag in the editor.
    views.showView(ViewRouter::Library);
    views.stretchActions()->setEditorRunner(
        [this](StretchEditorDialog &dialog) { return fillInEditor(dialog); });
    QPushButton *button = newStretchButton();
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);

    EXPECT_NE(posedAfter, posedBefore) << "the drag did not pose the figure";
    EXPECT_LT(QLineF(handAfterDrag, dragTarget).length(),
              QLineF(handBeforeDrag, dragTarget).length() / 4);
    for (const Pose &pose : posedAfter.keyframes)
        EXPECT_TRUE(anatomy::violations(pose).isEmpty());
    EXPECT_TRUE(undoneMatches);
    EXPECT_TRUE(redoneMatches);

    // Saved as a file of its own, and in the catalog every view reads.
    ASSERT_EQ(stretches.stretches().size(), 1);
    const QString id = stretches.stretches().constFirst().id();
    EXPECT_TRUE(QFileInfo::exists(stretches.pathOf(id)));
    const Stretch *own = catalog.find(id);
    ASSERT_NE(own, nullptr);
    EXPECT_TRUE(own->isOwn());
    EXPECT_EQ(own->name(), flossName);
    EXPECT_TRUE(own->isSided());
    EXPECT_EQ(own->illustration(), posedAfter);

    // Added to a new routine in the Routines view and saved.
    RoutinesView *editor = views.routinesView();
    ASSERT_TRUE(editor->newRoutine());
    ASSERT_TRUE(editor->addStretch(id));
    ASSERT_TRUE(editor->save());
    ASSERT_EQ(routines.routines().size(), 1);
    const StoredRoutine stored = routines.routines().constFirst();
    ASSERT_FALSE(stored.routine.steps.isEmpty());
    EXPECT_EQ(stored.routine.steps.constLast().stretchId, id);
    EXPECT_EQ(stored.routine.steps.constLast().stretchName, flossName);

    // Played: the left side, then the right one with the figure mirrored.
    views.selectRoutine(stored.routine, stored.id);
    views.playerView()->startNow();
    ASSERT_EQ(player.state(), RoutinePlayer::State::Running);
    ASSERT_TRUE(playUntilHold(id, Side::Left));
    EXPECT_TRUE(playingTexts().contains(flossName));
    IllustrationWidget *picture = views.playerView()->playingPage()->illustration();
    EXPECT_EQ(picture->stretchId(), id);
    const bool leftMirrored = picture->isMirrored();
    ASSERT_TRUE(playUntilHold(id, Side::Right));
    EXPECT_TRUE(playingTexts().contains(flossName));
    EXPECT_EQ(picture->stretchId(), id);
    EXPECT_NE(picture->isMirrored(), leftMirrored);
    player.stop();

    // Deleted while the routine uses it: asked first, naming the routine; the step stays.
    QString askedAbout;
    QStringList namedRoutines;
    views.stretchActions()->setDeletePrompt(
        [&](const QString &name, const QStringList &routineNames) {
            askedAbout = name;
            namedRoutines = routineNames;
            return true;
        });
    views.stretchActions()->deleteStretch(id);
    EXPECT_EQ(askedAbout, flossName);
    EXPECT_EQ(namedRoutines, QStringList{stored.routine.name});
    EXPECT_TRUE(stretches.stretches().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(stretches.pathOf(id)));

    const Stretch *missing = catalog.find(id);
    ASSERT_NE(missing, nullptr);
    EXPECT_TRUE(missing->isMissing());
    EXPECT_EQ(missing->name(), flossName);
    const Routine kept = routines.find(stored.id)->routine;
    EXPECT_EQ(kept.steps, stored.routine.steps);
    // Still playable, as a plain timed hold under its name.
    const Timeline timeline = Timeline::build(kept, settings.timing(), catalog);
    const auto hold = std::find_if(
        timeline.segments().cbegin(), timeline.segments().cend(), [&id](const Segment &segment) {
            return segment.stretchId == id && segment.kind == SegmentKind::Hold;
        });
    EXPECT_NE(hold, timeline.segments().cend());
}

TEST_F(OwnStretchFlowTest, DeletingIsCancelledWhenThePersonSaysNo)
{
    Stretch drawn = Stretch::own(
        QString(), WrittenText{flossName, {}, {QStringLiteral("Sit.")}, {}}, {BodyArea::Hamstrings},
        StretchKind::Hold, false, 30, catalog.find(u"butterfly")->picture());
    const StoreResult created = stretches.create(drawn);
    ASSERT_TRUE(created.ok()) << created.error.toStdString();
    views.stretchActions()->setDeletePrompt([](const QString &, const QStringList &routineNames) {
        EXPECT_TRUE(routineNames.isEmpty());
        return false;
    });
    views.stretchActions()->deleteStretch(created.id);
    EXPECT_NE(stretches.find(created.id), nullptr);
    EXPECT_TRUE(QFileInfo::exists(stretches.pathOf(created.id)));
}

} // namespace
