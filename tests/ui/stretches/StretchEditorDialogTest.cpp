#include "stretches/StretchEditorDialog.h"

#include "model/Catalog.h"
#include "StretchEditorTestSupport.h"
#include "stretches/StretchPicturePanel.h"
#include "stretches/TextListEditor.h"

#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace limber;
using limber::testing::hamstringFloss;

namespace {

class StretchEditorDialogTest : public limber::testing::StretchEditorFixture
{
protected:
    void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }
    QAbstractButton *rowButton(int row, const char *name) const
    {
        return dialog.stepsEditor()->editorAt(row)->parentWidget()->findChild<QAbstractButton *>(
            QString::fromLatin1(name));
    }
    void click(QAbstractButton *button)
    {
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }
};

TEST_F(StretchEditorDialogTest, FillingTheFormMakesTheStretch)
{
    dialog.startNew(QStringLiteral("own-1"));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New stretch"));
    EXPECT_FALSE(saveButton()->isEnabled());

    typeInto(field<QLineEdit>("name"), QStringLiteral("  Hamstring floss "));
    typeInto(field<QLineEdit>("summary"), QStringLiteral("Slide the nerve"));
    typeInto(dialog.stepsEditor()->editorAt(0), QStringLiteral("Sit tall."));
    click(dialog.stepsEditor()->addButton());
    ASSERT_EQ(dialog.stepsEditor()->count(), 2);
    typeInto(dialog.stepsEditor()->editorAt(1), QStringLiteral("Point the foot away. "));
    click(dialog.cautionsEditor()->addButton());
    typeInto(dialog.cautionsEditor()->editorAt(0), QStringLiteral("Stop if it tingles."));
    click(field<QCheckBox>("area-hamstrings"));
    click(field<QCheckBox>("area-lower-back"));
    click(field<QRadioButton>("flowing"));
    click(field<QCheckBox>("sided"));
    auto *hold = field<QSpinBox>("hold");
    hold->setFocus();
    hold->selectAll();
    QTest::keyClicks(hold, QStringLiteral("45"));

    EXPECT_EQ(dialog.problem(), std::nullopt) << dialog.problem()->toStdString();
    EXPECT_TRUE(saveButton()->isEnabled());
    EXPECT_TRUE(reason().isEmpty());
    const Stretch stretch = dialog.stretch();
    EXPECT_TRUE(stretch.isOwn());
    EXPECT_EQ(stretch.id(), QStringLiteral("own-1"));
    EXPECT_EQ(stretch.name(), QStringLiteral("Hamstring floss"));
    EXPECT_EQ(stretch.summary(), QStringLiteral("Slide the nerve"));
    EXPECT_EQ(stretch.steps(),
              QStringList({QStringLiteral("Sit tall."), QStringLiteral("Point the foot away.")}));
    EXPECT_EQ(stretch.cautions(), QStringList{QStringLiteral("Stop if it tingles.")});
    // In the order they were ticked: the first is the main one.
    EXPECT_EQ(stretch.targets(), QList<BodyArea>({BodyArea::Hamstrings, BodyArea::LowerBack}));
    EXPECT_EQ(stretch.kind(), StretchKind::Flow);
    EXPECT_TRUE(stretch.isSided());
    EXPECT_EQ(stretch.defaultHoldSeconds(), 45);
    ASSERT_TRUE(stretch.picture().isDrawn());
    EXPECT_TRUE(stretch.illustration().isFlow);
    EXPECT_EQ(stretch.illustration().keyframes.size(), 2);
    EXPECT_TRUE(dialog.chosenImagePath().isEmpty());

    click(saveButton());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(StretchEditorDialogTest, StepsMoveAndGoAway)
{
    dialog.setStretch(hamstringFloss());
    TextListEditor *steps = dialog.stepsEditor();
    click(rowButton(2, "moveUp"));
    EXPECT_TRUE(dialog.stretch().steps().at(1).startsWith(QStringLiteral("Look down")));
    click(rowButton(0, "remove"));
    EXPECT_EQ(dialog.stretch().steps().size(), 2);
    EXPECT_TRUE(dialog.stretch().steps().at(0).startsWith(QStringLiteral("Look down")));
    // The last step cannot be removed; twelve is the most.
    click(rowButton(0, "remove"));
    EXPECT_FALSE(rowButton(0, "remove")->isEnabled());
    for (int i = 1; i < stretchLimits::maxSteps; ++i)
        steps->addRow();
    EXPECT_EQ(steps->count(), stretchLimits::maxSteps);
    EXPECT_FALSE(steps->addButton()->isEnabled());
}

TEST_F(StretchEditorDialogTest, EachRuleBlocksSavingWithItsReason)
{
    const auto expectBlocked = [this](const QString &expected) {
        EXPECT_EQ(reason(), expected);
        EXPECT_FALSE(saveButton()->isEnabled());
        dialog.accept();
        EXPECT_NE(dialog.result(), QDialog::Accepted);
        EXPECT_TRUE(dialog.isVisible());
    };
    const auto restart = [this] {
        dialog.setStretch(hamstringFloss());
        ASSERT_TRUE(saveButton()->isEnabled());
    };

    restart();
    field<QLineEdit>("name")->setText(QStringLiteral("   "));
    expectBlocked(QStringLiteral("Give the stretch a name."));

    restart();
    field<QLineEdit>("name")->setText(QStringLiteral("Floss\u0007"));
    EXPECT_TRUE(reason().startsWith(QStringLiteral("Name: "))) << reason().toStdString();
    EXPECT_FALSE(saveButton()->isEnabled());

    restart();
    dialog.setNameCheck([](const QString &name) {
        return name == QStringLiteral("Hamstring floss")
                   ? QStringLiteral("You already have a stretch named “%1”.").arg(name)
                   : QString();
    });
    expectBlocked(QStringLiteral("You already have a stretch named “Hamstring floss”."));
    dialog.setNameCheck({});

    restart();
    dialog.stepsEditor()->addRow();
    expectBlocked(QStringLiteral("Step 4 is empty: write it or remove it."));

    restart();
    dialog.stepsEditor()->editorAt(1)->setPlainText(QString(301, u'x'));
    expectBlocked(QStringLiteral("Step 2 is 301 characters long; the most is 300."));

    restart();
    dialog.cautionsEditor()->addRow();
    expectBlocked(QStringLiteral("Caution 2 is empty: write it or remove it."));

    restart();
    field<QCheckBox>("area-hamstrings")->setChecked(false);
    field<QCheckBox>("area-lower-back")->setChecked(false);
    expectBlocked(QStringLiteral("Choose at least one body area."));

    restart();
    click(dialog.picturePanel()->imageRadio());
    expectBlocked(QStringLiteral("Choose a picture, or draw the figure."));

    restart();
    EXPECT_EQ(field<QSpinBox>("hold")->minimum(), stretchLimits::minHoldSeconds);
    EXPECT_EQ(field<QSpinBox>("hold")->maximum(), stretchLimits::maxHoldSeconds);
    EXPECT_EQ(field<QLineEdit>("name")->maxLength(), stretchLimits::maxNameLength);
}

TEST_F(StretchEditorDialogTest, AStretchComesBackAsItWasGiven)
{
    const Stretch original = hamstringFloss();
    dialog.setStretch(original);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit stretch"));
    EXPECT_FALSE(dialog.hasChanges());
    EXPECT_FALSE(field<QPushButton>("undo")->isEnabled());
    const Stretch copy = dialog.stretch();
    EXPECT_EQ(copy.id(), original.id());
    EXPECT_EQ(copy.writtenText(), original.writtenText());
    EXPECT_EQ(copy.targets(), original.targets());
    EXPECT_EQ(copy.kind(), original.kind());
    EXPECT_EQ(copy.isSided(), original.isSided());
    EXPECT_EQ(copy.defaultHoldSeconds(), original.defaultHoldSeconds());
    EXPECT_EQ(copy.illustration().keyframes, original.illustration().keyframes);
}

TEST_F(StretchEditorDialogTest, ABuiltInStretchIsDuplicatedAsANewOwnOne)
{
    const Stretch &builtIn = Catalog::builtIn().stretches().constFirst();
    dialog.startDuplicate(builtIn, QStringLiteral("own-copy"));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New stretch"));
    const Stretch copy = dialog.stretch();
    EXPECT_TRUE(copy.isOwn());
    EXPECT_EQ(copy.id(), QStringLiteral("own-copy"));
    EXPECT_EQ(copy.name(), builtIn.name() + QStringLiteral(" (my own)"));
    EXPECT_EQ(copy.steps(), builtIn.steps());
    EXPECT_EQ(copy.illustration().keyframes, builtIn.illustration().keyframes);
    EXPECT_EQ(dialog.problem(), std::nullopt);
}

TEST_F(StretchEditorDialogTest, UndoAndRedoReachEveryFieldFromTheKeyboardAndTheButtons)
{
    dialog.setStretch(hamstringFloss());
    auto *name = field<QLineEdit>("name");
    typeInto(name, QStringLiteral(" 2"));
    EXPECT_EQ(name->text(), QStringLiteral("Hamstring floss 2"));
    EXPECT_TRUE(dialog.hasChanges());

    // The typing is one step, undone even while the field has the focus.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(name->text(), QStringLiteral("Hamstring floss"));
    EXPECT_FALSE(dialog.hasChanges());
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(name->text(), QStringLiteral("Hamstring floss 2"));

    // A step's own field hands Ctrl+Z to the form as well.
    QPlainTextEdit *step = dialog.stepsEditor()->editorAt(0);
    const QString written = step->toPlainText();
    typeInto(step, QStringLiteral("Slowly."));
    EXPECT_NE(step->toPlainText(), written);
    QTest::keyClick(step, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dialog.stepsEditor()->editorAt(0)->toPlainText(), written);
    EXPECT_EQ(name->text(), QStringLiteral("Hamstring floss 2"));

    auto *sided = field<QCheckBox>("sided");
    click(sided);
    EXPECT_FALSE(dialog.stretch().isSided());
    click(field<QPushButton>("undo"));
    EXPECT_TRUE(sided->isChecked());
    EXPECT_EQ(dialog.stretch().name(), QStringLiteral("Hamstring floss 2"));
    click(field<QPushButton>("redo"));
    EXPECT_FALSE(sided->isChecked());

    // Typing after an undo is a step of its own, not merged into the one before.
    click(field<QPushButton>("undo"));
    typeInto(name, QStringLiteral("!"));
    click(field<QPushButton>("undo"));
    EXPECT_EQ(name->text(), QStringLiteral("Hamstring floss 2"));

    // Starting the drawing again is undone too.
    const QList<Pose> before = dialog.picturePanel()->drawing().keyframes;
    QMenu *menu = dialog.picturePanel()->startFromButton()->menu();
    ASSERT_NE(menu, nullptr);
    QAction *lying = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Lying on the back"))
            lying = action;
    }
    ASSERT_NE(lying, nullptr);
    lying->trigger();
    EXPECT_EQ(dialog.stretch().illustration().keyframes.constFirst(), supine());
    click(field<QPushButton>("undo"));
    EXPECT_EQ(dialog.stretch().illustration().keyframes, before);
}

TEST_F(StretchEditorDialogTest, ClosingWithChangesAsksFirst)
{
    int asked = 0;
    bool discard = false;
    dialog.setDiscardPrompt([&] {
        ++asked;
        return discard;
    });
    dialog.setStretch(hamstringFloss());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(asked, 0);
    EXPECT_FALSE(dialog.isVisible());

    dialog.show();
    typeInto(field<QLineEdit>("summary"), QStringLiteral(" gently"));
    QTest::keyClick(field<QLineEdit>("summary"), Qt::Key_Escape);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(dialog.isVisible());
    discard = true;
    dialog.reject();
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

} // namespace
