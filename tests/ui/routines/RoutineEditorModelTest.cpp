#include "routines/RoutineEditorModel.h"

#include "model/Catalog.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <memory>
#include <QMimeData>
#include <QSignalSpy>

using namespace limber;

namespace {

RoutineStep step(const char *id, std::optional<int> hold = std::nullopt, Sides sides = Sides::Both,
                 int repeat = 1)
{
    return {QString::fromLatin1(id), hold, sides, repeat};
}

class RoutineEditorModelTest : public testing::Test
{
protected:
    void SetUp() override
    {
        model.setSteps(
            {step("knee-to-chest"), step("cat-cow"), step("butterfly"), step("figure-four")});
    }

    QStringList ids() const
    {
        QStringList ids;
        for (const RoutineStep &step : model.steps())
            ids.append(step.stretchId);
        return ids;
    }

    QVariant data(int row, int role) const { return model.index(row, 0).data(role); }

    RoutineEditorModel model{Catalog::builtIn()};
};

TEST_F(RoutineEditorModelTest, ShowsEachStepAsItWillBePlayed)
{
    model.setSteps({step("knee-to-chest"), step("runners-lunge", 40, Sides::Left),
                    step("cat-cow", std::nullopt, Sides::Both, 2), step("figure-four", 75)});
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(data(0, Qt::DisplayRole).toString(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(data(0, RoutineEditorModel::DetailRole).toString(), QStringLiteral("25 s each side"));
    EXPECT_EQ(data(0, RoutineEditorModel::StretchIdRole).toString(),
              QStringLiteral("knee-to-chest"));
    EXPECT_EQ(data(0, RoutineEditorModel::HoldSecondsRole).toInt(), 25);
    EXPECT_FALSE(data(0, RoutineEditorModel::CustomHoldRole).toBool());
    EXPECT_TRUE(data(0, RoutineEditorModel::SidedRole).toBool());

    EXPECT_EQ(data(1, RoutineEditorModel::DetailRole).toString(),
              QStringLiteral("Left side only · 40 s"));
    EXPECT_TRUE(data(1, RoutineEditorModel::CustomHoldRole).toBool());
    EXPECT_EQ(data(1, RoutineEditorModel::SidesRole).toInt(), int(Sides::Left));

    EXPECT_EQ(data(2, RoutineEditorModel::DetailRole).toString(), QStringLiteral("30 s · ×2"));
    EXPECT_EQ(data(2, RoutineEditorModel::RepeatRole).toInt(), 2);
    EXPECT_FALSE(data(2, RoutineEditorModel::SidedRole).toBool());
    EXPECT_EQ(data(3, RoutineEditorModel::DetailRole).toString(),
              QStringLiteral("1 min 15 s each side"));
    EXPECT_FALSE(data(4, Qt::DisplayRole).isValid());
}

TEST_F(RoutineEditorModelTest, DetailsFollowTheUsersHoldPreferences)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    TimingPreferences preferences;
    preferences.holdOverrides.insert(QStringLiteral("knee-to-chest"), 45);
    model.setPreferences(preferences);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(data(0, RoutineEditorModel::DetailRole).toString(), QStringLiteral("45 s each side"));
    EXPECT_EQ(data(0, RoutineEditorModel::HoldSecondsRole).toInt(), 45);
    preferences.defaultHoldSeconds = 40;
    model.setPreferences(preferences);
    EXPECT_EQ(data(2, RoutineEditorModel::DetailRole).toString(), QStringLiteral("40 s"));
}

TEST_F(RoutineEditorModelTest, InsertsKnownStretchesAndRefusesUnknownOnes)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    EXPECT_TRUE(model.insertStep(1, step("happy-baby")));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("knee-to-chest"), QStringLiteral("happy-baby"),
                                  QStringLiteral("cat-cow"), QStringLiteral("butterfly"),
                                  QStringLiteral("figure-four")}));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_FALSE(model.insertStep(0, step("no-such-stretch")));
    EXPECT_FALSE(model.insertStep(7, step("cat-cow")));
    EXPECT_FALSE(model.insertStep(-1, step("cat-cow")));
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(RoutineEditorModelTest, RefusesMoreThanTheFormatsStepLimit)
{
    model.setSteps(QList<RoutineStep>(limits::maxSteps, step("cat-cow")));
    EXPECT_FALSE(model.insertStep(0, step("butterfly")));
    EXPECT_EQ(model.rowCount(), limits::maxSteps);
}

TEST_F(RoutineEditorModelTest, RemovesRows)
{
    EXPECT_TRUE(model.removeRows(1, 2));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("knee-to-chest"), QStringLiteral("figure-four")}));
    EXPECT_FALSE(model.removeRows(1, 5));
    EXPECT_FALSE(model.removeRows(-1, 1));
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(RoutineEditorModelTest, MovesRowsDownAndUpAndRefusesNoOpMoves)
{
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    // The destination counts rows before the move, as QListView's internal move passes it.
    EXPECT_TRUE(model.moveRows({}, 0, 1, {}, 3));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("cat-cow"), QStringLiteral("butterfly"),
                                  QStringLiteral("knee-to-chest"), QStringLiteral("figure-four")}));
    EXPECT_TRUE(model.moveRows({}, 3, 1, {}, 0));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("figure-four"), QStringLiteral("cat-cow"),
                                  QStringLiteral("butterfly"), QStringLiteral("knee-to-chest")}));
    EXPECT_TRUE(model.moveStep(1, 2));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("figure-four"), QStringLiteral("butterfly"),
                                  QStringLiteral("cat-cow"), QStringLiteral("knee-to-chest")}));
    EXPECT_EQ(moved.count(), 3);

    EXPECT_FALSE(model.moveRows({}, 1, 1, {}, 1));
    EXPECT_FALSE(model.moveRows({}, 1, 1, {}, 2));
    EXPECT_FALSE(model.moveRows({}, 0, 1, {}, 9));
    EXPECT_FALSE(model.moveStep(3, 4));
    EXPECT_EQ(moved.count(), 3);
}

TEST_F(RoutineEditorModelTest, DragAndDropCarriesTheWholeStep)
{
    model.setStep(2, step("butterfly", 50, Sides::Both, 3));
    const std::unique_ptr<QMimeData> data(model.mimeData({model.index(2, 0)}));
    ASSERT_NE(data, nullptr);
    ASSERT_TRUE(data->hasFormat(RoutineEditorModel::stepsMimeType()));
    EXPECT_EQ(model.mimeTypes(), QStringList{RoutineEditorModel::stepsMimeType()});
    EXPECT_TRUE(model.supportedDropActions().testFlag(Qt::MoveAction));
    ASSERT_TRUE(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));

    // A view drops the copy, then removes the original (now one row further down).
    ASSERT_TRUE(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    ASSERT_TRUE(model.removeRows(3, 1));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("butterfly"), QStringLiteral("knee-to-chest"),
                                  QStringLiteral("cat-cow"), QStringLiteral("figure-four")}));
    EXPECT_EQ(model.steps().at(0), step("butterfly", 50, Sides::Both, 3));

    // Dropped past the end: appended.
    const std::unique_ptr<QMimeData> first(model.mimeData({model.index(1, 0)}));
    ASSERT_TRUE(model.dropMimeData(first.get(), Qt::MoveAction, -1, -1, {}));
    ASSERT_TRUE(model.removeRows(1, 1));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("butterfly"), QStringLiteral("cat-cow"),
                                  QStringLiteral("figure-four"), QStringLiteral("knee-to-chest")}));
}

TEST_F(RoutineEditorModelTest, RefusesDropsThatAreNotValidSteps)
{
    const QList<QByteArray> payloads = {
        "not json",
        "{}",
        R"([{"stretch": "no-such", "sides": "both", "repeat": 1}])",
        R"([{"stretch": "cat-cow", "sides": "left", "repeat": 1}])",
        R"([{"stretch": "cat-cow", "sides": "both", "repeat": 11}])",
        R"([{"stretch": "cat-cow", "sides": "both", "repeat": 1, "hold_seconds": 4}])",
        R"([{"stretch": "cat-cow", "sides": "both", "repeat": 1.5}])",
        R"([])",
    };
    for (const QByteArray &payload : payloads) {
        QMimeData data;
        data.setData(RoutineEditorModel::stepsMimeType(), payload);
        EXPECT_FALSE(model.dropMimeData(&data, Qt::MoveAction, 0, 0, {})) << payload.constData();
    }
    QMimeData text;
    text.setText(QStringLiteral("cat-cow"));
    EXPECT_FALSE(model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(RoutineEditorModelTest, ReadOnlyStepsCanBeSelectedButNotDraggedOrDroppedOn)
{
    EXPECT_TRUE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_TRUE(model.flags({}).testFlag(Qt::ItemIsDropEnabled));
    EXPECT_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDropEnabled));
    model.setReadOnly(true);
    EXPECT_TRUE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsSelectable));
    EXPECT_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_FALSE(model.flags({}).testFlag(Qt::ItemIsDropEnabled));
    const std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0)}));
    EXPECT_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
}

} // namespace

TEST_F(RoutineEditorModelTest, AStretchThatHurtLatelyCarriesItsDateAndAWarning)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime hurtOn(QDate(2026, 12, 1), QTime(18, 0));
    model.setHurtMarks({{QStringLiteral("cat-cow"), hurtOn}});
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(data(1, RoutineEditorModel::HurtOnRole).toDateTime(), hurtOn);
    EXPECT_EQ(data(1, Qt::ToolTipRole).toString(),
              QStringLiteral("This hurt on Tue 1 Dec: go gentler, or leave it out for now."));
    EXPECT_FALSE(data(0, RoutineEditorModel::HurtOnRole).toDateTime().isValid());
    model.setHurtMarks({});
    EXPECT_FALSE(data(1, RoutineEditorModel::HurtOnRole).toDateTime().isValid());
}
