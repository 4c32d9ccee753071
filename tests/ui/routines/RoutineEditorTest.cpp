#include "routines/RoutineEditor.h"

#include "model/Catalog.h"
#include "QtPrinters.h"
#include "routines/RoutineEditorModel.h"
#include "routines/RoutineTimingPanel.h"
#include "routines/StepEditorPanel.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <memory>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace limber;

namespace {

RoutineStep step(const char *id, std::optional<int> hold = std::nullopt)
{
    return {QString::fromLatin1(id), hold, Sides::Both, 1};
}

// prepare 5 | knee-to-chest L 20 | switch 5 | R 20 = 50 s, no warm-up
Routine shortRoutine()
{
    Routine routine;
    routine.name = QStringLiteral("Short");
    routine.prepareSeconds = 5;
    routine.restSeconds = 10;
    routine.switchSeconds = 5;
    routine.warmupSeconds = 0;
    routine.steps = {step("knee-to-chest", 20)};
    return routine;
}

class RoutineEditorTest : public testing::Test
{
protected:
    void SetUp() override
    {
        editor.resize(1100, 700);
        editor.show();
        editor.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    }

    void open(const Routine &routine, bool readOnly = false)
    {
        editor.setRoutine(routine, readOnly);
    }

    QStringList stepIds() const
    {
        QStringList ids;
        for (const RoutineStep &step : editor.routine().steps)
            ids.append(step.stretchId);
        return ids;
    }

    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{store};
    RoutineEditor editor{Catalog::builtIn(), settings};
};

TEST_F(RoutineEditorTest, BuiltInRoutineIsShownReadOnlyWithItsTotal)
{
    open(builtin::backAndHips(Catalog::builtIn()), true);
    // 605 s with default settings: warm-up 120, prepare 5, 14 holds, 4 switches, 9 rests.
    EXPECT_EQ(editor.summaryText(), QStringLiteral("10 stretches · 10 min 5 s in all"));
    EXPECT_EQ(editor.nameField()->text(), QStringLiteral("Back and hips"));
    EXPECT_TRUE(editor.isReadOnly());
    EXPECT_TRUE(editor.nameField()->isReadOnly());
    EXPECT_TRUE(editor.readOnlyNote()->isVisible());
    EXPECT_FALSE(editor.saveButton()->isVisible());
    EXPECT_FALSE(editor.addButton()->isEnabled());
    EXPECT_FALSE(editor.removeButton()->isEnabled());
    EXPECT_FALSE(editor.stepPanel()->customHoldBox()->isEnabled());
    EXPECT_FALSE(editor.timingPanel()->followsSettingsBox(RoutineTimingPanel::Rest)->isEnabled());
    EXPECT_EQ(editor.stepList()->dragDropMode(), QAbstractItemView::NoDragDrop);
    EXPECT_TRUE(editor.playButton()->isEnabled());

    EXPECT_FALSE(editor.addStretch(QStringLiteral("butterfly")));
    QTest::keyClick(editor.stepList(), Qt::Key_Delete);
    QTest::keyClick(editor.stepList(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(editor.routine(), builtin::backAndHips(Catalog::builtIn()));
    EXPECT_FALSE(editor.isModified());

    QSignalSpy duplicate(&editor, &RoutineEditor::duplicateRequested);
    auto *button = editor.readOnlyNote()->findChild<QPushButton *>();
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), QStringLiteral("Duplicate"));
    button->click();
    EXPECT_EQ(duplicate.count(), 1);
}

TEST_F(RoutineEditorTest, AddingStretchesAppendsSelectsAndUpdatesTheTotal)
{
    open(shortRoutine());
    EXPECT_EQ(editor.summaryText(), QStringLiteral("1 stretch · 50 s in all"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    QSignalSpy modified(&editor, &RoutineEditor::modifiedChanged);

    ASSERT_TRUE(editor.addStretch(QStringLiteral("butterfly")));
    EXPECT_EQ(stepIds(),
              (QStringList{QStringLiteral("knee-to-chest"), QStringLiteral("butterfly")}));
    EXPECT_EQ(editor.currentStep(), 1);
    // + rest 10 + butterfly 25
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 1 min 25 s in all"));
    EXPECT_TRUE(editor.isModified());
    EXPECT_EQ(modified.count(), 1);
    EXPECT_TRUE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.revertButton()->isEnabled());
    EXPECT_EQ(editor.statusText(), QStringLiteral("Unsaved changes"));

    // The "Add stretch" menu lists every stretch of the catalog by name.
    QMenu *menu = editor.addMenu();
    Q_EMIT menu->aboutToShow();
    ASSERT_EQ(menu->actions().size(), Catalog::builtIn().stretches().size());
    QAction *happyBaby = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Happy baby"))
            happyBaby = action;
    }
    ASSERT_NE(happyBaby, nullptr);
    happyBaby->trigger();
    EXPECT_EQ(stepIds().last(), QStringLiteral("happy-baby"));
    EXPECT_EQ(editor.currentStep(), 2);
    EXPECT_EQ(editor.stepPanel()->titleLabel()->text(), QStringLiteral("Happy baby"));
    EXPECT_FALSE(editor.addStretch(QStringLiteral("no-such-stretch")));
}

TEST_F(RoutineEditorTest, RemovesTheSelectedStepByButtonAndByDeleteKey)
{
    Routine routine = shortRoutine();
    routine.steps = {step("knee-to-chest"), step("cat-cow"), step("butterfly"), step("happy-baby")};
    open(routine);
    editor.setCurrentStep(1);
    editor.removeButton()->click();
    EXPECT_EQ(stepIds(), (QStringList{QStringLiteral("knee-to-chest"), QStringLiteral("butterfly"),
                                      QStringLiteral("happy-baby")}));
    // The next step takes its place, so removing again goes on down the list.
    EXPECT_EQ(editor.currentStep(), 1);

    editor.stepList()->setFocus();
    editor.setCurrentStep(2);
    QTest::keyClick(editor.stepList(), Qt::Key_Delete);
    EXPECT_EQ(stepIds(),
              (QStringList{QStringLiteral("knee-to-chest"), QStringLiteral("butterfly")}));
    EXPECT_EQ(editor.currentStep(), 1);
    QTest::keyClick(editor.stepList(), Qt::Key_Delete);
    QTest::keyClick(editor.stepList(), Qt::Key_Delete);
    EXPECT_TRUE(editor.routine().steps.isEmpty());
    EXPECT_EQ(editor.summaryText(), QStringLiteral("No stretches yet"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_FALSE(editor.playButton()->isEnabled());
    EXPECT_EQ(editor.statusText(), QStringLiteral("Unsaved changes · add a stretch to save it"));
}

TEST_F(RoutineEditorTest, AltUpAndAltDownMoveTheSelectedStepAndTheSelectionFollows)
{
    Routine routine = shortRoutine();
    routine.steps = {step("knee-to-chest"), step("cat-cow"), step("butterfly")};
    open(routine);
    editor.stepList()->setFocus();
    editor.setCurrentStep(0);

    QTest::keyClick(editor.stepList(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(stepIds(), (QStringList{QStringLiteral("cat-cow"), QStringLiteral("knee-to-chest"),
                                      QStringLiteral("butterfly")}));
    EXPECT_EQ(editor.currentStep(), 1);
    QTest::keyClick(editor.stepList(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(editor.currentStep(), 2);
    EXPECT_EQ(stepIds().last(), QStringLiteral("knee-to-chest"));
    // Already last: nothing moves.
    QTest::keyClick(editor.stepList(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(editor.currentStep(), 2);
    EXPECT_TRUE(editor.stepList()->selectionModel()->isSelected(editor.stepModel()->index(2, 0)));

    QTest::keyClick(editor.stepList(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(stepIds(), (QStringList{QStringLiteral("cat-cow"), QStringLiteral("knee-to-chest"),
                                      QStringLiteral("butterfly")}));
    EXPECT_EQ(editor.currentStep(), 1);
    EXPECT_TRUE(editor.isModified());

    // Plain arrows still only move the selection.
    QTest::keyClick(editor.stepList(), Qt::Key_Up);
    EXPECT_EQ(editor.currentStep(), 0);
    EXPECT_EQ(stepIds().first(), QStringLiteral("cat-cow"));
}

TEST_F(RoutineEditorTest, ReordersByDropWithInternalMove)
{
    Routine routine = shortRoutine();
    routine.steps = {step("knee-to-chest"), step("cat-cow"), step("butterfly")};
    open(routine);
    QListView *list = editor.stepList();
    EXPECT_EQ(list->dragDropMode(), QAbstractItemView::InternalMove);
    EXPECT_EQ(list->defaultDropAction(), Qt::MoveAction);

    // What QListView does for an internal move: moveRow to the drop position.
    editor.setCurrentStep(0);
    ASSERT_TRUE(list->model()->moveRow({}, 0, {}, 3));
    EXPECT_EQ(stepIds(), (QStringList{QStringLiteral("cat-cow"), QStringLiteral("butterfly"),
                                      QStringLiteral("knee-to-chest")}));
    EXPECT_EQ(editor.currentStep(), 2);

    // What an item view falls back to: drop the dragged rows' data, then remove the originals.
    const std::unique_ptr<QMimeData> data(list->model()->mimeData({list->model()->index(1, 0)}));
    ASSERT_TRUE(list->model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    ASSERT_TRUE(list->model()->removeRow(2));
    EXPECT_EQ(stepIds(), (QStringList{QStringLiteral("butterfly"), QStringLiteral("cat-cow"),
                                      QStringLiteral("knee-to-chest")}));
    EXPECT_TRUE(editor.isModified());
    EXPECT_EQ(editor.summaryText(), QStringLiteral("3 stretches · 2 min 15 s in all"));
}

TEST_F(RoutineEditorTest, StepFieldsChangeTheRoutineAndTheTotal)
{
    Routine routine = shortRoutine();
    routine.steps = {step("knee-to-chest"), step("cat-cow")};
    open(routine);
    // prepare 5 + 25 + switch 5 + 25 + rest 10 + 30 = 100 s
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 1 min 40 s in all"));
    StepEditorPanel *panel = editor.stepPanel();
    editor.setCurrentStep(0);
    EXPECT_EQ(panel->recommendedLabel()->text(), QStringLiteral("Recommended (25 s)"));
    EXPECT_FALSE(panel->customHoldBox()->isChecked());
    EXPECT_FALSE(panel->holdSpin()->isEnabled());
    EXPECT_EQ(panel->holdSpin()->value(), 25);

    panel->customHoldBox()->click();
    EXPECT_EQ(editor.routine().steps.at(0).holdSeconds, std::optional<int>(25));
    EXPECT_TRUE(panel->holdSpin()->isEnabled());
    panel->holdSpin()->setValue(40);
    EXPECT_EQ(editor.routine().steps.at(0).holdSeconds, std::optional<int>(40));
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 2 min 10 s in all"));
    EXPECT_EQ(editor.stepModel()->index(0, 0).data(RoutineEditorModel::DetailRole).toString(),
              QStringLiteral("40 s each side"));

    ASSERT_TRUE(panel->sidesBox()->isEnabled());
    panel->sidesBox()->setFocus();
    QTest::keyClick(panel->sidesBox(), Qt::Key_Down);
    EXPECT_EQ(editor.routine().steps.at(0).sides, Sides::Left);
    // 5 + 40 + 10 + 30
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 1 min 25 s in all"));

    panel->repeatSpin()->setValue(2);
    EXPECT_EQ(editor.routine().steps.at(0).repeat, 2);
    EXPECT_EQ(panel->repeatSpin()->text(), QStringLiteral("2 times"));
    // 5 + 40 + rest 10 + 40 + 10 + 30
    EXPECT_EQ(editor.summaryText(), QStringLiteral("3 stretches · 2 min 15 s in all"));

    panel->customHoldBox()->click();
    EXPECT_EQ(editor.routine().steps.at(0).holdSeconds, std::nullopt);

    // Cat-cow is done once, not per side.
    editor.setCurrentStep(1);
    EXPECT_EQ(panel->titleLabel()->text(), QStringLiteral("Cat-cow"));
    EXPECT_FALSE(panel->sidesBox()->isEnabled());
    EXPECT_EQ(panel->recommendedLabel()->text(), QStringLiteral("Recommended (30 s)"));

    editor.revertButton()->click();
    EXPECT_EQ(editor.routine(), routine);
    EXPECT_FALSE(editor.isModified());
    EXPECT_FALSE(editor.saveButton()->isEnabled());
}

TEST_F(RoutineEditorTest, RoutineTimingsFollowTheSettingsOrAreFixedForThisRoutine)
{
    Routine routine = shortRoutine();
    routine.restSeconds.reset();
    routine.warmupSeconds.reset();
    routine.steps = {step("knee-to-chest"), step("cat-cow")};
    open(routine);
    RoutineTimingPanel *timing = editor.timingPanel();
    QCheckBox *rest = timing->followsSettingsBox(RoutineTimingPanel::Rest);
    QCheckBox *warmup = timing->followsSettingsBox(RoutineTimingPanel::Warmup);
    EXPECT_TRUE(rest->isChecked());
    EXPECT_EQ(rest->text(), QStringLiteral("Use my settings (10 s)"));
    EXPECT_EQ(warmup->text(), QStringLiteral("Use my settings (2 min)"));
    EXPECT_FALSE(timing->followsSettingsBox(RoutineTimingPanel::Prepare)->isChecked());
    // warm-up 120 + 5 + 25 + 5 + 25 + rest 10 + 30 = 220 s
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 3 min 40 s in all"));

    settings.setRestSeconds(20);
    EXPECT_EQ(rest->text(), QStringLiteral("Use my settings (20 s)"));
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 3 min 50 s in all"));
    EXPECT_FALSE(editor.isModified());

    rest->click();
    EXPECT_EQ(editor.routine().restSeconds, std::optional<int>(20));
    QSpinBox *restSpin = timing->secondsSpin(RoutineTimingPanel::Rest);
    ASSERT_TRUE(restSpin->isEnabled());
    restSpin->setValue(0);
    EXPECT_EQ(editor.routine().restSeconds, std::optional<int>(0));
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 3 min 30 s in all"));
    EXPECT_TRUE(editor.isModified());

    warmup->click();
    timing->secondsSpin(RoutineTimingPanel::Warmup)->setValue(0);
    EXPECT_EQ(editor.routine().warmupSeconds, std::optional<int>(0));
    EXPECT_EQ(editor.summaryText(), QStringLiteral("2 stretches · 1 min 30 s in all"));
    EXPECT_EQ(timing->secondsSpin(RoutineTimingPanel::Warmup)->maximum(), limits::maxWarmupSeconds);
    EXPECT_EQ(restSpin->maximum(), limits::maxGapSeconds);

    // Back to the settings: the routine no longer fixes its rest.
    rest->click();
    EXPECT_EQ(editor.routine().restSeconds, std::nullopt);
    EXPECT_FALSE(restSpin->isEnabled());
}

TEST_F(RoutineEditorTest, NameEditsSaveShortcutAndPlay)
{
    open(shortRoutine());
    QSignalSpy save(&editor, &RoutineEditor::saveRequested);
    QSignalSpy play(&editor, &RoutineEditor::playRequested);
    QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(save.count(), 0) << "nothing to save yet";

    editor.nameField()->setFocus();
    editor.nameField()->selectAll();
    QTest::keyClicks(editor.nameField(), QStringLiteral("  Morning  "));
    EXPECT_EQ(editor.routine().name, QStringLiteral("Morning"));
    EXPECT_TRUE(editor.isModified());
    QTest::keyClick(editor.nameField(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(save.count(), 1);

    editor.nameField()->clear();
    EXPECT_FALSE(editor.canSave());
    editor.nameField()->setText(QStringLiteral("Morning"));
    editor.showStatus(QStringLiteral("Saved"));
    EXPECT_EQ(editor.statusText(), QStringLiteral("Saved"));

    editor.playButton()->click();
    ASSERT_EQ(play.count(), 1);
    EXPECT_EQ(play.at(0).at(0).value<Routine>().steps, shortRoutine().steps);
}

} // namespace
