#include "stretches/PoseEditor.h"

#include "figures/NeutralPoses.h"
#include "model/Stretch.h"
#include "stretches/KeyframeStrip.h"
#include "stretches/PoseCanvas.h"
#include "stretches/PosePickers.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace limber;

namespace {

class PoseEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        editor.resize(900, 600);
        editor.show();
        editor.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    }

    PoseCanvas *canvas() const { return editor.canvas(); }
    const Pose &shown() const
    {
        return editor.illustration().keyframes.at(editor.currentKeyframe());
    }

    // Presses on the handle, moves there in a few steps and lets go, as a hand would.
    void drag(PoseHandle handle, const QPointF &offset)
    {
        const QPointF start = canvas()->handleCentre(handle);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, start.toPoint());
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(canvas(), (start + offset * step / 4.0).toPoint());
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, (start + offset).toPoint());
    }

    static double distance(const QPointF &a, const QPointF &b)
    {
        return std::hypot(a.x() - b.x(), a.y() - b.y());
    }

    PoseEditor editor;
};

TEST_F(PoseEditorTest, AnEmptyDrawingStartsStandingWithAStartAndAHold)
{
    EXPECT_EQ(editor.illustration().keyframes.size(), 2);
    EXPECT_EQ(shown(), neutralPose(NeutralPose::Standing));
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

TEST_F(PoseEditorTest, DraggingAHandPutsItWhereThePointerLetGoInOneUndoStep)
{
    const Illustration before = editor.illustration();
    QSignalSpy changed(&editor, &PoseEditor::illustrationChanged);
    const QPointF start = canvas()->handleCentre(PoseHandle::NearHand);
    const QPointF offset(70, -90);

    const QPointF grabbed = start;
    QTest::mousePress(canvas(), Qt::LeftButton, {}, grabbed.toPoint());
    QTest::mouseMove(canvas(), (start + offset / 2).toPoint());
    // Mid-drag the figure follows, but nothing is committed yet.
    EXPECT_TRUE(canvas()->isDragging());
    EXPECT_NE(canvas()->shownPose().nearArm, before.keyframes.at(1).nearArm);
    EXPECT_EQ(editor.illustration(), before);
    QTest::mouseMove(canvas(), (start + offset).toPoint());
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, (start + offset).toPoint());

    EXPECT_FALSE(canvas()->isDragging());
    EXPECT_LT(distance(canvas()->handleCentre(PoseHandle::NearHand), start + offset), 3.0);
    EXPECT_EQ(editor.undoStack()->count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(anatomy::violations(shown()).isEmpty());
    const Illustration after = editor.illustration();
    EXPECT_EQ(after.keyframes.at(0), before.keyframes.at(0));

    editor.undoStack()->undo();
    EXPECT_EQ(editor.illustration(), before);
    editor.undoStack()->redo();
    EXPECT_EQ(editor.illustration(), after);
}

TEST_F(PoseEditorTest, DraggingAKneeUpLiftsTheThighAndKeepsEveryJointInRange)
{
    const double hipBefore = shown().nearLeg.root;
    const QPointF knee = canvas()->handleCentre(PoseHandle::NearKnee);
    drag(PoseHandle::NearKnee, QPointF(60, -60));
    EXPECT_GT(shown().nearLeg.root, hipBefore + 20);
    EXPECT_LT(canvas()->handleCentre(PoseHandle::NearKnee).y(), knee.y() - 30);
    // Then the foot, far up behind: the knee bends but never backwards.
    drag(PoseHandle::NearFoot, QPointF(-150, -40));
    drag(PoseHandle::FarHand, QPointF(400, 400));
    drag(PoseHandle::Torso, QPointF(80, 60));
    drag(PoseHandle::Head, QPointF(-30, 30));
    for (const Pose &pose : editor.illustration().keyframes)
        EXPECT_EQ(anatomy::violations(pose), QList<QString>());
    EXPECT_GE(shown().nearLeg.middle, 0.0);
    EXPECT_EQ(editor.undoStack()->count(), 5);
}

TEST_F(PoseEditorTest, UndoAndRedoShortcutsStepThroughTheDrags)
{
    const Illustration start = editor.illustration();
    drag(PoseHandle::NearHand, QPointF(50, -50));
    const Illustration first = editor.illustration();
    drag(PoseHandle::FarKnee, QPointF(40, -40));
    ASSERT_EQ(editor.undoStack()->count(), 2);

    canvas()->setFocus();
    QTest::keySequence(canvas(), QKeySequence::Undo);
    EXPECT_EQ(editor.illustration(), first);
    QTest::keySequence(canvas(), QKeySequence::Undo);
    EXPECT_EQ(editor.illustration(), start);
    QTest::keySequence(canvas(), QKeySequence::Redo);
    EXPECT_EQ(editor.illustration(), first);
}

TEST_F(PoseEditorTest, ArrowKeysNudgeTheChosenJointAsOneStep)
{
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_Tab); // the first joint
    QTest::keyClick(canvas(), Qt::Key_Tab); // the second: the shoulders
    ASSERT_EQ(canvas()->focusedHandle(), std::optional(PoseHandle::Torso));
    const double torso = shown().torsoAngle;
    for (int press = 0; press < 5; ++press)
        QTest::keyClick(canvas(), Qt::Key_Right);
    EXPECT_LT(shown().torsoAngle, torso - 3); // bending forward
    EXPECT_EQ(editor.undoStack()->count(), 1);
    EXPECT_TRUE(anatomy::violations(shown()).isEmpty());
}

TEST_F(PoseEditorTest, StartingFromAPoseIsUndoable)
{
    StartPoseChooser *chooser = editor.startChooser();
    const int lying = chooser->findData(QStringLiteral("neutral:lying"));
    ASSERT_GT(lying, 0);
    const Illustration before = editor.illustration();
    chooser->setCurrentIndex(lying);
    Q_EMIT chooser->activated(lying);
    EXPECT_EQ(shown(), neutralPose(NeutralPose::Lying));
    EXPECT_EQ(editor.illustration().keyframes.at(0), before.keyframes.at(0));
    EXPECT_EQ(chooser->currentIndex(), 0);

    // A built-in pose seen from the front starts every keyframe from it.
    const int butterfly = chooser->findData(QStringLiteral("stretch:butterfly"));
    ASSERT_GT(butterfly, 0);
    Q_EMIT chooser->activated(butterfly);
    EXPECT_EQ(editor.illustration().keyframes.at(0), shown());
    EXPECT_EQ(editor.undoStack()->count(), 2);

    editor.undoStack()->undo();
    editor.undoStack()->undo();
    EXPECT_EQ(editor.illustration(), before);
}

TEST_F(PoseEditorTest, HighlightAndArrowAreUndoable)
{
    QCheckBox *lowerBack = editor.highlightPicker()->checkBox(BodyPart::LowerBack);
    ASSERT_NE(lowerBack, nullptr);
    // On the box itself: a check box stretched across its column ignores clicks past its text.
    QTest::mouseClick(lowerBack, Qt::LeftButton, {}, QPoint(8, lowerBack->height() / 2));
    EXPECT_EQ(editor.illustration().highlighted, QList<BodyPart>{BodyPart::LowerBack});

    QComboBox *where = editor.arrowPicker()->jointBox();
    const int knee = where->findData(int(Joint::NearKnee));
    where->setCurrentIndex(knee);
    Q_EMIT where->activated(knee);
    ASSERT_EQ(editor.illustration().arrows.size(), 1);
    EXPECT_EQ(editor.illustration().arrows.at(0).anchor, Joint::NearKnee);
    EXPECT_TRUE(editor.arrowPicker()->turnBox()->isEnabled());
    QComboBox *turn = editor.arrowPicker()->turnBox();
    const int both = turn->findData(int(ArrowPicker::Turn::BothWays));
    turn->setCurrentIndex(both);
    Q_EMIT turn->activated(both);
    EXPECT_TRUE(editor.illustration().arrows.at(0).bothWays);
    EXPECT_EQ(editor.undoStack()->count(), 3);

    editor.undoStack()->undo();
    EXPECT_FALSE(editor.illustration().arrows.at(0).bothWays);
    editor.undoStack()->undo();
    EXPECT_TRUE(editor.illustration().arrows.isEmpty());
    EXPECT_EQ(where->currentIndex(), 0);
    editor.undoStack()->undo();
    EXPECT_TRUE(editor.illustration().highlighted.isEmpty());
    EXPECT_FALSE(lowerBack->isChecked());
}

TEST_F(PoseEditorTest, KeyframesAreAddedAndRemovedWithinTheLimits)
{
    KeyframeStrip *strip = editor.keyframeStrip();
    // A hold has exactly its start and its hold.
    EXPECT_FALSE(strip->addButton()->isEnabled());
    EXPECT_FALSE(strip->removeButton()->isEnabled());

    editor.setFlow(true);
    ASSERT_TRUE(strip->addButton()->isEnabled());
    QTest::mouseClick(strip->addButton(), Qt::LeftButton);
    EXPECT_EQ(editor.illustration().keyframes.size(), stretchLimits::maxKeyframes);
    EXPECT_EQ(strip->keyframeButtons().size(), stretchLimits::maxKeyframes);
    EXPECT_EQ(editor.currentKeyframe(), 2);
    EXPECT_FALSE(strip->addButton()->isEnabled());
    EXPECT_TRUE(strip->removeButton()->isEnabled());

    // Posing the new keyframe leaves the others alone.
    const Illustration before = editor.illustration();
    drag(PoseHandle::NearKnee, QPointF(50, -50));
    EXPECT_EQ(editor.illustration().keyframes.at(1), before.keyframes.at(1));
    EXPECT_NE(editor.illustration().keyframes.at(2), before.keyframes.at(2));

    QTest::mouseClick(strip->removeButton(), Qt::LeftButton);
    EXPECT_EQ(editor.illustration().keyframes.size(), 2);
    EXPECT_FALSE(strip->removeButton()->isEnabled());
    QTest::mouseClick(strip->removeButton(), Qt::LeftButton);
    EXPECT_EQ(editor.illustration().keyframes.size(), 2);

    editor.undoStack()->undo(); // the removal
    editor.undoStack()->undo(); // the drag
    EXPECT_EQ(editor.illustration(), before);
    editor.setFlow(false);
    EXPECT_EQ(editor.illustration().keyframes.size(), 2);
}

TEST_F(PoseEditorTest, ChoosingAKeyframeShowsItWithoutAnUndoStep)
{
    KeyframeStrip *strip = editor.keyframeStrip();
    ASSERT_EQ(strip->keyframeButtons().size(), 2);
    QTest::mouseClick(strip->keyframeButtons().at(0), Qt::LeftButton);
    EXPECT_EQ(editor.currentKeyframe(), 0);
    drag(PoseHandle::NearHand, QPointF(40, -40));
    EXPECT_NE(editor.illustration().keyframes.at(0), editor.illustration().keyframes.at(1));
    EXPECT_EQ(editor.undoStack()->count(), 1);
}

TEST_F(PoseEditorTest, SettingADrawingClearsTheHistory)
{
    drag(PoseHandle::NearHand, QPointF(40, -40));
    editor.setIllustration(illustrationOf(u"cat-cow"));
    EXPECT_EQ(editor.undoStack()->count(), 0);
    EXPECT_EQ(editor.illustration(), illustrationOf(u"cat-cow"));
    for (QWidget *control : std::initializer_list<QWidget *>{canvas(), editor.startChooser(),
                                                             editor.arrowPicker()->jointBox(),
                                                             editor.arrowPicker()->turnBox()})
        EXPECT_FALSE(control->accessibleName().isEmpty());
}

TEST_F(PoseEditorTest, AMirroredFigureIsPosedUnderThePointerToo)
{
    QCheckBox *mirror = nullptr;
    for (QCheckBox *box : editor.findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("&Mirror preview"))
            mirror = box;
    }
    ASSERT_NE(mirror, nullptr);
    mirror->setFocus();
    QTest::keyClick(mirror, Qt::Key_Space);
    ASSERT_TRUE(canvas()->isMirrored());
    const QPointF start = canvas()->handleCentre(PoseHandle::NearHand);
    const QPointF offset(-60, -80);
    drag(PoseHandle::NearHand, offset);
    EXPECT_LT(distance(canvas()->handleCentre(PoseHandle::NearHand), start + offset), 3.0);
    EXPECT_EQ(editor.undoStack()->count(), 1);
}

TEST_F(PoseEditorTest, PressingBesideTheJointsChangesNothing)
{
    const Illustration before = editor.illustration();
    QTest::mousePress(canvas(), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseMove(canvas(), QPoint(200, 200));
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, QPoint(200, 200));
    EXPECT_FALSE(canvas()->isDragging());
    EXPECT_EQ(editor.illustration(), before);
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

} // namespace
