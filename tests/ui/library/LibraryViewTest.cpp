#include "library/LibraryView.h"

#include "catalog/StretchListModel.h"
#include "figures/IllustrationWidget.h"
#include "library/AreaFilterBar.h"
#include "library/GuidelinesView.h"
#include "library/StretchDetailView.h"
#include "model/Catalog.h"
#include "model/Guidelines.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace limber;

namespace {

class LibraryViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(1366, 768);
        view.show();
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    }

    QAbstractItemModel *results() const { return view.listView()->model(); }
    QStringList labelTexts(const QWidget *parent, const QString &name) const
    {
        QStringList texts;
        for (const QLabel *label : parent->findChildren<QLabel *>(name))
            texts.append(label->text());
        return texts;
    }
    QPushButton *guidelinesButton() const
    {
        for (QPushButton *button : view.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Before you start"))
                return button;
        }
        return nullptr;
    }
    void openFromList(int row)
    {
        view.listView()->setFocus();
        view.listView()->setCurrentIndex(results()->index(row, 0));
        QTest::keyClick(view.listView(), Qt::Key_Return);
    }

    LibraryView view{Catalog::builtIn()};
};

TEST_F(LibraryViewTest, TypingNarrowsTheListAndNothingFoundShowsTheEmptyState)
{
    ASSERT_EQ(results()->rowCount(), 11);
    QTest::keyClicks(view.searchField(), QStringLiteral("butterfly"));
    ASSERT_EQ(results()->rowCount(), 1);
    EXPECT_EQ(results()->index(0, 0).data(StretchListModel::IdRole).toString(),
              QStringLiteral("butterfly"));
    EXPECT_TRUE(view.listView()->isVisible());
    EXPECT_FALSE(view.emptyState()->isVisible());

    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), QStringLiteral("xyzzy"));
    EXPECT_EQ(results()->rowCount(), 0);
    EXPECT_FALSE(view.listView()->isVisible());
    ASSERT_TRUE(view.emptyState()->isVisible());
    const QStringList empty = labelTexts(view.emptyState(), QStringLiteral("emptyStateTitle"));
    EXPECT_EQ(empty, QStringList{QStringLiteral("No stretches match “xyzzy”")});

    // Escape on the list page clears the search.
    QTest::keyClick(view.searchField(), Qt::Key_Escape);
    EXPECT_TRUE(view.searchField()->text().isEmpty());
    EXPECT_EQ(results()->rowCount(), 11);
    EXPECT_TRUE(view.listView()->isVisible());
    EXPECT_FALSE(view.emptyState()->isVisible());
}

TEST_F(LibraryViewTest, TogglingAnAreaChipNarrowsTheList)
{
    AreaFilterBar *areas = view.areaFilter();
    QAbstractButton *groin = areas->buttonFor(BodyArea::Groin);
    ASSERT_NE(groin, nullptr);
    EXPECT_EQ(groin->accessibleName(), QStringLiteral("Groin"));
    EXPECT_TRUE(areas->allButton()->isChecked());
    QSignalSpy changed(areas, &AreaFilterBar::areasChanged);

    QTest::mouseClick(groin, Qt::LeftButton);
    ASSERT_EQ(results()->rowCount(), 1);
    EXPECT_EQ(results()->index(0, 0).data(StretchListModel::IdRole).toString(),
              QStringLiteral("butterfly"));
    EXPECT_FALSE(areas->allButton()->isChecked());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().value<QSet<BodyArea>>(), QSet<BodyArea>{BodyArea::Groin});

    QTest::mouseClick(areas->buttonFor(BodyArea::Piriformis), Qt::LeftButton);
    EXPECT_EQ(results()->rowCount(), 2);

    QTest::mouseClick(areas->allButton(), Qt::LeftButton);
    EXPECT_EQ(results()->rowCount(), 11);
    EXPECT_TRUE(areas->allButton()->isChecked());
    EXPECT_FALSE(groin->isChecked());
    // "All" stays on when clicked again: it is a reset, not a toggle.
    QTest::mouseClick(areas->allButton(), Qt::LeftButton);
    EXPECT_TRUE(areas->allButton()->isChecked());
}

TEST_F(LibraryViewTest, EnterOpensTheDetailAndEscapeReturnsToTheList)
{
    view.listView()->setFocus();
    view.listView()->setCurrentIndex(results()->index(0, 0));
    QTest::keyClick(view.listView(), Qt::Key_Down);
    ASSERT_EQ(view.currentStretchId(), QStringLiteral("knee-to-chest"));
    QTest::keyClick(view.listView(), Qt::Key_Return);

    ASSERT_FALSE(view.isShowingList());
    StretchDetailView *detail = view.detailView();
    EXPECT_TRUE(detail->isVisible());
    EXPECT_EQ(view.currentStretchId(), QStringLiteral("knee-to-chest"));
    EXPECT_EQ(labelTexts(detail, QStringLiteral("stretchName")),
              QStringList{QStringLiteral("Knee to chest")});
    const Stretch *stretch = Catalog::builtIn().find(u"knee-to-chest");
    EXPECT_EQ(labelTexts(detail, QStringLiteral("stepText")), stretch->steps());
    EXPECT_EQ(labelTexts(detail, QStringLiteral("stepNumber")).size(), stretch->steps().size());
    EXPECT_EQ(labelTexts(detail, QStringLiteral("stretchHold")),
              QStringList{QStringLiteral("Hold 25 s on each side")});
    EXPECT_EQ(labelTexts(detail, QStringLiteral("stretchTargets")),
              QStringList{QStringLiteral("Targets: Lower back, Hips, Glutes, Hamstrings")});
    EXPECT_EQ(labelTexts(detail, QStringLiteral("cautionText")), stretch->cautions());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_TRUE(view.isShowingList());
    EXPECT_FALSE(detail->isVisible());
    // Back where the user left off.
    EXPECT_TRUE(view.listView()->hasFocus());
    EXPECT_EQ(view.currentStretchId(), QStringLiteral("knee-to-chest"));
}

TEST_F(LibraryViewTest, ActivatingARowOpensItsDetail)
{
    const QModelIndex catCow = results()->index(7, 0);
    ASSERT_EQ(catCow.data(StretchListModel::IdRole).toString(), QStringLiteral("cat-cow"));
    Q_EMIT view.listView()->activated(catCow);
    EXPECT_EQ(view.currentStretchId(), QStringLiteral("cat-cow"));
    EXPECT_EQ(labelTexts(view.detailView(), QStringLiteral("stretchHold")),
              QStringList{QStringLiteral("Move slowly for 30 s, one cycle every 7 s")});
}

TEST_F(LibraryViewTest, TheIllustrationAnimatesOnlyWhileTheDetailIsShown)
{
    IllustrationWidget *illustration = view.detailView()->illustration();
    EXPECT_FALSE(illustration->isAnimating());
    openFromList(7); // cat-cow, a flow that loops
    EXPECT_EQ(illustration->stretchId(), QStringLiteral("cat-cow"));
    EXPECT_TRUE(illustration->isVisible());
    EXPECT_TRUE(illustration->isAnimating());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(illustration->isVisible());
    EXPECT_FALSE(illustration->isAnimating());

    // A hold eases into its pose again when reopened.
    view.showStretch(QStringLiteral("knee-to-chest"));
    EXPECT_TRUE(illustration->isAnimating());
    EXPECT_EQ(illustration->accessibleName(), QStringLiteral("Illustration of Knee to chest"));
}

TEST_F(LibraryViewTest, PlayAndAddAreHiddenUntilAvailableAndReportTheStretch)
{
    view.showStretch(QStringLiteral("figure-four"));
    StretchDetailView *detail = view.detailView();
    EXPECT_FALSE(detail->playButton()->isVisible());
    EXPECT_FALSE(detail->addToRoutineButton()->isVisible());

    detail->setPlayAvailable(true);
    EXPECT_TRUE(detail->playButton()->isVisible());
    EXPECT_FALSE(detail->addToRoutineButton()->isVisible());
    detail->setAddToRoutineAvailable(true);
    EXPECT_TRUE(detail->addToRoutineButton()->isVisible());

    QSignalSpy play(detail, &StretchDetailView::playRequested);
    QSignalSpy add(detail, &StretchDetailView::addToRoutineRequested);
    QTest::mouseClick(detail->playButton(), Qt::LeftButton);
    ASSERT_EQ(play.count(), 1);
    EXPECT_EQ(play.first().first().toString(), QStringLiteral("figure-four"));
    QTest::mouseClick(detail->addToRoutineButton(), Qt::LeftButton);
    ASSERT_EQ(add.count(), 1);
    EXPECT_EQ(add.first().first().toString(), QStringLiteral("figure-four"));

    detail->setPlayAvailable(false);
    EXPECT_FALSE(detail->playButton()->isVisible());
}

TEST_F(LibraryViewTest, BackButtonReturnsToTheList)
{
    view.showStretch(QStringLiteral("happy-baby"));
    QTest::mouseClick(view.detailView()->backButton(), Qt::LeftButton);
    EXPECT_TRUE(view.isShowingList());
}

TEST_F(LibraryViewTest, GuidelinesPageListsSixGuidelinesAndTheDisclaimer)
{
    QPushButton *button = guidelinesButton();
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    GuidelinesView *guidelines = view.guidelinesView();
    ASSERT_TRUE(guidelines->isVisible());

    const QList<Guideline> expected = safeStretchingGuidelines();
    ASSERT_EQ(expected.size(), 6);
    QStringList titles;
    QStringList texts;
    for (const Guideline &guideline : expected) {
        titles.append(guideline.title);
        texts.append(guideline.text);
    }
    EXPECT_EQ(labelTexts(guidelines, QStringLiteral("guidelineTitle")), titles);
    EXPECT_EQ(labelTexts(guidelines, QStringLiteral("guidelineText")), texts);
    EXPECT_EQ(labelTexts(guidelines, QStringLiteral("disclaimer")),
              QStringList{medicalDisclaimer()});

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_TRUE(view.isShowingList());
}

TEST_F(LibraryViewTest, CtrlFFocusesTheSearchFromAnyPage)
{
    view.listView()->setFocus();
    QTest::keyClick(view.listView(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(view.searchField()->hasFocus());

    view.showStretch(QStringLiteral("butterfly"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(view.isShowingList());
    EXPECT_TRUE(view.searchField()->hasFocus());
}

TEST_F(LibraryViewTest, SearchFieldLeadsIntoTheResults)
{
    view.focusSearch();
    QTest::keyClicks(view.searchField(), QStringLiteral("lunge"));
    QTest::keyClick(view.searchField(), Qt::Key_Down);
    EXPECT_TRUE(view.listView()->hasFocus());
    EXPECT_EQ(view.currentStretchId(), QStringLiteral("runners-lunge"));

    view.focusSearch();
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    EXPECT_FALSE(view.isShowingList());
    EXPECT_EQ(view.currentStretchId(), QStringLiteral("runners-lunge"));
}

TEST_F(LibraryViewTest, EveryControlHasAnAccessibleName)
{
    EXPECT_FALSE(view.searchField()->accessibleName().isEmpty());
    EXPECT_EQ(view.searchField()->placeholderText(), QStringLiteral("Search stretches"));
    EXPECT_TRUE(view.searchField()->isClearButtonEnabled());
    EXPECT_FALSE(view.listView()->accessibleName().isEmpty());
    for (const QAbstractButton *button : view.findChildren<QAbstractButton *>())
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
}

} // namespace
