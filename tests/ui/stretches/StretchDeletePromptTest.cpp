#include "stretches/StretchDeletePrompt.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

using namespace limber;

namespace {

QAbstractButton *deleteButton(const QMessageBox &box)
{
    for (QAbstractButton *button : box.buttons()) {
        if (box.buttonRole(button) == QMessageBox::DestructiveRole)
            return button;
    }
    return nullptr;
}

TEST(StretchDeletePromptTest, AStretchInUseNamesItsRoutinesAndDefaultsToCancel)
{
    const auto box =
        StretchDeletePrompt::create(nullptr, QStringLiteral("Hamstring floss"),
                                    {QStringLiteral("Morning"), QStringLiteral("Evening unwind")});
    const QString text = box->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("“Hamstring floss” is used by 2 routine")))
        << text.toStdString();
    // Named in alphabetical order.
    EXPECT_TRUE(text.contains(QStringLiteral("Evening unwind")));
    EXPECT_TRUE(text.contains(QStringLiteral("Morning")));
    EXPECT_LT(text.indexOf(QStringLiteral("Evening unwind")),
              text.indexOf(QStringLiteral("Morning")));
    EXPECT_EQ(box->informativeText(),
              QStringLiteral("Their steps stay, shown as a missing stretch. Delete it?"));
    ASSERT_NE(deleteButton(*box), nullptr);
    EXPECT_EQ(deleteButton(*box)->text(), QStringLiteral("Delete"));
    EXPECT_EQ(static_cast<QAbstractButton *>(box->defaultButton()),
              box->button(QMessageBox::Cancel));
    EXPECT_EQ(box->escapeButton(), box->button(QMessageBox::Cancel));
}

TEST(StretchDeletePromptTest, AnUnusedStretchGetsAPlainConfirmation)
{
    const auto box = StretchDeletePrompt::create(nullptr, QStringLiteral("Hamstring floss"), {});
    EXPECT_EQ(box->text(), QStringLiteral("Delete “Hamstring floss”?"));
    EXPECT_FALSE(box->informativeText().contains(QStringLiteral("missing")));
    ASSERT_NE(deleteButton(*box), nullptr);
    EXPECT_EQ(static_cast<QAbstractButton *>(box->defaultButton()),
              box->button(QMessageBox::Cancel));
}

} // namespace
