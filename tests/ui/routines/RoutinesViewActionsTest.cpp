#include "QtPrinters.h"
#include "RoutinesViewTestSupport.h"
#include "storage/RoutineFile.h"
#include "TestPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace limber;
using limber::test::RoutinesViewTest;

namespace {

TEST_F(RoutinesViewTest, DuplicatingTheBuiltInRoutineMakesAnEditableCopy)
{
    view().duplicateButton()->click();
    ASSERT_EQ(store.routines().size(), 1);
    const StoredRoutine &copy = store.routines().at(0);
    EXPECT_EQ(copy.routine.name, QStringLiteral("Back and hips (copy)"));
    EXPECT_EQ(copy.routine.steps, builtin::backAndHips(Catalog::builtIn()).steps);
    EXPECT_EQ(view().currentRoutineId(), copy.id);
    EXPECT_FALSE(editor().isReadOnly());
    EXPECT_EQ(view().routineList()->currentIndex().data().toString(),
              QStringLiteral("Back and hips (copy)"));

    // The editor's own Duplicate button, shown with the read-only note, does the same.
    ASSERT_TRUE(view().selectRoutine(builtin::backAndHipsId.toString()));
    auto *noteButton = editor().readOnlyNote()->findChild<QPushButton *>();
    ASSERT_NE(noteButton, nullptr);
    noteButton->click();
    EXPECT_EQ(store.routines().size(), 2);
    EXPECT_EQ(editor().routine().name, QStringLiteral("Back and hips (copy) (2)"));
}

TEST_F(RoutinesViewTest, DuplicatingAUsersRoutineNumbersTheCopy)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    ASSERT_TRUE(view().duplicateCurrent());
    EXPECT_EQ(listedNames(),
              (QStringList{QStringLiteral("Back and hips"), QStringLiteral("Desk break"),
                           QStringLiteral("Morning"), QStringLiteral("Morning (2)")}));
    EXPECT_NE(view().currentRoutineId(), id);
    EXPECT_EQ(editor().routine().steps, store.find(id)->routine.steps);
}

TEST_F(RoutinesViewTest, RenamesInTheListAndShowsTheNameTheStoreChose)
{
    addRoutine(QStringLiteral("Evening"));
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    ASSERT_TRUE(view().renameCurrent());
    auto *field = view().routineList()->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(field, nullptr);
    ASSERT_TRUE(field->isVisible());
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Dawn"));
    QTest::keyClick(field, Qt::Key_Return);
    // The delegate commits a confirmed edit through a queued call, and the view renames
    // through another, once the editor is closed.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(store.find(id)->routine.name, QStringLiteral("Dawn"));
    EXPECT_EQ(editor().nameField()->text(), QStringLiteral("Dawn"));
    EXPECT_FALSE(view().hasUnsavedChanges());
    EXPECT_EQ(view().currentRoutineId(), id);

    ASSERT_TRUE(view().renameRoutine(id, QStringLiteral("EVENING")));
    EXPECT_EQ(store.find(id)->routine.name, QStringLiteral("EVENING (2)"));
    EXPECT_EQ(editor().statusText(),
              QStringLiteral("Renamed to “EVENING (2)”: another routine is called “EVENING”."));
    EXPECT_EQ(listedNames(),
              (QStringList{QStringLiteral("Back and hips"), QStringLiteral("Desk break"),
                           QStringLiteral("Evening"), QStringLiteral("EVENING (2)")}));
    EXPECT_FALSE(view().renameRoutine(id, QStringLiteral("   ")));
}

TEST_F(RoutinesViewTest, RenamingKeepsOtherUnsavedEdits)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    editor().addStretch(QStringLiteral("cat-cow"));
    ASSERT_TRUE(view().renameRoutine(id, QStringLiteral("Dawn")));
    EXPECT_EQ(editor().routine().name, QStringLiteral("Dawn"));
    EXPECT_EQ(editor().routine().steps.size(), 3);
    EXPECT_TRUE(view().hasUnsavedChanges());
    EXPECT_EQ(store.find(id)->routine.steps.size(), 2);
}

TEST_F(RoutinesViewTest, DeleteAsksFirstAndThenRemovesTheFile)
{
    const QString first = addRoutine(QStringLiteral("A"));
    const QString second = addRoutine(QStringLiteral("B"));
    ASSERT_TRUE(view().selectRoutine(first));
    const QString path = store.find(first)->path;

    deleteAnswer = false;
    view().deleteButton()->click();
    EXPECT_EQ(deleteAsked, QStringList{QStringLiteral("A")});
    EXPECT_NE(store.find(first), nullptr);
    EXPECT_EQ(view().currentRoutineId(), first);

    deleteAnswer = true;
    view().routineList()->setFocus();
    QTest::keyClick(view().routineList(), Qt::Key_Delete);
    EXPECT_EQ(deleteAsked.size(), 2);
    EXPECT_EQ(store.find(first), nullptr);
    EXPECT_FALSE(QFile::exists(path));
    // The next routine takes its place.
    EXPECT_EQ(view().currentRoutineId(), second);
    EXPECT_TRUE(view().deleteCurrent());
    EXPECT_TRUE(view().isBuiltInSelected());
    EXPECT_TRUE(unsavedAsked.isEmpty());
}

TEST_F(RoutinesViewTest, ImportsAValidFileAndOpensIt)
{
    importPath = test::dataPath(QStringLiteral("valid/design-example.json"));
    view().importButton()->click();
    ASSERT_EQ(store.routines().size(), 1);
    EXPECT_EQ(view().currentRoutineId(), store.routines().at(0).id);
    EXPECT_EQ(editor().routine().name, QStringLiteral("Evening unwind"));
    EXPECT_EQ(editor().routine().steps.size(), 3);
    EXPECT_EQ(editor().statusText(), QStringLiteral("Imported from design-example.json"));
    EXPECT_TRUE(errors.isEmpty());

    // A second import of the same file is numbered, never replaces the first.
    ASSERT_TRUE(view().importFile(importPath));
    EXPECT_EQ(editor().routine().name, QStringLiteral("Evening unwind (2)"));
    EXPECT_EQ(store.routines().size(), 2);
}

TEST_F(RoutinesViewTest, RefusedImportShowsTheValidatorsMessageAndAddsNothing)
{
    const QString path = test::dataPath(QStringLiteral("invalid/hold-too-short.json"));
    EXPECT_FALSE(view().importFile(path));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.at(0).startsWith(QStringLiteral("The routine was not imported: ")));
    EXPECT_TRUE(errors.at(0).contains(path)) << errors.at(0).toStdString();
    EXPECT_TRUE(errors.at(0).contains(QStringLiteral("steps[0].hold_seconds")))
        << errors.at(0).toStdString();
    EXPECT_TRUE(store.routines().isEmpty());
    EXPECT_TRUE(view().isBuiltInSelected());

    importPath.clear(); // the person cancelled the file dialog
    EXPECT_FALSE(view().importRoutine());
    EXPECT_EQ(errors.size(), 1);
}

TEST_F(RoutinesViewTest, ImportWhileEditingAsksBeforeOpeningTheImportedRoutine)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    editor().addStretch(QStringLiteral("cat-cow"));
    unsavedAnswer = UnsavedChoice::Cancel;
    EXPECT_TRUE(view().importFile(test::dataPath(QStringLiteral("valid/design-example.json"))));
    EXPECT_EQ(store.routines().size(), 2);
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_TRUE(view().hasUnsavedChanges());
}

TEST_F(RoutinesViewTest, ExportWritesEveryTimingOutUnderTheRoutinesName)
{
    settings.setRestSeconds(15);
    exportPath = dir.filePath(QStringLiteral("shared.json"));
    view().exportButton()->click();
    ASSERT_EQ(suggestedExportPaths.size(), 1);
    EXPECT_TRUE(suggestedExportPaths.at(0).endsWith(QStringLiteral("/Back and hips.json")))
        << suggestedExportPaths.at(0).toStdString();

    const RoutineReadResult written = RoutineFile::read(exportPath, Catalog::builtIn());
    ASSERT_TRUE(written.ok()) << written.errorText().toStdString();
    EXPECT_EQ(written.routine->name, QStringLiteral("Back and hips"));
    EXPECT_EQ(written.routine->restSeconds, std::optional<int>(15));
    EXPECT_EQ(written.routine->prepareSeconds, std::optional<int>(5));
    EXPECT_EQ(written.routine->warmupSeconds, std::optional<int>(120));
    EXPECT_EQ(written.routine->steps.at(0).holdSeconds, std::optional<int>(25));
    EXPECT_EQ(editor().statusText(),
              QStringLiteral("Exported to %1").arg(QDir::toNativeSeparators(exportPath)));

    exportPath = dir.filePath(QStringLiteral("no-such-folder/x.json"));
    EXPECT_FALSE(view().exportCurrent());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.at(0).startsWith(QStringLiteral("The routine was not exported: ")));
    EXPECT_TRUE(errors.at(0).contains(exportPath)) << errors.at(0).toStdString();
}

TEST_F(RoutinesViewTest, SuggestedExportNamesAreSafeFileNames)
{
    EXPECT_TRUE(RoutineDialogs::suggestedExportPath(QStringLiteral("Hips / back: 2?"))
                    .endsWith(QStringLiteral("/Hips - back- 2-.json")));
    EXPECT_TRUE(RoutineDialogs::suggestedExportPath(QStringLiteral(".."))
                    .endsWith(QStringLiteral("/routine.json")));
}

TEST_F(RoutinesViewTest, NewRoutineIsSavedOnceItHasAStretch)
{
    addRoutine(QStringLiteral("New routine"));
    ASSERT_TRUE(view().newRoutine());
    EXPECT_TRUE(view().currentRoutineId().isEmpty());
    EXPECT_EQ(editor().routine().name, QStringLiteral("New routine (2)"));
    EXPECT_TRUE(editor().nameField()->hasFocus());
    EXPECT_EQ(listedNames().last(), QStringLiteral("New routine (2)"));
    EXPECT_TRUE(list()->index(3, 0).data(RoutineListModel::DraftRole).toBool());
    EXPECT_FALSE(view().duplicateButton()->isEnabled());
    EXPECT_FALSE(view().save());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0), QStringLiteral("The routine was not saved: Add at least one stretch to "
                                           "“New routine (2)” before saving it."));

    editor().nameField()->setText(QStringLiteral("Desk break"));
    EXPECT_EQ(listedNames().last(), QStringLiteral("Desk break"));
    editor().addStretch(QStringLiteral("seated-spinal-twist"));
    editor().saveButton()->click();
    ASSERT_EQ(store.routines().size(), 2);
    const StoredRoutine *saved = store.findByName(QStringLiteral("Desk break"));
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(view().currentRoutineId(), saved->id);
    EXPECT_EQ(saved->routine.steps.size(), 1);
    EXPECT_FALSE(list()->index(2, 0).data(RoutineListModel::DraftRole).toBool());
    EXPECT_EQ(list()->rowCount(), 4);
}

TEST_F(RoutinesViewTest, ADiscardedNewRoutineReturnsToTheRoutineBefore)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    ASSERT_TRUE(view().newRoutine());
    editor().addStretch(QStringLiteral("butterfly"));
    unsavedAnswer = UnsavedChoice::Discard;
    EXPECT_TRUE(view().confirmDiscardOrSave());
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_EQ(list()->rowCount(), 3);
    EXPECT_EQ(store.routines().size(), 1);
}

TEST_F(RoutinesViewTest, AddToRoutineFromTheLibrary)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    EXPECT_TRUE(view().addStretch(QStringLiteral("happy-baby")));
    EXPECT_EQ(editor().routine().steps.last().stretchId, QStringLiteral("happy-baby"));
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_FALSE(view().addStretch(QStringLiteral("no-such-stretch")));

    // The built-in routine stays as it is: the stretch starts a new routine instead.
    unsavedAnswer = UnsavedChoice::Discard;
    ASSERT_TRUE(view().selectRoutine(builtin::backAndHipsId.toString()));
    EXPECT_TRUE(view().addStretch(QStringLiteral("happy-baby")));
    EXPECT_TRUE(view().currentRoutineId().isEmpty());
    ASSERT_EQ(editor().routine().steps.size(), 1);
    EXPECT_EQ(editor().routine().steps.at(0).stretchId, QStringLiteral("happy-baby"));
    EXPECT_EQ(editor().statusText(),
              QStringLiteral("“Back and hips” is read-only, so Happy baby went into a new "
                             "routine."));
}

} // namespace
