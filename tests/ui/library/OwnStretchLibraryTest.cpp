#include "catalog/StretchListModel.h"
#include "figures/IllustrationWidget.h"
#include "library/AreaFilterBar.h"
#include "library/LibraryView.h"
#include "library/StretchActionBar.h"
#include "library/StretchDetailView.h"
#include "library/StretchRowActions.h"
#include "library/YoursBadge.h"
#include "OwnStretchCatalog.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace limber;

namespace {

class OwnStretchLibraryTest : public testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(1366, 768);
        view.show();
    }

    QAbstractItemModel *results() const { return view.listView()->model(); }
    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < results()->rowCount(); ++row)
            ids.append(results()->index(row, 0).data(StretchListModel::IdRole).toString());
        return ids;
    }
    QModelIndex rowOf(QStringView id) const
    {
        return results()->index(int(shownIds().indexOf(id.toString())), 0);
    }
    QStringList menuTexts(QStringView id)
    {
        QStringList texts;
        if (QMenu *menu = view.rowActions()->menuFor(rowOf(id))) {
            for (const QAction *action : menu->actions())
                texts.append(action->text());
        }
        return texts;
    }
    void trigger(QStringView id, const QString &text)
    {
        QMenu *menu = view.rowActions()->menuFor(rowOf(id));
        ASSERT_NE(menu, nullptr);
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action->trigger();
        }
        FAIL() << "no action " << text.toStdString();
    }

    test::OwnStretchCatalog own;
    LibraryView view{own.catalog};
};

} // namespace

TEST_F(OwnStretchLibraryTest, OwnStretchesFollowTheBuiltInOnesAndMissingOnesAreNotListed)
{
    const qsizetype builtIn = Catalog::builtIn().stretches().size();
    const QStringList ids = shownIds();
    ASSERT_EQ(ids.size(), builtIn + 3);
    EXPECT_EQ(ids.mid(builtIn), (QStringList{QStringLiteral("my-lunge"), QStringLiteral("my-photo"),
                                             QStringLiteral("my-diagram")}));
    const QModelIndex photo = rowOf(test::OwnStretchCatalog::pngId);
    EXPECT_EQ(photo.data(Qt::DisplayRole).toString(), QStringLiteral("Anna's doorway stretch"));
    EXPECT_EQ(photo.data(StretchListModel::OriginRole).toInt(), int(StretchOrigin::Own));
    EXPECT_TRUE(photo.data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .startsWith(QStringLiteral("Your own stretch.")));
    EXPECT_EQ(rowOf(u"butterfly").data(StretchListModel::OriginRole).toInt(),
              int(StretchOrigin::BuiltIn));
}

TEST_F(OwnStretchLibraryTest, EveryOwnStretchHasAThumbnailAndTheModelHasOneSayingMissing)
{
    for (QStringView id : {test::OwnStretchCatalog::drawnId, test::OwnStretchCatalog::pngId,
                           test::OwnStretchCatalog::svgId}) {
        EXPECT_FALSE(rowOf(id).data(Qt::DecorationRole).value<QPixmap>().isNull())
            << id.toString().toStdString();
    }
    StretchListModel model(own.catalog);
    const QModelIndex missing = model.indexOf(test::OwnStretchCatalog::missingId.toString());
    EXPECT_FALSE(missing.data(Qt::DecorationRole).value<QPixmap>().isNull());
    EXPECT_EQ(missing.data(Qt::DisplayRole).toString(), QStringLiteral("Old wall stretch"));
    EXPECT_EQ(missing.data(StretchListModel::OriginRole).toInt(), int(StretchOrigin::Missing));
}

TEST_F(OwnStretchLibraryTest, TheYoursChipShowsOnlyOwnStretchesWithAreasAndSearch)
{
    QAbstractButton *yours = view.areaFilter()->yoursButton();
    ASSERT_TRUE(yours->isVisible());
    EXPECT_EQ(yours->text(), QStringLiteral("Yours"));
    yours->click();
    EXPECT_EQ(shownIds().size(), 3);
    EXPECT_FALSE(view.areaFilter()->allButton()->isChecked());

    view.areaFilter()->buttonFor(BodyArea::Spine)->click();
    EXPECT_EQ(shownIds(), QStringList{QStringLiteral("my-photo")});
    view.areaFilter()->setAreas({});
    view.searchField()->setText(QStringLiteral("diagram"));
    EXPECT_EQ(shownIds(), QStringList{QStringLiteral("my-diagram")});

    view.areaFilter()->allButton()->click(); // "All" clears "Yours" too
    EXPECT_FALSE(yours->isChecked());
    view.searchField()->setText(QStringLiteral("hallway"));
    EXPECT_EQ(shownIds(), QStringList{QStringLiteral("my-lunge")});
}

TEST_F(OwnStretchLibraryTest, SearchFindsOwnStretchesByTheirWords)
{
    view.searchField()->setText(QStringLiteral("doorway"));
    EXPECT_EQ(shownIds(), QStringList{QStringLiteral("my-photo")});
    view.searchField()->setText(QStringLiteral("old wall"));
    EXPECT_TRUE(shownIds().isEmpty()); // a deleted stretch is not in the library
}

TEST_F(OwnStretchLibraryTest, TheDetailPageOfAnOwnStretchIsMarkedAndOffersEditAndDelete)
{
    QSignalSpy edit(&view, &LibraryView::editRequested);
    QSignalSpy remove(&view, &LibraryView::deleteRequested);
    view.showStretch(test::OwnStretchCatalog::pngId.toString());
    StretchDetailView *detail = view.detailView();
    StretchActionBar *actions = detail->actionBar();
    EXPECT_TRUE(detail->yoursBadge()->isVisible());
    EXPECT_TRUE(detail->illustration()->showsImage());
    EXPECT_FALSE(actions->duplicateButton()->isVisible());
    ASSERT_TRUE(actions->editButton()->isVisible());
    ASSERT_TRUE(actions->deleteButton()->isVisible());
    EXPECT_FALSE(actions->editButton()->accessibleName().isEmpty());
    actions->editButton()->click();
    actions->deleteButton()->click();
    ASSERT_EQ(edit.count(), 1);
    EXPECT_EQ(edit.at(0).at(0).toString(), QStringLiteral("my-photo"));
    ASSERT_EQ(remove.count(), 1);
    EXPECT_EQ(remove.at(0).at(0).toString(), QStringLiteral("my-photo"));
}

TEST_F(OwnStretchLibraryTest, ABuiltInStretchOffersDuplicateAsMyOwn)
{
    QSignalSpy duplicate(&view, &LibraryView::duplicateRequested);
    view.showStretch(QStringLiteral("cat-cow"));
    StretchActionBar *actions = view.detailView()->actionBar();
    EXPECT_FALSE(view.detailView()->yoursBadge()->isVisible());
    EXPECT_FALSE(actions->editButton()->isVisible());
    EXPECT_FALSE(actions->deleteButton()->isVisible());
    ASSERT_TRUE(actions->duplicateButton()->isVisible());
    EXPECT_EQ(actions->duplicateButton()->text(), QStringLiteral("Duplicate as my own"));
    actions->duplicateButton()->click();
    ASSERT_EQ(duplicate.count(), 1);
    EXPECT_EQ(duplicate.at(0).at(0).toString(), QStringLiteral("cat-cow"));
}

TEST_F(OwnStretchLibraryTest, NewStretchIsAlwaysThere)
{
    QSignalSpy requested(&view, &LibraryView::newStretchRequested);
    ASSERT_TRUE(view.newStretchButton()->isVisible());
    EXPECT_FALSE(view.newStretchButton()->accessibleName().isEmpty());
    view.newStretchButton()->click();
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(OwnStretchLibraryTest, ARowsMenuOffersWhatFitsItsStretch)
{
    EXPECT_EQ(menuTexts(u"butterfly"),
              (QStringList{QStringLiteral("Open"), QStringLiteral("Duplicate as my own")}));
    EXPECT_EQ(
        menuTexts(test::OwnStretchCatalog::drawnId),
        (QStringList{QStringLiteral("Open"), QStringLiteral("Edit…"), QStringLiteral("Delete…")}));

    QSignalSpy duplicate(&view, &LibraryView::duplicateRequested);
    QSignalSpy edit(&view, &LibraryView::editRequested);
    trigger(u"butterfly", QStringLiteral("Duplicate as my own"));
    trigger(test::OwnStretchCatalog::drawnId, QStringLiteral("Edit…"));
    ASSERT_EQ(duplicate.count(), 1);
    EXPECT_EQ(duplicate.at(0).at(0).toString(), QStringLiteral("butterfly"));
    ASSERT_EQ(edit.count(), 1);
    EXPECT_EQ(edit.at(0).at(0).toString(), QStringLiteral("my-lunge"));

    trigger(test::OwnStretchCatalog::svgId, QStringLiteral("Open"));
    EXPECT_FALSE(view.isShowingList());
    EXPECT_EQ(view.currentStretchId(), QStringLiteral("my-diagram"));
}

TEST_F(OwnStretchLibraryTest, DeleteOnAnOwnRowAsksAndOnABuiltInRowDoesNothing)
{
    QSignalSpy remove(&view, &LibraryView::deleteRequested);
    view.listView()->setFocus();
    view.listView()->setCurrentIndex(rowOf(u"butterfly"));
    QTest::keyClick(view.listView(), Qt::Key_Delete);
    EXPECT_EQ(remove.count(), 0);
    view.listView()->setCurrentIndex(rowOf(test::OwnStretchCatalog::svgId));
    QTest::keyClick(view.listView(), Qt::Key_Delete);
    ASSERT_EQ(remove.count(), 1);
    EXPECT_EQ(remove.at(0).at(0).toString(), QStringLiteral("my-diagram"));
}

TEST_F(OwnStretchLibraryTest, AfterTheCatalogChangesTheLibraryReadsItAgain)
{
    view.showStretch(test::OwnStretchCatalog::pngId.toString());
    // The photo is deleted and the lunge renamed, as the store would report.
    const Stretch &lunge = *own.catalog.find(test::OwnStretchCatalog::drawnId);
    WrittenText renamed = lunge.writtenText();
    renamed.name = QStringLiteral("Kitchen lunge");
    own.catalog.setOwnStretches(
        {Stretch::own(lunge.id(), renamed, lunge.targets(), lunge.kind(), lunge.isSided(),
                      lunge.defaultHoldSeconds(), lunge.picture())});
    view.reloadStretches();
    EXPECT_TRUE(view.isShowingList()); // its page went with it
    EXPECT_FALSE(shownIds().contains(QStringLiteral("my-photo")));
    EXPECT_EQ(rowOf(test::OwnStretchCatalog::drawnId).data().toString(),
              QStringLiteral("Kitchen lunge"));

    own.catalog.setOwnStretches({});
    view.reloadStretches();
    EXPECT_FALSE(view.areaFilter()->yoursButton()->isVisible());
    EXPECT_EQ(shownIds().size(), Catalog::builtIn().stretches().size());
}
