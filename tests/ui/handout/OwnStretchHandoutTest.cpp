#include "handout/HandoutContent.h"
#include "handout/HandoutLayout.h"
#include "handout/HandoutRenderer.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "OwnStretchCatalog.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace limber;

namespace {

class OwnStretchHandoutTest : public testing::Test
{
protected:
    HandoutContent contentOf(const QList<RoutineStep> &steps) const
    {
        Routine routine;
        routine.name = QStringLiteral("Mine");
        routine.warmupSeconds = 0;
        routine.steps = steps;
        return HandoutContent::build(routine, TimingPreferences{}, own.catalog,
                                     QLocale(QLocale::English, QLocale::UnitedKingdom),
                                     QDate(2026, 12, 4));
    }
    QByteArray pdfOf(const HandoutContent &content) const
    {
        const QString path = folder.filePath(QStringLiteral("handout.pdf"));
        EXPECT_FALSE(HandoutRenderer::writePdf(content, QPageSize(QPageSize::A4), path));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    test::OwnStretchCatalog own;
    QTemporaryDir folder;
    const QList<RoutineStep> everyKind{
        {test::OwnStretchCatalog::drawnId.toString(), {}, Sides::Both, 1},
        {test::OwnStretchCatalog::pngId.toString(), {}, Sides::Both, 1},
        {test::OwnStretchCatalog::svgId.toString(), {}, Sides::Right, 1},
        {test::OwnStretchCatalog::missingId.toString(), 30, Sides::Both, 1},
    };
};

} // namespace

TEST_F(OwnStretchHandoutTest, OwnStretchesGetCardsWithTheirTextAndPicture)
{
    const HandoutContent content = contentOf(everyKind);
    ASSERT_EQ(content.steps.size(), 4);
    const HandoutStep &lunge = content.steps.at(0);
    EXPECT_EQ(lunge.name, QStringLiteral("Hallway lunge"));
    EXPECT_EQ(lunge.timing, QStringLiteral("Hold 40 s each side"));
    EXPECT_EQ(lunge.steps, (QStringList{QStringLiteral("Step forward."), QStringLiteral("Sink.")}));
    EXPECT_EQ(lunge.cautions, QStringList{QStringLiteral("Keep the knee over the ankle.")});
    EXPECT_TRUE(lunge.picture.isDrawn());
    EXPECT_FALSE(lunge.sidesNote.isEmpty()); // a drawing is mirrored for the other side

    const HandoutStep &photo = content.steps.at(1);
    EXPECT_EQ(photo.picture.imagePath, own.pngPath());
    const HandoutStep &diagram = content.steps.at(2);
    EXPECT_EQ(diagram.picture.imagePath, own.svgPath());
    EXPECT_FALSE(diagram.mirrored); // right side only, but an image is never turned
    EXPECT_TRUE(diagram.sidesNote.isEmpty());

    const HandoutStep &missing = content.steps.at(3);
    EXPECT_EQ(missing.name, QStringLiteral("Old wall stretch"));
    EXPECT_EQ(missing.pictureText, QStringLiteral("Missing stretch"));
}

TEST_F(OwnStretchHandoutTest, TheLayoutPlacesEachPictureAndWordsForAMissingOne)
{
    const HandoutLayout layout =
        HandoutLayout::compute(contentOf(everyKind), QPageSize(QPageSize::A4));
    QList<HandoutItem> figures;
    bool missingSaid = false;
    for (const HandoutPage &page : layout.pages()) {
        for (const HandoutItem &item : page.items) {
            if (item.kind == HandoutItem::Kind::Figure)
                figures.append(item);
            if (item.kind == HandoutItem::Kind::Text && item.step == 3 &&
                item.text == QStringLiteral("Missing stretch"))
                missingSaid = true;
        }
    }
    ASSERT_EQ(figures.size(), 3);
    EXPECT_TRUE(figures.at(0).picture.isDrawn());
    EXPECT_EQ(figures.at(1).picture.imagePath, own.pngPath());
    EXPECT_EQ(figures.at(2).picture.imagePath, own.svgPath());
    EXPECT_TRUE(missingSaid);
}

TEST_F(OwnStretchHandoutTest, ThePdfEmbedsTheUsersPhoto)
{
    const QByteArray drawnOnly =
        pdfOf(contentOf({{test::OwnStretchCatalog::drawnId.toString(), {}, Sides::Both, 1}}));
    ASSERT_TRUE(drawnOnly.startsWith("%PDF"));
    EXPECT_FALSE(drawnOnly.contains("/Subtype /Image")); // figures are vectors
    const QByteArray withPhoto = pdfOf(contentOf(everyKind));
    ASSERT_TRUE(withPhoto.startsWith("%PDF"));
    EXPECT_TRUE(withPhoto.contains("/Subtype /Image"));
}
