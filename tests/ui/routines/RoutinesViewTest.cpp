#include "QtPrinters.h"
#include "RoutinesViewTestSupport.h"
#include "storage/RoutineFile.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>

using namespace limber;
using limber::test::RoutinesViewTest;

namespace {

// "Routine" → "Übung", in a few places, as a language switch at run time would.
class GermanishTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        const QString where = QString::fromUtf8(context);
        if (where == QStringLiteral("Routine") && text == QStringLiteral("Back and hips"))
            return QStringLiteral("Rücken und Hüften");
        if (where == QStringLiteral("limber::RoutineListPanel") &&
            text == QStringLiteral("Routines"))
            return QStringLiteral("Übungen");
        if (where == QStringLiteral("limber::RoutineEditor") && text == QStringLiteral("Play"))
            return QStringLiteral("Abspielen");
        return {};
    }
    bool isEmpty() const override { return false; }
};

TEST_F(RoutinesViewTest, ListsTheBuiltInRoutineFirstThenTheUsersOwnByName)
{
    addRoutine(QStringLiteral("Morning"));
    addRoutine(QStringLiteral("evening"));
    view();
    EXPECT_EQ(listedNames(),
              (QStringList{QStringLiteral("Back and hips"), QStringLiteral("Desk break"),
                           QStringLiteral("evening"), QStringLiteral("Morning")}));
    const QModelIndex builtIn = list()->index(0, 0);
    EXPECT_TRUE(builtIn.data(RoutineListModel::BuiltInRole).toBool());
    EXPECT_EQ(builtIn.data(RoutineListModel::IdRole).toString(), builtin::backAndHipsId);
    EXPECT_EQ(builtIn.data(RoutineListModel::SubtitleRole).toString(),
              QStringLiteral("10 stretches · 10 min 5 s"));
    const QModelIndex own = list()->index(3, 0);
    EXPECT_FALSE(own.data(RoutineListModel::BuiltInRole).toBool());
    EXPECT_EQ(own.data(RoutineListModel::SubtitleRole).toString(),
              QStringLiteral("2 stretches · 1 min 30 s"));

    // Lengths follow the settings.
    settings.setWarmupEnabled(false);
    EXPECT_EQ(builtIn.data(RoutineListModel::SubtitleRole).toString(),
              QStringLiteral("10 stretches · 8 min 5 s"));
}

TEST_F(RoutinesViewTest, OpensOnTheBuiltInRoutineReadOnly)
{
    EXPECT_EQ(view().currentRoutineId(), builtin::backAndHipsId);
    EXPECT_TRUE(view().isBuiltInSelected());
    EXPECT_EQ(view().routineList()->currentIndex().row(), 0);
    EXPECT_TRUE(editor().isReadOnly());
    EXPECT_EQ(editor().summaryText(), QStringLiteral("10 stretches · 10 min 5 s in all"));
    EXPECT_FALSE(view().renameButton()->isEnabled());
    EXPECT_FALSE(view().deleteButton()->isEnabled());
    EXPECT_TRUE(view().duplicateButton()->isEnabled());
    EXPECT_TRUE(view().exportButton()->isEnabled());
    EXPECT_FALSE(view().renameCurrent());
    EXPECT_FALSE(view().deleteCurrent());
    EXPECT_TRUE(deleteAsked.isEmpty());
    EXPECT_FALSE(view().save());
}

// The short break the sitting-break reminder offers is a routine like the others: listed
// beside Back and hips, read-only, playable, and the one a reminder can be set to.
TEST_F(RoutinesViewTest, TheDeskBreakIsListedBesideBackAndHipsAndPlays)
{
    addRoutine(QStringLiteral("Morning"));
    const QModelIndex deskBreak = list()->index(1, 0);
    EXPECT_EQ(deskBreak.data().toString(), QStringLiteral("Desk break"));
    EXPECT_EQ(deskBreak.data(RoutineListModel::IdRole).toString(), builtin::deskBreakId);
    EXPECT_TRUE(deskBreak.data(RoutineListModel::BuiltInRole).toBool());
    EXPECT_EQ(deskBreak.data(RoutineListModel::SubtitleRole).toString(),
              QStringLiteral("1 stretch · 2 min 10 s"));

    QSignalSpy changed(&view(), &RoutinesView::currentRoutineChanged);
    clickRow(1);
    EXPECT_EQ(view().currentRoutineId(), builtin::deskBreakId);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), builtin::deskBreakId);
    EXPECT_TRUE(view().isBuiltInSelected());
    EXPECT_TRUE(editor().isReadOnly());
    EXPECT_EQ(editor().routine(), builtin::deskBreak());
    EXPECT_FALSE(view().renameButton()->isEnabled());
    EXPECT_FALSE(view().deleteButton()->isEnabled());
    EXPECT_FALSE(view().deleteCurrent());

    QSignalSpy play(&view(), &RoutinesView::playRequested);
    editor().playButton()->click();
    ASSERT_EQ(play.count(), 1);
    EXPECT_EQ(play.at(0).at(0).value<Routine>(), builtin::deskBreak());

    ASSERT_TRUE(view().duplicateCurrent());
    EXPECT_EQ(editor().routine().name, QStringLiteral("Desk break (copy)"));
    EXPECT_EQ(editor().routine().steps, builtin::deskBreak().steps);
}

TEST_F(RoutinesViewTest, OpensTheDeskBreakWhenTheSettingsChoseIt)
{
    settings.setSelectedRoutine(builtin::deskBreakId.toString());
    EXPECT_EQ(view().currentRoutineId(), builtin::deskBreakId);
    EXPECT_EQ(view().routineList()->currentIndex().row(), 1);
}

TEST_F(RoutinesViewTest, OpensTheSelectedRoutineFromTheSettings)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    settings.setSelectedRoutine(id);
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_EQ(editor().routine().name, QStringLiteral("Morning"));
    EXPECT_FALSE(editor().isReadOnly());
}

TEST_F(RoutinesViewTest, ClickingARoutineOpensItInTheEditor)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    QSignalSpy changed(&view(), &RoutinesView::currentRoutineChanged);
    clickRow(2);
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_EQ(editor().routine(), store.find(id)->routine);
    EXPECT_FALSE(editor().isReadOnly());
    EXPECT_TRUE(view().renameButton()->isEnabled());
    EXPECT_TRUE(view().deleteButton()->isEnabled());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), id);
    EXPECT_TRUE(unsavedAsked.isEmpty());

    view().routineList()->setFocus();
    QTest::keyClick(view().routineList(), Qt::Key_Up);
    EXPECT_TRUE(view().isBuiltInSelected());
}

TEST_F(RoutinesViewTest, CancelKeepsTheEditorOnTheRoutineWithItsChanges)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    ASSERT_TRUE(editor().addStretch(QStringLiteral("cat-cow")));
    EXPECT_TRUE(view().hasUnsavedChanges());
    EXPECT_TRUE(list()->index(2, 0).data(RoutineListModel::UnsavedRole).toBool());

    unsavedAnswer = UnsavedChoice::Cancel;
    clickRow(0);
    EXPECT_EQ(unsavedAsked, QStringList{QStringLiteral("Morning")});
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_EQ(view().routineList()->currentIndex().row(), 2);
    EXPECT_TRUE(view().routineList()->selectionModel()->isSelected(list()->index(2, 0)));
    EXPECT_FALSE(view().routineList()->selectionModel()->isSelected(list()->index(0, 0)));
    EXPECT_EQ(editor().routine().steps.size(), 3);

    EXPECT_FALSE(view().selectRoutine(builtin::backAndHipsId.toString()));
    EXPECT_FALSE(view().confirmDiscardOrSave());
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_TRUE(view().hasUnsavedChanges());
    EXPECT_EQ(unsavedAsked.size(), 3);
}

TEST_F(RoutinesViewTest, DiscardLosesTheChanges)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    const Routine saved = store.find(id)->routine;
    ASSERT_TRUE(view().selectRoutine(id));
    editor().nameField()->setText(QStringLiteral("Renamed but not saved"));

    unsavedAnswer = UnsavedChoice::Discard;
    clickRow(0);
    EXPECT_EQ(unsavedAsked, QStringList{QStringLiteral("Renamed but not saved")});
    EXPECT_TRUE(view().isBuiltInSelected());
    EXPECT_EQ(RoutineFile::read(store.find(id)->path, Catalog::builtIn()).routine, saved);
    ASSERT_TRUE(view().selectRoutine(id));
    EXPECT_EQ(editor().routine(), saved);
    EXPECT_FALSE(view().hasUnsavedChanges());

    // The window's own question (before switching views or closing) behaves the same.
    editor().addStretch(QStringLiteral("cat-cow"));
    EXPECT_TRUE(view().confirmDiscardOrSave());
    EXPECT_EQ(editor().routine(), saved);
    EXPECT_EQ(view().currentRoutineId(), id);
}

TEST_F(RoutinesViewTest, SaveWritesTheFileBeforeSwitching)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    editor().addStretch(QStringLiteral("cat-cow"));
    const Routine edited = editor().routine();

    unsavedAnswer = UnsavedChoice::Save;
    clickRow(0);
    EXPECT_EQ(unsavedAsked.size(), 1);
    EXPECT_TRUE(view().isBuiltInSelected());
    const RoutineReadResult onDisk = RoutineFile::read(store.find(id)->path, Catalog::builtIn());
    ASSERT_TRUE(onDisk.ok()) << onDisk.errorText().toStdString();
    EXPECT_EQ(onDisk.routine->steps, edited.steps);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(RoutinesViewTest, SaveButtonAndShortcutSaveAndShowTheNameTheStoreChose)
{
    addRoutine(QStringLiteral("Evening"));
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    EXPECT_FALSE(editor().saveButton()->isEnabled());
    editor().nameField()->setText(QStringLiteral("evening"));
    ASSERT_TRUE(editor().saveButton()->isEnabled());
    editor().nameField()->setFocus();
    QTest::keyClick(editor().nameField(), Qt::Key_S, Qt::ControlModifier);

    EXPECT_EQ(store.find(id)->routine.name, QStringLiteral("evening (2)"));
    EXPECT_EQ(editor().nameField()->text(), QStringLiteral("evening (2)"));
    EXPECT_EQ(editor().statusText(),
              QStringLiteral("Saved as “evening (2)”: another routine is called “evening”."));
    EXPECT_FALSE(view().hasUnsavedChanges());
    EXPECT_FALSE(editor().saveButton()->isEnabled());
    EXPECT_EQ(view().currentRoutineId(), id);
    EXPECT_EQ(view().routineList()->currentIndex().data().toString(),
              QStringLiteral("evening (2)"));
}

TEST_F(RoutinesViewTest, AFailedSaveReportsTheStoresErrorAndKeepsTheChanges)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    editor().addStretch(QStringLiteral("cat-cow"));
    // The routine's file becomes a folder: QSaveFile cannot replace it.
    const QString path = store.find(id)->path;
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QDir().mkpath(path));

    unsavedAnswer = UnsavedChoice::Save;
    EXPECT_FALSE(view().confirmDiscardOrSave());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.at(0).startsWith(QStringLiteral("The routine was not saved: ")));
    EXPECT_TRUE(errors.at(0).contains(path)) << errors.at(0).toStdString();
    EXPECT_TRUE(view().hasUnsavedChanges());
    EXPECT_EQ(view().currentRoutineId(), id);
}

TEST_F(RoutinesViewTest, SwitchingLanguageRetranslatesTheListAndTheBuiltInRoutine)
{
    view();
    GermanishTranslator german;
    QCoreApplication::installTranslator(&german);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(listedNames().first(), QStringLiteral("Rücken und Hüften"));
    EXPECT_EQ(editor().nameField()->text(), QStringLiteral("Rücken und Hüften"));
    EXPECT_FALSE(view().hasUnsavedChanges());
    EXPECT_EQ(view().routineList()->currentIndex().row(), 0);
    EXPECT_EQ(view().findChild<QLabel *>(QStringLiteral("routinesTitle"))->text(),
              QStringLiteral("Übungen"));
    EXPECT_EQ(editor().playButton()->text(), QStringLiteral("Abspielen"));

    QCoreApplication::removeTranslator(&german);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(listedNames().first(), QStringLiteral("Back and hips"));
    EXPECT_EQ(editor().playButton()->text(), QStringLiteral("Play"));
}

TEST_F(RoutinesViewTest, PlayEmitsTheRoutineAsEdited)
{
    const QString id = addRoutine(QStringLiteral("Morning"));
    ASSERT_TRUE(view().selectRoutine(id));
    editor().addStretch(QStringLiteral("happy-baby"));
    QSignalSpy play(&view(), &RoutinesView::playRequested);
    editor().playButton()->click();
    view().play();
    ASSERT_EQ(play.count(), 2);
    EXPECT_EQ(play.at(0).at(0).value<Routine>(), editor().routine());
    EXPECT_EQ(play.at(0).at(0).value<Routine>().steps.last().stretchId,
              QStringLiteral("happy-baby"));
}

} // namespace
