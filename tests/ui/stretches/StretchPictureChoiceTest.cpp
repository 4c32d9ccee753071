#include "StretchEditorTestSupport.h"
#include "stretches/PictureFile.h"
#include "stretches/StretchPicturePanel.h"

#include <QFile>
#include <QImage>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace limber;
using limber::testing::hamstringFloss;

namespace {

// Red on the left, blue on the right: a mirrored preview would show blue on the left.
QImage twoColours(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::blue);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width / 2; ++x)
            image.setPixel(x, y, qRgb(255, 0, 0));
    }
    return image;
}

class StretchPictureChoiceTest : public limber::testing::StretchEditorFixture
{
protected:
    void SetUp() override
    {
        StretchEditorFixture::SetUp();
        dialog.setStretch(hamstringFloss());
        dialog.picturePanel()->setImageFileAsker([this] { return answer; });
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    QString writePng(const QString &name) const
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(twoColours(80, 40).save(path, "PNG"));
        return path;
    }
    void choose(const QString &path)
    {
        answer = path;
        QPushButton *button =
            buttonWithText(dialog.picturePanel(), QStringLiteral("Choose a picture…"));
        ASSERT_NE(button, nullptr);
        button->click();
    }
    void expectRefused(const QString &path, const QString &expectedError)
    {
        const int steps = dialog.undoStack()->count();
        choose(path);
        EXPECT_EQ(dialog.picturePanel()->imageError(), expectedError);
        EXPECT_TRUE(dialog.stretch().picture().isDrawn());
        EXPECT_TRUE(dialog.chosenImagePath().isEmpty());
        EXPECT_EQ(dialog.undoStack()->count(), steps);
    }

    QTemporaryDir dir;
    QString answer;
};

TEST_F(StretchPictureChoiceTest, APngIsUsedAsItIsAndPreviewedUnmirrored)
{
    const QString path = writePng(QStringLiteral("floss.png"));
    choose(path);
    EXPECT_TRUE(dialog.picturePanel()->imageError().isEmpty());
    EXPECT_TRUE(dialog.picturePanel()->imageRadio()->isChecked());
    EXPECT_EQ(dialog.problem(), std::nullopt);
    const Stretch stretch = dialog.stretch();
    EXPECT_TRUE(stretch.picture().isImage());
    EXPECT_FALSE(stretch.picture().isDrawn());
    EXPECT_EQ(stretch.picture().imagePath, path);
    EXPECT_EQ(dialog.chosenImagePath(), path);

    const QPixmap preview = PictureFile::preview(path, QSize(200, 200));
    ASSERT_FALSE(preview.isNull());
    EXPECT_EQ(preview.size(), QSize(200, 100));
    const QImage shown = preview.toImage();
    EXPECT_EQ(QColor(shown.pixel(10, 50)), QColor(Qt::red));
    EXPECT_EQ(QColor(shown.pixel(190, 50)), QColor(Qt::blue));

    // Choosing is one step back to the drawing.
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.stretch().picture().isDrawn());
    EXPECT_TRUE(dialog.chosenImagePath().isEmpty());
}

TEST_F(StretchPictureChoiceTest, AnSvgIsAccepted)
{
    const QString path = write(QStringLiteral("figure.svg"),
                               R"(<svg xmlns="http://www.w3.org/2000/svg" width="40" height="80">)"
                               R"(<rect x="0" y="0" width="20" height="80" fill="red"/></svg>)");
    choose(path);
    EXPECT_TRUE(dialog.picturePanel()->imageError().isEmpty());
    EXPECT_EQ(dialog.stretch().picture().imagePath, path);
    const QPixmap preview = PictureFile::preview(path, QSize(100, 100));
    EXPECT_EQ(preview.size(), QSize(50, 100));
}

TEST_F(StretchPictureChoiceTest, AFileOverTwoMebibytesIsRefused)
{
    const QString path = writePng(QStringLiteral("huge.png"));
    {
        // Still a readable PNG: only its size is wrong.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write(QByteArray(stretchLimits::maxImageBytes, '\0'));
    }
    expectRefused(path, QStringLiteral("huge.png: the picture is 2.0 MiB; the most is 2 MiB."));
}

TEST_F(StretchPictureChoiceTest, AFileThatIsNoPictureIsRefusedWhateverItsName)
{
    expectRefused(write(QStringLiteral("fake.png"), "not a picture at all"),
                  QStringLiteral("fake.png: not a PNG, JPEG or SVG picture."));
    expectRefused(write(QStringLiteral("fake.svg"), "<svg"),
                  QStringLiteral("fake.svg: not a PNG, JPEG or SVG picture."));
    // A GIF is a picture Qt reads, but not one of the kinds a stretch may show.
    const QString gif = dir.filePath(QStringLiteral("moving.gif"));
    if (twoColours(8, 8).save(gif, "GIF"))
        expectRefused(gif, QStringLiteral("moving.gif: not a PNG, JPEG or SVG picture."));
    expectRefused(dir.filePath(QStringLiteral("gone.png")),
                  QStringLiteral("gone.png: the file does not exist."));
    // A good file afterwards clears the reason.
    choose(writePng(QStringLiteral("good.png")));
    EXPECT_TRUE(dialog.picturePanel()->imageError().isEmpty());
}

TEST_F(StretchPictureChoiceTest, AStretchKeepsItsPictureWithoutCopyingItAgain)
{
    const QString kept = writePng(QStringLiteral("kept.png"));
    const Stretch floss = hamstringFloss();
    const WrittenText &text = floss.writtenText();
    dialog.setStretch(
        Stretch::own(floss.id(), text, floss.targets(), floss.kind(), false, 30, {nullptr, kept}));
    EXPECT_TRUE(dialog.picturePanel()->imageRadio()->isChecked());
    EXPECT_EQ(dialog.stretch().picture().imagePath, kept);
    EXPECT_TRUE(dialog.chosenImagePath().isEmpty());
    EXPECT_EQ(dialog.problem(), std::nullopt);

    // Drawing the figure instead drops the picture.
    dialog.picturePanel()->drawRadio()->click();
    EXPECT_TRUE(dialog.stretch().picture().isDrawn());
    EXPECT_FALSE(dialog.stretch().picture().isImage());
    EXPECT_TRUE(dialog.chosenImagePath().isEmpty());

    const QString other = writePng(QStringLiteral("other.png"));
    choose(other);
    EXPECT_EQ(dialog.chosenImagePath(), other);
}

TEST_F(StretchPictureChoiceTest, AJpegNamedPngIsAcceptedByItsContent)
{
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    ASSERT_TRUE(twoColours(40, 40).save(path, "JPEG"));
    EXPECT_EQ(PictureFile::problem(path), std::nullopt);
}

} // namespace
