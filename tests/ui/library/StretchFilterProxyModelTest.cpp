#include "library/StretchFilterProxyModel.h"

#include "catalog/StretchListModel.h"
#include "model/Catalog.h"

#include <gtest/gtest.h>
#include <QPixmap>
#include <QSignalSpy>

using namespace limber;

namespace {

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(StretchListModel::IdRole).toString());
    return ids;
}

// The expectation computed independently from the catalog texts: every word appears,
// ignoring case, in the name, summary or steps. Catalog order.
QStringList idsMentioningAll(const QStringList &words)
{
    QStringList ids;
    for (const Stretch &stretch : Catalog::builtIn().stretches()) {
        const QString text =
            QStringList{stretch.name(), stretch.summary(), stretch.steps().join(u' ')}.join(u' ');
        const bool all = std::all_of(words.cbegin(), words.cend(), [&text](const QString &word) {
            return text.contains(word, Qt::CaseInsensitive);
        });
        if (all)
            ids.append(stretch.id());
    }
    return ids;
}

class StretchFilterProxyModelTest : public ::testing::Test
{
protected:
    StretchFilterProxyModelTest() { proxy.setSourceModel(&model); }

    QStringList search(const QString &text)
    {
        proxy.setSearchText(text);
        return idsOf(proxy);
    }

    StretchListModel model{Catalog::builtIn()};
    StretchFilterProxyModel proxy;
};

TEST_F(StretchFilterProxyModelTest, ShowsEveryStretchIncludingTheWarmUpInCatalogOrder)
{
    ASSERT_EQ(proxy.rowCount(), 11);
    QStringList catalogIds;
    for (const Stretch &stretch : Catalog::builtIn().stretches())
        catalogIds.append(stretch.id());
    EXPECT_EQ(idsOf(proxy), catalogIds);
    EXPECT_EQ(idsOf(proxy).first(), QStringLiteral("warm-up-march"));
    EXPECT_FALSE(proxy.isFiltering());
}

TEST_F(StretchFilterProxyModelTest, SearchNarrowsToStretchesMentioningTheWord)
{
    const QStringList knee = search(QStringLiteral("knee"));
    EXPECT_EQ(knee, idsMentioningAll({QStringLiteral("knee")}));
    EXPECT_TRUE(knee.contains(QStringLiteral("knee-to-chest")));
    EXPECT_TRUE(knee.contains(QStringLiteral("both-knees-to-chest")));
    EXPECT_TRUE(knee.contains(QStringLiteral("knee-rotations")));

    const QStringList chest = search(QStringLiteral("chest"));
    EXPECT_EQ(chest, idsMentioningAll({QStringLiteral("chest")}));
    EXPECT_TRUE(chest.contains(QStringLiteral("knee-to-chest")));
    EXPECT_FALSE(chest.contains(QStringLiteral("butterfly")));

    EXPECT_EQ(search(QStringLiteral("butterfly")), QStringList{QStringLiteral("butterfly")});
    EXPECT_TRUE(search(QStringLiteral("xyzzy")).isEmpty());
}

TEST_F(StretchFilterProxyModelTest, SearchIgnoresCaseAccentsAndPunctuation)
{
    const QStringList knee = search(QStringLiteral("knee"));
    EXPECT_EQ(search(QStringLiteral("KNEE")), knee);
    EXPECT_EQ(search(QStringLiteral("  kNeE  ")), knee);
    EXPECT_EQ(search(QStringLiteral("Butterflý")), QStringList{QStringLiteral("butterfly")});
    EXPECT_EQ(search(QStringLiteral("BÚTTERFLY")), QStringList{QStringLiteral("butterfly")});
    EXPECT_EQ(search(QStringLiteral("childs pose")), QStringList{QStringLiteral("childs-pose")});
    EXPECT_EQ(search(QStringLiteral("child’s")), QStringList{QStringLiteral("childs-pose")});
    EXPECT_EQ(search(QStringLiteral("cat-cow")), QStringList{QStringLiteral("cat-cow")});
}

TEST_F(StretchFilterProxyModelTest, EveryWordMustMatch)
{
    const QStringList words{QStringLiteral("knee"), QStringLiteral("chest")};
    const QStringList both = search(words.join(u' '));
    EXPECT_EQ(both, idsMentioningAll(words));
    EXPECT_TRUE(both.contains(QStringLiteral("knee-to-chest")));
    const QStringList knee = search(QStringLiteral("knee"));
    const QStringList chest = search(QStringLiteral("chest"));
    EXPECT_LE(both.size(), chest.size());
    for (const QString &id : both) {
        EXPECT_TRUE(knee.contains(id)) << id.toStdString();
        EXPECT_TRUE(chest.contains(id)) << id.toStdString();
    }
    // Words may sit in different texts: "butterfly" in the name, "lean" in a step.
    EXPECT_EQ(search(QStringLiteral("lean butterfly")), QStringList{QStringLiteral("butterfly")});
    EXPECT_TRUE(search(QStringLiteral("butterfly xyzzy")).isEmpty());
}

TEST_F(StretchFilterProxyModelTest, AreaFilterKeepsStretchesTargetingAnySelectedArea)
{
    proxy.setAreas({BodyArea::Groin});
    EXPECT_EQ(idsOf(proxy), QStringList{QStringLiteral("butterfly")});
    proxy.setAreas({BodyArea::Piriformis});
    EXPECT_EQ(idsOf(proxy), QStringList{QStringLiteral("happy-baby")});
    proxy.setAreas({BodyArea::Groin, BodyArea::Piriformis});
    EXPECT_EQ(idsOf(proxy),
              (QStringList{QStringLiteral("happy-baby"), QStringLiteral("butterfly")}));
    EXPECT_TRUE(proxy.isFiltering());

    proxy.setAreas({BodyArea::Spine});
    QStringList spine;
    for (const Stretch &stretch : Catalog::builtIn().stretches()) {
        if (stretch.targets().contains(BodyArea::Spine))
            spine.append(stretch.id());
    }
    EXPECT_EQ(idsOf(proxy), spine);
}

TEST_F(StretchFilterProxyModelTest, SearchAndAreasCombine)
{
    proxy.setAreas({BodyArea::Groin, BodyArea::Piriformis});
    EXPECT_EQ(search(QStringLiteral("lean")), QStringList{QStringLiteral("butterfly")});
    EXPECT_EQ(search(QStringLiteral("armpits")), QStringList{QStringLiteral("happy-baby")});
    EXPECT_TRUE(search(QStringLiteral("lunge")).isEmpty());
    proxy.setAreas({});
    EXPECT_EQ(search(QStringLiteral("lunge")), QStringList{QStringLiteral("runners-lunge")});
}

TEST_F(StretchFilterProxyModelTest, ClearingRestoresAllEleven)
{
    proxy.setAreas({BodyArea::Groin});
    search(QStringLiteral("xyzzy"));
    ASSERT_EQ(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    proxy.setAreas({});
    EXPECT_EQ(proxy.rowCount(), 11);
    EXPECT_FALSE(proxy.isFiltering());
}

TEST(StretchListModelTest, ExposesTheStretchForRowsSearchAndFilters)
{
    StretchListModel model(Catalog::builtIn());
    const QModelIndex knee = model.indexOf(QStringLiteral("knee-to-chest"));
    ASSERT_TRUE(knee.isValid());
    EXPECT_EQ(knee.data().toString(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(knee.data(Qt::ToolTipRole).toString(),
              knee.data(StretchListModel::SummaryRole).toString());
    EXPECT_EQ(knee.data(StretchListModel::TargetKeysRole).toStringList(),
              (QStringList{QStringLiteral("lower-back"), QStringLiteral("hips"),
                           QStringLiteral("glutes"), QStringLiteral("hamstrings")}));
    EXPECT_EQ(knee.data(StretchListModel::TargetNamesRole).toString(),
              QStringLiteral("Lower back, Hips, Glutes, Hamstrings"));
    EXPECT_EQ(knee.data(StretchListModel::HoldSecondsRole).toInt(), 25);
    EXPECT_TRUE(knee.data(StretchListModel::SidedRole).toBool());
    EXPECT_EQ(knee.data(StretchListModel::KindRole).toInt(), int(StretchKind::Hold));
    EXPECT_TRUE(knee.data(StretchListModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("Lie on your back.")));

    const auto holdText = [&model](const char *id) {
        return model.indexOf(QString::fromLatin1(id)).data(StretchListModel::HoldTextRole);
    };
    EXPECT_EQ(holdText("knee-to-chest"), QStringLiteral("25 s each side"));
    EXPECT_EQ(holdText("childs-pose"), QStringLiteral("30 s"));
    EXPECT_EQ(holdText("cat-cow"), QStringLiteral("30 s, moving"));
    EXPECT_EQ(holdText("warm-up-march"), QStringLiteral("2 min, moving"));
    EXPECT_FALSE(model.indexOf(QStringLiteral("no-such-stretch")).isValid());
}

TEST(StretchListModelTest, ThumbnailsFollowSizePixelRatioAndPalette)
{
    StretchListModel model(Catalog::builtIn());
    model.setThumbnailSize(QSize(60, 60));
    model.setDevicePixelRatio(2.0);
    const QModelIndex index = model.indexOf(QStringLiteral("butterfly"));
    const QPixmap first = index.data(Qt::DecorationRole).value<QPixmap>();
    ASSERT_FALSE(first.isNull());
    EXPECT_EQ(first.size(), QSize(120, 120));
    EXPECT_DOUBLE_EQ(first.devicePixelRatio(), 2.0);
    // Cached: the same pixmap until something changes.
    EXPECT_EQ(index.data(Qt::DecorationRole).value<QPixmap>().cacheKey(), first.cacheKey());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b2b2b));
    dark.setColor(QPalette::WindowText, QColor(0xeeeeee));
    model.setPalette(dark);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
    const QImage redrawn = index.data(Qt::DecorationRole).value<QPixmap>().toImage();
    EXPECT_EQ(redrawn.pixelColor(0, 0), QColor(0x2b2b2b));
    EXPECT_NE(first.toImage().pixelColor(0, 0), QColor(0x2b2b2b));

    model.setPalette(dark);
    EXPECT_EQ(changed.count(), 1);
}

} // namespace
