#include "MainWindow.h"

#include "Catalog.h"
#include "Routine.h"
#include "RoutineStepListModel.h"
#include "TimingPreferences.h"

#include <gtest/gtest.h>
#include <QLabel>
#include <QListView>

using namespace limber;

namespace {

TEST(MainWindowTest, ShowsTheRoutineNameLengthAndStretches)
{
    const Routine routine = builtin::backAndHips(Catalog::builtIn());
    MainWindow window(Catalog::builtIn(), routine, TimingPreferences());
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Limber"));

    const auto *list = window.findChild<QListView *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), 10);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(list->model()->index(0, 0).data(RoutineStepListModel::DetailRole).toString(),
              QStringLiteral("25 s each side"));
    EXPECT_EQ(list->model()->index(9, 0).data().toString(), QStringLiteral("Seated spinal twist"));

    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_TRUE(texts.contains(QStringLiteral("Back and hips")));
    // 605 s: warm-up 120, prepare 5, 14 holds, 4 switches, 9 rests.
    EXPECT_TRUE(texts.contains(QStringLiteral("10 stretches · 10 min 5 s in all")))
        << texts.join(QStringLiteral(" | ")).toStdString();
}

TEST(RoutineStepListModelTest, DescribesSidesRepeatsAndOverrides)
{
    Routine routine;
    routine.name = QStringLiteral("Custom");
    routine.steps = {{QStringLiteral("figure-four"), 40, Sides::Right, 1},
                     {QStringLiteral("butterfly"), std::nullopt, Sides::Both, 3},
                     {QStringLiteral("runners-lunge"), std::nullopt, Sides::Left, 1}};
    TimingPreferences preferences;
    preferences.holdOverrides.insert(QStringLiteral("butterfly"), 45);
    RoutineStepListModel model(Catalog::builtIn());
    model.setRoutine(routine, preferences);
    ASSERT_EQ(model.rowCount(), 3);
    const auto detail = [&model](int row) {
        return model.index(row, 0).data(RoutineStepListModel::DetailRole).toString();
    };
    EXPECT_EQ(detail(0), QStringLiteral("40 s, right side only"));
    EXPECT_EQ(detail(1), QStringLiteral("45 s, 3 times"));
    EXPECT_EQ(detail(2), QStringLiteral("25 s, left side only"));
    EXPECT_EQ(model.index(1, 0).data(RoutineStepListModel::StretchIdRole).toString(),
              QStringLiteral("butterfly"));
}

} // namespace
