#include "OwnStretchCatalog.h"
#include "routines/RoutineEditorModel.h"
#include "routines/StepListPanel.h"

#include <gtest/gtest.h>
#include <QMenu>
#include <QPixmap>

using namespace limber;

namespace {

class OwnStretchStepsTest : public testing::Test
{
protected:
    QStringList addMenuTexts()
    {
        Q_EMIT panel.addMenu()->aboutToShow();
        QStringList texts;
        for (const QAction *action : panel.addMenu()->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        return texts;
    }
    QVariant data(int row, int role) const { return panel.model()->index(row).data(role); }

    test::OwnStretchCatalog own;
    StepListPanel panel{own.catalog};
};

} // namespace

TEST_F(OwnStretchStepsTest, AddStretchOffersOwnStretchesMarkedYoursButNotDeletedOnes)
{
    const QStringList texts = addMenuTexts();
    const qsizetype builtIn = Catalog::builtIn().stretches().size();
    ASSERT_EQ(texts.size(), builtIn + 3);
    EXPECT_EQ(texts.mid(builtIn), (QStringList{QStringLiteral("Hallway lunge (Yours)"),
                                               QStringLiteral("Anna's doorway stretch (Yours)"),
                                               QStringLiteral("Diagram twist (Yours)")}));
    EXPECT_FALSE(texts.contains(QStringLiteral("Old wall stretch")));

    panel.addMenu()->actions().last()->trigger();
    ASSERT_EQ(panel.model()->rowCount(), 1);
    EXPECT_EQ(panel.model()->steps().first().stretchId, QStringLiteral("my-diagram"));
}

TEST_F(OwnStretchStepsTest, AnAmpersandInAnOwnNameIsShownNotTakenAsAShortcut)
{
    const Stretch &lunge = *own.catalog.find(test::OwnStretchCatalog::drawnId);
    WrittenText text = lunge.writtenText();
    text.name = QStringLiteral("Hip & back");
    own.catalog.setOwnStretches(
        {Stretch::own(lunge.id(), text, lunge.targets(), lunge.kind(), lunge.isSided(),
                      lunge.defaultHoldSeconds(), lunge.picture())});
    EXPECT_TRUE(addMenuTexts().contains(QStringLiteral("Hip && back (Yours)")));
}

TEST_F(OwnStretchStepsTest, StepRowsShowOwnStretchesAndSayWhenOneIsMissing)
{
    panel.model()->setSteps({{test::OwnStretchCatalog::pngId.toString(), {}, Sides::Both, 1},
                             {test::OwnStretchCatalog::missingId.toString(), 40, Sides::Both, 1}});
    EXPECT_EQ(data(0, Qt::DisplayRole).toString(), QStringLiteral("Anna's doorway stretch"));
    EXPECT_EQ(data(0, RoutineEditorModel::DetailRole).toString(), QStringLiteral("30 s"));
    EXPECT_FALSE(data(0, Qt::DecorationRole).value<QPixmap>().isNull());
    EXPECT_EQ(data(1, Qt::DisplayRole).toString(), QStringLiteral("Old wall stretch"));
    EXPECT_EQ(data(1, RoutineEditorModel::DetailRole).toString(),
              QStringLiteral("Missing stretch · 40 s"));
    EXPECT_FALSE(data(1, Qt::DecorationRole).value<QPixmap>().isNull());
}
