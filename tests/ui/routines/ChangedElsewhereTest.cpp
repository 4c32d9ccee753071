#include "QtPrinters.h"
#include "routines/ChangedElsewhereBar.h"
#include "RoutinesViewTestSupport.h"
#include "storage/RoutineFile.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace limber;
using limber::test::RoutinesViewTest;

namespace {

class ChangedElsewhereTest : public RoutinesViewTest
{
protected:
    void SetUp() override
    {
        id = addRoutine(QStringLiteral("Evening unwind"));
        ASSERT_TRUE(view().selectRoutine(id));
    }

    // Another device saved the routine with a longer first hold; the data folder was read again.
    Routine changeElsewhere(int firstHold)
    {
        Routine theirs = store.find(id)->routine;
        theirs.steps.first().holdSeconds = firstHold;
        EXPECT_FALSE(RoutineFile::write(theirs, store.find(id)->path));
        store.load();
        return theirs;
    }

    ChangedElsewhereBar *bar() { return view().changedElsewhereBar(); }

    QString id;
};

TEST_F(ChangedElsewhereTest, WithoutEditsTheEditorSimplyShowsTheNewVersion)
{
    const Routine theirs = changeElsewhere(55);
    EXPECT_EQ(editor().routine(), theirs);
    EXPECT_FALSE(editor().isModified());
    EXPECT_TRUE(bar()->isHidden());
}

TEST_F(ChangedElsewhereTest, WithEditsThePersonIsToldAndTheirEditsStay)
{
    editor().nameField()->setText(QStringLiteral("Evening unwind, longer"));
    ASSERT_TRUE(editor().isModified());
    changeElsewhere(55);

    EXPECT_TRUE(bar()->isVisible());
    EXPECT_TRUE(bar()->message()->text().contains(QStringLiteral("Evening unwind")));
    EXPECT_EQ(editor().routine().name, QStringLiteral("Evening unwind, longer"));
    EXPECT_EQ(editor().routine().steps.first().holdSeconds, 20);
    EXPECT_TRUE(editor().isModified());
}

TEST_F(ChangedElsewhereTest, KeepMyChangesSavesThemOverTheNewVersion)
{
    editor().nameField()->setText(QStringLiteral("Evening unwind, longer"));
    changeElsewhere(55);
    bar()->keepMineButton()->click();
    EXPECT_TRUE(bar()->isHidden());
    EXPECT_TRUE(editor().isModified());

    ASSERT_TRUE(view().save());
    store.load();
    EXPECT_EQ(store.find(id)->routine.name, QStringLiteral("Evening unwind, longer"));
    EXPECT_EQ(store.find(id)->routine.steps.first().holdSeconds, 20);
    EXPECT_TRUE(bar()->isHidden()) << "our own save is no change from elsewhere";
}

TEST_F(ChangedElsewhereTest, ShowTheNewVersionDropsTheEdits)
{
    editor().nameField()->setText(QStringLiteral("Evening unwind, longer"));
    const Routine theirs = changeElsewhere(55);
    bar()->showNewButton()->click();
    EXPECT_TRUE(bar()->isHidden());
    EXPECT_EQ(editor().routine(), theirs);
    EXPECT_FALSE(editor().isModified());
}

TEST_F(ChangedElsewhereTest, AnotherRoutineOpenedHidesTheQuestion)
{
    const QString other = addRoutine(QStringLiteral("Morning"));
    editor().nameField()->setText(QStringLiteral("Evening unwind, longer"));
    changeElsewhere(55);
    ASSERT_TRUE(bar()->isVisible());
    unsavedAnswer = UnsavedChoice::Discard;
    ASSERT_TRUE(view().selectRoutine(other));
    EXPECT_TRUE(bar()->isHidden());
}

} // namespace
