#include "OwnStretchCatalog.h"
#include "settings/HoldOverridesModel.h"
#include "settings/HoldOverridesTable.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QSettings>

using namespace limber;

namespace {

class OwnStretchHoldsTest : public testing::Test
{
protected:
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("limber.ini")), QSettings::IniFormat};
    Settings settings{store};
    test::OwnStretchCatalog own;
    HoldOverridesModel model{settings, own.catalog};
};

} // namespace

TEST_F(OwnStretchHoldsTest, OwnStretchesHaveAHoldEachAndDeletedOnesNone)
{
    const int builtInRows = int(Catalog::builtIn().stretches().size()) - 1; // no warm-up
    ASSERT_EQ(model.rowCount(), builtInRows + 3);
    const int photo = model.rowOf(test::OwnStretchCatalog::pngId.toString());
    EXPECT_EQ(photo, builtInRows + 1);
    EXPECT_EQ(model.index(photo, HoldOverridesModel::StretchColumn).data().toString(),
              QStringLiteral("Anna's doorway stretch"));
    EXPECT_EQ(model.index(photo, HoldOverridesModel::RecommendedColumn).data().toString(),
              QStringLiteral("30 s"));
    EXPECT_EQ(model.rowOf(test::OwnStretchCatalog::missingId.toString()), -1);

    EXPECT_TRUE(model.setData(model.index(photo, HoldOverridesModel::OverrideColumn), 50));
    EXPECT_EQ(settings.holdOverride(test::OwnStretchCatalog::pngId.toString()), 50);
}

TEST_F(OwnStretchHoldsTest, AfterOwnStretchesChangeTheRowsAndTheirButtonsFollow)
{
    HoldOverridesTable table(&model);
    own.catalog.setOwnStretches({});
    model.reload();
    EXPECT_EQ(model.rowCount(), int(Catalog::builtIn().stretches().size()) - 1);
    EXPECT_EQ(model.rowOf(test::OwnStretchCatalog::drawnId.toString()), -1);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_NE(table.resetButton(row), nullptr) << row;
}
