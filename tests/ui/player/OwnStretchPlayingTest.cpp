#include "figures/IllustrationWidget.h"
#include "OwnStretchCatalog.h"
#include "playback/Segment.h"
#include "player/PlayingPage.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

Segment holdOf(QStringView id, Side side = Side::None)
{
    Segment segment;
    segment.kind = SegmentKind::Hold;
    segment.stretchId = id.toString();
    segment.side = side;
    segment.durationMs = 30'000;
    return segment;
}

// The player shows the user's own stretches as it shows built-in ones.
class OwnStretchPlayingTest : public testing::Test
{
protected:
    void SetUp() override
    {
        page.resize(1000, 700);
        page.show();
    }

    QImage pictureFor(const Segment &segment)
    {
        page.showSegment(segment, 1, 3);
        return page.illustration()->grab().toImage();
    }

    test::OwnStretchCatalog own;
    PlayingPage page{own.catalog};
};

} // namespace

TEST_F(OwnStretchPlayingTest, AnOwnDrawnStretchShowsItsNameAndIsMirroredForTheRightSide)
{
    const QImage left = pictureFor(holdOf(test::OwnStretchCatalog::drawnId, Side::Left));
    EXPECT_EQ(page.titleText(), QStringLiteral("Hallway lunge"));
    EXPECT_EQ(page.sideText(), QStringLiteral("Left side"));
    EXPECT_FALSE(page.illustration()->isMirrored());
    const QImage right = pictureFor(holdOf(test::OwnStretchCatalog::drawnId, Side::Right));
    EXPECT_TRUE(page.illustration()->isMirrored());
    EXPECT_NE(left, right);
}

TEST_F(OwnStretchPlayingTest, AnOwnImageIsShownTheSameOnBothSides)
{
    const QImage left = pictureFor(holdOf(test::OwnStretchCatalog::svgId, Side::Left));
    EXPECT_EQ(page.titleText(), QStringLiteral("Diagram twist"));
    EXPECT_TRUE(page.illustration()->showsImage());
    const QImage right = pictureFor(holdOf(test::OwnStretchCatalog::svgId, Side::Right));
    EXPECT_EQ(left, right);
}

TEST_F(OwnStretchPlayingTest, AMissingStretchPlaysUnderItsKeptNameWithoutAFigure)
{
    page.showSegment(holdOf(test::OwnStretchCatalog::missingId), 2, 3);
    EXPECT_EQ(page.titleText(), QStringLiteral("Old wall stretch"));
    EXPECT_TRUE(page.illustration()->showsMissing());
    EXPECT_FALSE(page.illustration()->isAnimating());

    Segment rest;
    rest.kind = SegmentKind::Rest;
    rest.stretchId = test::OwnStretchCatalog::pngId.toString();
    page.showSegment(rest, 3, 3);
    EXPECT_EQ(page.nextUpText(), QStringLiteral("Next: Anna's doorway stretch"));
    EXPECT_TRUE(page.illustration()->showsImage());
}
