#include "figures/IllustrationExport.h"
#include "figures/IllustrationWidget.h"
#include "figures/StillPicture.h"
#include "OwnStretchCatalog.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QTextStream>

using namespace limber;

namespace {

// The widget as the player and the library show it: the own stretch from the catalog.
class OwnPictureWidgetTest : public testing::Test
{
protected:
    void SetUp() override
    {
        widget.resize(240, 240);
        widget.show();
    }

    const Stretch &stretch(QStringView id) const { return *own.catalog.find(id); }
    QImage shown(const Stretch &shownStretch, bool mirrored)
    {
        widget.setStretch(shownStretch, mirrored);
        return widget.grab().toImage();
    }

    test::OwnStretchCatalog own;
    IllustrationWidget widget;
};

} // namespace

TEST_F(OwnPictureWidgetTest, AnOwnDrawingIsDrawnAndMirroredExactlyAsTheBuiltInOne)
{
    // Off screen nothing animates, so every grab is the first frame: no race with the clock.
    widget.hide();
    const Stretch &mine = stretch(test::OwnStretchCatalog::drawnId);
    const Stretch &builtIn = *Catalog::builtIn().find(u"runners-lunge");
    const QImage mineLeft = shown(mine, false);
    const QImage mineRight = shown(mine, true);
    EXPECT_NE(mineLeft, mineRight);
    EXPECT_EQ(mineLeft, shown(builtIn, false));
    EXPECT_EQ(mineRight, shown(builtIn, true));
    EXPECT_FALSE(widget.showsImage());
    EXPECT_FALSE(widget.isAnimating());
}

TEST_F(OwnPictureWidgetTest, AnImageIsNeverMirrored)
{
    for (QStringView id : {test::OwnStretchCatalog::pngId, test::OwnStretchCatalog::svgId}) {
        const Stretch &mine = stretch(id);
        const QImage left = shown(mine, false);
        const QImage right = shown(mine, true);
        EXPECT_TRUE(widget.showsImage());
        EXPECT_FALSE(widget.isAnimating()); // a still picture needs no timer
        EXPECT_EQ(left, right) << id.toString().toStdString();
        // The red band is the image's left edge, and stays there.
        const QColor leftEdge = left.pixelColor(left.width() / 8, left.height() / 2);
        EXPECT_GT(leftEdge.red(), 200) << id.toString().toStdString();
        EXPECT_LT(leftEdge.blue(), 100) << id.toString().toStdString();
    }
}

TEST_F(OwnPictureWidgetTest, AMissingStretchSaysSoWhereItsPictureWas)
{
    const QImage blank = [this] {
        widget.clear();
        return widget.grab().toImage();
    }();
    const QImage missing = shown(stretch(test::OwnStretchCatalog::missingId), false);
    EXPECT_TRUE(widget.showsMissing());
    EXPECT_EQ(widget.accessibleDescription(), StillPicture::missingText());
    EXPECT_NE(missing, blank);
}

TEST_F(OwnPictureWidgetTest, AnEditedStretchWithTheSameIdIsShownAnew)
{
    const Stretch &before = stretch(test::OwnStretchCatalog::pngId);
    widget.setStretch(before);
    Stretch edited = Stretch::own(before.id(), before.writtenText(), before.targets(),
                                  before.kind(), before.isSided(), before.defaultHoldSeconds(),
                                  StretchPicture{nullptr, own.svgPath()});
    EXPECT_FALSE(widget.isShowing(edited, false));
    EXPECT_TRUE(widget.isShowing(before, false));
}

TEST(OwnPictureExportTest, ReviewPngsIncludeOwnDrawingsAndImagesButNotMissingStretches)
{
    test::OwnStretchCatalog own;
    QTemporaryDir target;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ASSERT_EQ(IllustrationExport::writeAll(own.catalog, target.path(), 64, outStream, errStream),
              0);
    const QStringList files = QDir(target.path()).entryList(QDir::Files);
    const int drawnFrames = int(illustrationOf(u"runners-lunge").keyframes.size());
    for (int frame = 0; frame < drawnFrames; ++frame)
        EXPECT_TRUE(files.contains(QStringLiteral("my-lunge-%1.png").arg(frame)));
    EXPECT_TRUE(files.contains(QStringLiteral("my-photo-0.png")));
    EXPECT_TRUE(files.contains(QStringLiteral("my-diagram-0.png")));
    EXPECT_FALSE(files.contains(QStringLiteral("my-photo-1.png")));
    EXPECT_FALSE(std::any_of(files.cbegin(), files.cend(), [](const QString &file) {
        return file.startsWith(QStringLiteral("old-wall-stretch"));
    }));
    const QImage photo(QDir(target.path()).filePath(QStringLiteral("my-photo-0.png")));
    EXPECT_GT(photo.pixelColor(4, 32).red(), 200); // the image, unmirrored
}
