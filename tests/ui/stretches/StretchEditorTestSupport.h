#pragma once

#include "figures/PoseSolving.h"
#include "model/Stretch.h"
#include "stretches/StretchEditorDialog.h"
#include "stretches/StretchFormState.h"

#include <gtest/gtest.h>
#include <memory>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace limber::testing {

inline Stretch hamstringFloss(const QString &id = QStringLiteral("own-hamstring-floss"))
{
    WrittenText text{QStringLiteral("Hamstring floss"),
                     QStringLiteral("Slide the nerve, don't stretch it"),
                     {QStringLiteral("Sit tall on a chair, one leg out straight."),
                      QStringLiteral("Lift your head as you point your foot away."),
                      QStringLiteral("Look down as you pull your toes back. Keep it gentle.")},
                     {QStringLiteral("Stop if it tingles for longer than the movement.")}};
    auto drawing = std::make_shared<Illustration>(StretchFormRules::stillDrawing(standing()));
    return Stretch::own(id, text, {BodyArea::Hamstrings, BodyArea::LowerBack}, StretchKind::Flow,
                        true, 45, {drawing, {}});
}

// A shown dialog (shortcuts and focus need a window).
class StretchEditorFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dialog.show();
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    }

    template<typename T> T *field(const char *name) const
    {
        T *found = dialog.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    QPushButton *saveButton() const
    {
        return field<QDialogButtonBox>("")->button(QDialogButtonBox::Ok);
    }
    QString reason() const { return field<QLabel>("reason")->text(); }
    QPushButton *buttonWithText(const QWidget *parent, const QString &text) const
    {
        for (QPushButton *button : parent->findChildren<QPushButton *>()) {
            if (button->text().remove(u'&') == text)
                return button;
        }
        ADD_FAILURE() << "no button " << text.toStdString();
        return nullptr;
    }

    StretchEditorDialog dialog;
};

} // namespace limber::testing
