#include "shell/ShortcutsDialog.h"

#include "shell/MainWindow.h"
#include "widgets/KeyBindings.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace limber;

namespace {

// Every row of the dialog as "keys → action".
QMap<QString, QString> rowsOf(const QTreeWidget &list)
{
    QMap<QString, QString> rows;
    for (int group = 0; group < list.topLevelItemCount(); ++group) {
        const QTreeWidgetItem *item = list.topLevelItem(group);
        for (int row = 0; row < item->childCount(); ++row)
            rows.insert(item->child(row)->text(1), item->child(row)->text(0));
    }
    return rows;
}

class ShortcutsDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        window.addPage(new QLabel(QStringLiteral("play")), [] { return QStringLiteral("Play"); });
        window.addLazyPage([] { return new QLabel(QStringLiteral("routines")); },
                           [] { return QStringLiteral("Routines"); });
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    void TearDown() override
    {
        if (window.shortcutsDialog())
            window.shortcutsDialog()->close();
    }

    MainWindow window;
};

TEST_F(ShortcutsDialogTest, F1OpensItListingThePlayersKeys)
{
    ASSERT_EQ(window.shortcutsDialog(), nullptr);
    QTest::keyClick(&window, Qt::Key_F1);
    QDialog *dialog = window.shortcutsDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    ASSERT_NE(list, nullptr);
    const QMap<QString, QString> rows = rowsOf(*list);
    EXPECT_EQ(rows.value(KeyBindings::description(KeyCommand::PlayPause)),
              QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText));
    EXPECT_EQ(rows.value(QStringLiteral("Show Routines")),
              QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
    EXPECT_TRUE(rows.value(KeyBindings::description(KeyCommand::ShowShortcuts))
                    .contains(QStringLiteral("F1")));
}

TEST_F(ShortcutsDialogTest, CtrlQuestionMarkOpensItAndF1BringsTheSameBack)
{
    QTest::keyClick(&window, Qt::Key_Question, Qt::ControlModifier);
    QDialog *first = window.shortcutsDialog();
    ASSERT_NE(first, nullptr);
    first->hide();
    QTest::keyClick(&window, Qt::Key_F1);
    EXPECT_EQ(window.shortcutsDialog(), first) << "a second press must not open a second list";
    EXPECT_TRUE(first->isVisible());
}

TEST_F(ShortcutsDialogTest, ListsEveryBindingOfTheTable)
{
    ShortcutsDialog dialog({{QStringLiteral("Play"), KeyBindings::viewKey(0)}});
    const QMap<QString, QString> rows = rowsOf(*dialog.list());
    for (const KeyBinding &binding : KeyBindings::all()) {
        const QString description = KeyBindings::description(binding.command);
        ASSERT_TRUE(rows.contains(description)) << description.toStdString();
        EXPECT_EQ(rows.value(description), KeyBindings::keysText(binding.command));
    }
}

TEST_F(ShortcutsDialogTest, TheSideBarIsATabStopAndItsButtonOpensTheList)
{
    auto *views = window.findChild<QListWidget *>();
    ASSERT_NE(views, nullptr);
    EXPECT_TRUE(views->focusPolicy() & Qt::TabFocus) << "views unreachable without a mouse";
    auto *button = window.findChild<QPushButton *>(QStringLiteral("shortcutsButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->focusPolicy() & Qt::TabFocus);
    button->click();
    ASSERT_NE(window.shortcutsDialog(), nullptr);
    EXPECT_TRUE(window.shortcutsDialog()->isVisible());
}

} // namespace
