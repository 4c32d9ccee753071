#include "settings/HoldOverridesModel.h"

#include "model/Catalog.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace limber;

namespace {

class HoldOverridesModelTest : public ::testing::Test
{
protected:
    QModelIndex cell(const QString &stretchId, int column) const
    {
        return model.index(model.rowOf(stretchId), column);
    }
    QModelIndex holdOf(const QString &stretchId) const
    {
        return cell(stretchId, HoldOverridesModel::OverrideColumn);
    }

    const QString kneeToChest = QStringLiteral("knee-to-chest");
    const QString butterfly = QStringLiteral("butterfly");
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("limber.ini")), QSettings::IniFormat};
    Settings settings{store};
    HoldOverridesModel model{settings, Catalog::builtIn()};
};

TEST_F(HoldOverridesModelTest, OneRowPerStretchInCatalogOrderWithoutTheWarmUp)
{
    ASSERT_TRUE(dir.isValid());
    const QList<Stretch> &stretches = Catalog::builtIn().stretches();
    ASSERT_EQ(model.rowCount(), stretches.size() - 1);
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.rowOf(Catalog::warmUpId.toString()), -1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Stretch &stretch = stretches.at(row + 1);
        EXPECT_EQ(model.index(row, 0).data(HoldOverridesModel::StretchIdRole).toString(),
                  stretch.id());
        EXPECT_EQ(model.index(row, HoldOverridesModel::StretchColumn).data().toString(),
                  stretch.name());
    }
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Stretch"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Recommended"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Your hold"));
    EXPECT_EQ(model.headerData(3, Qt::Horizontal).toString(), QString());
}

TEST_F(HoldOverridesModelTest, RecommendedColumnReadsLikeTheLibrary)
{
    EXPECT_EQ(cell(kneeToChest, HoldOverridesModel::RecommendedColumn).data().toString(),
              QStringLiteral("25 s each side"));
    EXPECT_EQ(cell(butterfly, HoldOverridesModel::RecommendedColumn).data().toString(),
              QStringLiteral("25 s"));
    EXPECT_EQ(
        cell(QStringLiteral("cat-cow"), HoldOverridesModel::RecommendedColumn).data().toString(),
        QStringLiteral("30 s, moving"));
}

TEST_F(HoldOverridesModelTest, OnlyTheHoldIsEditable)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        EXPECT_EQ(model.flags(cell(butterfly, column)).testFlag(Qt::ItemIsEditable),
                  column == HoldOverridesModel::OverrideColumn)
            << column;
    }
}

TEST_F(HoldOverridesModelTest, WithoutAnOverrideTheHoldShowsADashAndEditsFromWhatApplies)
{
    const QModelIndex hold = holdOf(butterfly);
    EXPECT_EQ(hold.data().toString(), QStringLiteral("—"));
    EXPECT_FALSE(hold.data(HoldOverridesModel::HasOverrideRole).toBool());
    EXPECT_EQ(hold.data(Qt::EditRole).toInt(), 25);

    settings.setDefaultHoldSeconds(40);
    EXPECT_EQ(hold.data().toString(), QStringLiteral("—"));
    EXPECT_EQ(hold.data(Qt::EditRole).toInt(), 40);
}

TEST_F(HoldOverridesModelTest, SetDataWritesTheOverrideThroughToTheStore)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(holdOf(butterfly), 45));

    EXPECT_EQ(settings.holdOverride(butterfly), 45);
    EXPECT_EQ(holdOf(butterfly).data().toString(), QStringLiteral("45 s"));
    EXPECT_EQ(holdOf(butterfly).data(Qt::EditRole).toInt(), 45);
    EXPECT_TRUE(holdOf(butterfly).data(HoldOverridesModel::HasOverrideRole).toBool());
    EXPECT_TRUE(cell(butterfly, HoldOverridesModel::ResetColumn)
                    .data(HoldOverridesModel::HasOverrideRole)
                    .toBool());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(holdOf(kneeToChest).data(HoldOverridesModel::HasOverrideRole).toBool());

    const Settings reread(store);
    EXPECT_EQ(reread.holdOverride(butterfly), 45);
}

TEST_F(HoldOverridesModelTest, HoldsOutsideTheRangeAreClamped)
{
    ASSERT_TRUE(model.setData(holdOf(butterfly), 2));
    EXPECT_EQ(settings.holdOverride(butterfly), Settings::holdRange.minimum);
    ASSERT_TRUE(model.setData(holdOf(butterfly), 10'000));
    EXPECT_EQ(settings.holdOverride(butterfly), Settings::holdRange.maximum);
}

TEST_F(HoldOverridesModelTest, TextThatIsNotANumberChangesNothing)
{
    settings.setHoldOverride(butterfly, 50);
    QSignalSpy changed(&settings, &Settings::timingChanged);
    EXPECT_FALSE(model.setData(holdOf(butterfly), QStringLiteral("a minute")));
    EXPECT_FALSE(model.setData(cell(butterfly, HoldOverridesModel::StretchColumn), 20));
    EXPECT_FALSE(model.setData(holdOf(butterfly), 20, Qt::DisplayRole));
    EXPECT_EQ(settings.holdOverride(butterfly), 50);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(HoldOverridesModelTest, AnEmptyValueOrTheResetColumnRemovesTheOverride)
{
    settings.setHoldOverride(butterfly, 50);
    settings.setHoldOverride(kneeToChest, 40);

    ASSERT_TRUE(model.setData(holdOf(butterfly), QVariant()));
    EXPECT_EQ(settings.holdOverride(butterfly), std::nullopt);
    EXPECT_EQ(holdOf(butterfly).data().toString(), QStringLiteral("—"));

    ASSERT_TRUE(model.setData(cell(kneeToChest, HoldOverridesModel::ResetColumn), true));
    EXPECT_EQ(settings.holdOverride(kneeToChest), std::nullopt);
    EXPECT_TRUE(settings.holdOverrides().isEmpty());
    EXPECT_EQ(Settings(store).holdOverrides().size(), 0);
}

TEST_F(HoldOverridesModelTest, FollowsChangesMadeElsewhere)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    settings.setHoldOverride(kneeToChest, 55);
    ASSERT_EQ(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    EXPECT_LE(topLeft.row(), model.rowOf(kneeToChest));
    EXPECT_GE(bottomRight.row(), model.rowOf(kneeToChest));
    EXPECT_LE(topLeft.column(), int(HoldOverridesModel::OverrideColumn));
    EXPECT_GE(bottomRight.column(), int(HoldOverridesModel::ResetColumn));
    EXPECT_EQ(holdOf(kneeToChest).data().toString(), QStringLiteral("55 s"));

    settings.resetToDefaults();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(holdOf(kneeToChest).data().toString(), QStringLiteral("—"));
}

TEST_F(HoldOverridesModelTest, TheToolTipSaysWhatIsHeldWithoutAnOverride)
{
    EXPECT_EQ(holdOf(butterfly).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Held for the recommended time. Click to set your own."));
    settings.setDefaultHoldSeconds(40);
    EXPECT_TRUE(holdOf(butterfly).data(Qt::ToolTipRole).toString().contains(u"40 s"));
    settings.setHoldOverride(butterfly, 60);
    EXPECT_EQ(holdOf(butterfly).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Your own hold for this stretch. Reset goes back to 40 s."));
}

} // namespace
