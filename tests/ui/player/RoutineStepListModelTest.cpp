#include "player/RoutineStepListModel.h"

#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

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
