#include "settings/HoldOverridesTable.h"

#include "model/Catalog.h"
#include "settings/HoldOverridesModel.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace limber;

namespace {

class HoldOverridesTableTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        table.resize(720, table.height());
        table.show();
        table.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&table));
    }

    int rowOf(const QString &id) const { return model.rowOf(id); }
    QModelIndex holdOf(const QString &id) const
    {
        return model.index(rowOf(id), HoldOverridesModel::OverrideColumn);
    }
    // Clicks the hold as a person would and returns the editor that opens.
    QSpinBox *openEditor(const QString &id)
    {
        const QRect cell = table.visualRect(holdOf(id));
        QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, cell.center());
        return qobject_cast<QSpinBox *>(table.indexWidget(holdOf(id)));
    }

    // The delegate commits and closes on Return through a queued call.
    static void closeQueuedEditors() { QCoreApplication::sendPostedEvents(); }

    const QString butterfly = QStringLiteral("butterfly");
    const QString kneeToChest = QStringLiteral("knee-to-chest");
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("limber.ini")), QSettings::IniFormat};
    Settings settings{store};
    HoldOverridesModel model{settings, Catalog::builtIn()};
    HoldOverridesTable table{&model};
};

TEST_F(HoldOverridesTableTest, EveryRowShowsWithoutAScrollBar)
{
    EXPECT_EQ(table.verticalScrollBar()->maximum(), 0);
    EXPECT_GE(table.viewport()->height(), table.verticalHeader()->length());
    EXPECT_EQ(table.rowAt(table.verticalHeader()->length()), -1);
    EXPECT_EQ(table.rowAt(table.verticalHeader()->length() - 1), model.rowCount() - 1);
}

TEST_F(HoldOverridesTableTest, ResetButtonsShowOnlyWhereThereIsAnOverride)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_NE(table.resetButton(row), nullptr) << row;
        EXPECT_FALSE(table.resetButton(row)->isVisible()) << row;
        EXPECT_FALSE(table.resetButton(row)->accessibleName().isEmpty()) << row;
    }
    settings.setHoldOverride(butterfly, 50);
    EXPECT_TRUE(table.resetButton(rowOf(butterfly))->isVisible());
    EXPECT_FALSE(table.resetButton(rowOf(kneeToChest))->isVisible());
    EXPECT_EQ(table.resetButton(rowOf(butterfly))->accessibleName(),
              QStringLiteral("Reset the hold for Butterfly stretch"));
}

TEST_F(HoldOverridesTableTest, ClickingResetRemovesThatOverrideOnly)
{
    settings.setHoldOverride(butterfly, 50);
    settings.setHoldOverride(kneeToChest, 40);
    QTest::mouseClick(table.resetButton(rowOf(butterfly)), Qt::LeftButton);
    EXPECT_EQ(settings.holdOverride(butterfly), std::nullopt);
    EXPECT_EQ(settings.holdOverride(kneeToChest), 40);
    EXPECT_FALSE(table.resetButton(rowOf(butterfly))->isVisible());
    EXPECT_TRUE(table.resetButton(rowOf(kneeToChest))->isVisible());
}

TEST_F(HoldOverridesTableTest, DeleteRemovesTheCurrentRowsOverride)
{
    settings.setHoldOverride(butterfly, 50);
    table.setFocus();
    table.setCurrentIndex(holdOf(butterfly));
    QTest::keyClick(&table, Qt::Key_Delete);
    EXPECT_EQ(settings.holdOverride(butterfly), std::nullopt);
}

TEST_F(HoldOverridesTableTest, ClickingAHoldOpensASecondsEditorStartingFromWhatApplies)
{
    settings.setDefaultHoldSeconds(40);
    QSpinBox *editor = openEditor(butterfly);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->minimum(), Settings::holdRange.minimum);
    EXPECT_EQ(editor->maximum(), Settings::holdRange.maximum);
    EXPECT_EQ(editor->suffix(), QStringLiteral(" s"));
    EXPECT_EQ(editor->value(), 40);
    EXPECT_EQ(editor->accessibleName(), QStringLiteral("Your hold for Butterfly stretch"));
}

TEST_F(HoldOverridesTableTest, OpeningAndClosingTheEditorWithoutAChangeWritesNothing)
{
    QSpinBox *editor = openEditor(butterfly);
    ASSERT_NE(editor, nullptr);
    QTest::keyClick(editor, Qt::Key_Return);
    closeQueuedEditors();
    EXPECT_EQ(table.indexWidget(holdOf(butterfly)), nullptr);
    EXPECT_EQ(settings.holdOverride(butterfly), std::nullopt);
    EXPECT_TRUE(settings.holdOverrides().isEmpty());
}

TEST_F(HoldOverridesTableTest, EachStepIsWrittenAtOnceAndEscapePutsBackWhatWasThere)
{
    QSpinBox *editor = openEditor(butterfly);
    ASSERT_NE(editor, nullptr);
    QTest::keyClick(editor, Qt::Key_Up);
    EXPECT_EQ(settings.holdOverride(butterfly), 26);
    QTest::keyClick(editor, Qt::Key_Up);
    EXPECT_EQ(settings.holdOverride(butterfly), 27);
    QTest::keyClick(editor, Qt::Key_Escape);
    EXPECT_EQ(settings.holdOverride(butterfly), std::nullopt);

    settings.setHoldOverride(kneeToChest, 40);
    editor = openEditor(kneeToChest);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->value(), 40);
    QTest::keyClick(editor, Qt::Key_Down);
    EXPECT_EQ(settings.holdOverride(kneeToChest), 39);
    QTest::keyClick(editor, Qt::Key_Escape);
    EXPECT_EQ(settings.holdOverride(kneeToChest), 40);
}

TEST_F(HoldOverridesTableTest, ReturnKeepsTheEditedHold)
{
    QSpinBox *editor = openEditor(butterfly);
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("90"));
    QTest::keyClick(editor, Qt::Key_Return);
    closeQueuedEditors();
    EXPECT_EQ(table.indexWidget(holdOf(butterfly)), nullptr);
    EXPECT_EQ(settings.holdOverride(butterfly), 90);
    EXPECT_EQ(holdOf(butterfly).data().toString(), QStringLiteral("1 min 30 s"));
}

TEST_F(HoldOverridesTableTest, TheKeyboardStartsOnTheFirstHoldAndTypingEditsIt)
{
    table.setFocus(Qt::TabFocusReason);
    EXPECT_EQ(table.currentIndex(), model.index(0, HoldOverridesModel::OverrideColumn));
    QTest::keyClick(&table, Qt::Key_Down);
    QTest::keyClick(&table, Qt::Key_4);
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, &table);
    QTest::keyClick(editor, Qt::Key_5);
    QTest::keyClick(editor, Qt::Key_Return);
    closeQueuedEditors();
    const QString second = model.index(1, 0).data(HoldOverridesModel::StretchIdRole).toString();
    EXPECT_EQ(settings.holdOverride(second), 45);
    EXPECT_EQ(table.indexWidget(model.index(1, HoldOverridesModel::OverrideColumn)), nullptr);
}

} // namespace
