// The store of the user's own stretches: files and images on disk, ids from names and never
// a built-in id, unique names (also against built-in names), duplicates of built-in stretches,
// broken files moved aside, imports that reuse an identical stretch, and the catalog kept in
// step with every change.

#include "storage/StretchStore.h"

#include "model/Catalog.h"
#include "QtPrinters.h"
#include "StretchFileTestSupport.h"

#include <gtest/gtest.h>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {
class StretchStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        m_store.setDateSource([] { return QDate(2026, 3, 4); });
    }

    QString folderPath(const char *name) const { return m_folder.filePath(latin(name)); }
    QStringList files() const
    {
        return QDir(m_folder.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    // An image outside the store's folder, as a user picks one.
    QString outsideImage(const char *name, const QByteArray &bytes)
    {
        const QString path = m_outside.filePath(latin(name));
        EXPECT_TRUE(writeBytesTo(path, bytes));
        return path;
    }

    QTemporaryDir m_folder;
    QTemporaryDir m_outside;
    Catalog m_catalog{builtInStretches()};
    StretchStore m_store{m_catalog, m_folder.path()};
};
} // namespace

TEST_F(StretchStoreTest, CreateWritesAFileNamedAfterTheNameAndTellsTheCatalog)
{
    int changed = 0;
    QObject::connect(&m_store, &StretchStore::stretchesChanged, [&changed] { ++changed; });
    const StoreResult result = m_store.create(drawnStretch(QString()));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.id, latin("hamstring-floss-etirement"));
    EXPECT_EQ(files(), QStringList{latin("hamstring-floss-etirement.json")});
    EXPECT_EQ(changed, 1);
    const Stretch *inCatalog = m_catalog.find(result.id);
    ASSERT_NE(inCatalog, nullptr);
    EXPECT_TRUE(inCatalog->isOwn());
    EXPECT_TRUE(sameContent(*inCatalog, drawnStretch()));

    const StretchReadResult onDisk = StretchFile::read(m_store.pathOf(result.id));
    ASSERT_TRUE(isAccepted(onDisk));
    EXPECT_TRUE(sameContent(*onDisk.stretch, drawnStretch()));
}

TEST_F(StretchStoreTest, LoadReadsWhatAnotherStoreWrote)
{
    ASSERT_TRUE(m_store.create(drawnStretch()).ok());
    ASSERT_TRUE(m_store.create(flowingStretch()).ok());
    Catalog other(builtInStretches());
    StretchStore again(other, m_folder.path());
    EXPECT_TRUE(again.load().isEmpty());
    ASSERT_EQ(again.stretches().size(), 2);
    EXPECT_EQ(again.stretches().at(0).name(),
              QStringLiteral("Hamstring floss \u2014 \u00e9tirement"));
    EXPECT_EQ(again.stretches().at(1).name(), latin("Rocking cat"));
    EXPECT_EQ(other.stretches().size(), Catalog::builtIn().stretches().size() + 2);
}

TEST_F(StretchStoreTest, NamesAreNumberedAgainstOwnAndBuiltInNames)
{
    ASSERT_TRUE(m_store.create(drawnStretch()).ok());
    const StoreResult second = m_store.create(drawnStretch());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(m_store.find(second.id)->name(),
              QStringLiteral("Hamstring floss \u2014 \u00e9tirement (2)"));
    EXPECT_EQ(m_store.uniqueName(QStringLiteral("HAMSTRING FLOSS \u2014 \u00c9TIREMENT (2)")),
              QStringLiteral("HAMSTRING FLOSS \u2014 \u00c9TIREMENT (3)"));
    EXPECT_EQ(m_store.uniqueName(latin("child's POSE")), latin("child's POSE (2)"));
    EXPECT_EQ(m_store.uniqueName(latin("  Fresh  ")), latin("Fresh"));
    EXPECT_EQ(m_store.uniqueName(m_store.find(second.id)->name(), second.id),
              m_store.find(second.id)->name());
    EXPECT_NE(m_store.findByName(QStringLiteral("hamstring floss \u2014 \u00c9tirement (2)")),
              nullptr);
}

TEST_F(StretchStoreTest, IdsNeverTakeABuiltInId)
{
    const Stretch named =
        Stretch::own({}, {latin("Cat cow"), {}, {latin("Move.")}, {}}, {BodyArea::Spine},
                     StretchKind::Flow, false, 30, {drawingOf("cat-cow"), {}});
    const StoreResult result = m_store.create(named);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.id, latin("cat-cow-2"));
}

TEST_F(StretchStoreTest, ImagesAreCopiedInUnderTheIdAndRemovedWithTheStretch)
{
    const QString source = outsideImage("My Photo.JPG", jpegBytes());
    const StoreResult result = m_store.create(imageStretch(QString(), QString()), source);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(files(),
              (QStringList{latin("wall-calf-stretch.jpg"), latin("wall-calf-stretch.json")}));
    const Stretch *stored = m_store.find(result.id);
    EXPECT_EQ(stored->picture().imagePath, folderPath("wall-calf-stretch.jpg"));
    EXPECT_EQ(fileBytesOf(stored->picture().imagePath), jpegBytes());
    EXPECT_TRUE(QFileInfo::exists(source)); // the user's own file stays where it was

    ASSERT_TRUE(m_store.remove(result.id).ok());
    EXPECT_TRUE(files().isEmpty());
    EXPECT_EQ(m_catalog.find(result.id), nullptr);
}

TEST_F(StretchStoreTest, ImageOfTheWrongTypeOrTooLargeChangesNothing)
{
    const QString fake = outsideImage("fake.png", QByteArrayLiteral("GIF89a not a png"));
    const StoreResult wrong = m_store.create(imageStretch(QString()), fake);
    EXPECT_EQ(wrong.error, fake + latin(": is not a PNG image"));
    const QString big =
        outsideImage("big.svg", svgBytes() + QByteArray(stretchLimits::maxImageBytes, ' '));
    EXPECT_EQ(m_store.create(imageStretch(QString()), big).error,
              big + latin(": is larger than 2 MiB"));
    const QString gif = outsideImage("photo.gif", QByteArrayLiteral("GIF89a"));
    EXPECT_EQ(m_store.create(imageStretch(QString()), gif).error,
              gif + latin(": must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)"));
    EXPECT_TRUE(files().isEmpty());
    EXPECT_TRUE(m_store.stretches().isEmpty());
}

TEST_F(StretchStoreTest, SaveReplacesTheImageOrTurnsItIntoADrawing)
{
    const StoreResult created =
        m_store.create(imageStretch(QString()), outsideImage("a.png", pngBytes()));
    ASSERT_TRUE(created.ok());
    const Stretch kept = *m_store.find(created.id);
    // Saved unchanged, the stored image is kept as it is.
    ASSERT_TRUE(m_store.save(created.id, kept).ok());
    EXPECT_EQ(fileBytesOf(folderPath("wall-calf-stretch.png")), pngBytes());

    ASSERT_TRUE(m_store.save(created.id, kept, outsideImage("b.svg", svgBytes())).ok());
    EXPECT_EQ(files(),
              (QStringList{latin("wall-calf-stretch.json"), latin("wall-calf-stretch.svg")}));
    EXPECT_EQ(m_store.find(created.id)->picture().imagePath, folderPath("wall-calf-stretch.svg"));

    const Stretch drawn = Stretch::own(created.id, kept.writtenText(), kept.targets(), kept.kind(),
                                       kept.isSided(), 40, {drawingOf("butterfly"), {}});
    ASSERT_TRUE(m_store.save(created.id, drawn).ok());
    EXPECT_EQ(files(), QStringList{latin("wall-calf-stretch.json")});
    EXPECT_TRUE(m_store.find(created.id)->picture().isDrawn());
    EXPECT_EQ(m_store.find(created.id)->defaultHoldSeconds(), 40);
}

TEST_F(StretchStoreTest, InvalidStretchIsRefusedWithFieldAndReasonAndNothingIsWritten)
{
    Stretch tooManySteps = drawnStretch();
    WrittenText text = everyText();
    text.steps = QStringList(13, latin("Breathe."));
    text.name = QStringLiteral("a\u0000b");
    const StoreResult result = m_store.create(Stretch::own(
        {}, text, {BodyArea::Hips}, StretchKind::Hold, false, 30, {drawingOf("butterfly"), {}}));
    EXPECT_EQ(result.error,
              folderPath("a-b.json") +
                  latin(": name: must not contain control characters (found U+0000)\n") +
                  folderPath("a-b.json") +
                  latin(": steps: must list from 1 to 12 steps (it lists 13)"));
    EXPECT_TRUE(files().isEmpty());
    EXPECT_FALSE(m_store.save(latin("nothing"), tooManySteps).ok());
}

TEST_F(StretchStoreTest, EveryBuiltInStretchDuplicatesAsOwnUnderANumberedName)
{
    for (const Stretch &builtIn : Catalog::builtIn().stretches()) {
        SCOPED_TRACE(builtIn.id().toStdString());
        const StoreResult result = m_store.duplicateAsOwn(builtIn);
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        const Stretch *copy = m_store.find(result.id);
        ASSERT_NE(copy, nullptr);
        EXPECT_EQ(copy->name(), builtIn.name() + latin(" (2)"));
        EXPECT_EQ(copy->steps(), builtIn.steps());
        EXPECT_EQ(copy->cautions(), builtIn.cautions());
        EXPECT_TRUE(copy->illustration() == builtIn.illustration());
        EXPECT_NE(&copy->illustration(), &builtIn.illustration());
        EXPECT_TRUE(copy->isOwn());
    }
    EXPECT_EQ(m_store.stretches().size(), Catalog::builtIn().stretches().size());
}

TEST_F(StretchStoreTest, DuplicatingAnOwnImageStretchCopiesTheImage)
{
    const StoreResult first =
        m_store.create(imageStretch(QString()), outsideImage("a.png", pngBytes()));
    ASSERT_TRUE(first.ok());
    const StoreResult copy = m_store.duplicateAsOwn(*m_store.find(first.id));
    ASSERT_TRUE(copy.ok()) << copy.error.toStdString();
    EXPECT_EQ(m_store.find(copy.id)->picture().imagePath, folderPath("wall-calf-stretch-2.png"));
    EXPECT_EQ(fileBytesOf(folderPath("wall-calf-stretch-2.png")), pngBytes());
}

TEST_F(StretchStoreTest, BrokenFilesAndBuiltInIdsAreMovedAsideAndReported)
{
    ASSERT_TRUE(m_store.create(drawnStretch()).ok());
    ASSERT_TRUE(writeBytesTo(folderPath("broken.json"), "{\"format\": \"limber-stretch\""));
    ASSERT_TRUE(writeBytesTo(folderPath("cat-cow.json"), StretchFile::serialize(drawnStretch())));
    const QList<BrokenRoutineFile> broken = m_store.load();
    ASSERT_EQ(broken.size(), 2);
    EXPECT_EQ(broken.at(0).originalPath, folderPath("broken.json"));
    EXPECT_EQ(broken.at(0).movedTo, folderPath("broken.broken-2026-03-04.json"));
    EXPECT_TRUE(
        broken.at(0).reason.startsWith(folderPath("broken.json") + latin(": is not valid JSON")))
        << broken.at(0).reason.toStdString();
    EXPECT_EQ(broken.at(1).movedTo, folderPath("cat-cow.broken-2026-03-04.json"));
    EXPECT_EQ(broken.at(1).reason,
              folderPath("cat-cow.json") + latin(": \"cat-cow\" is the id of a built-in stretch; "
                                                 "give the file another name"));
    EXPECT_EQ(m_store.stretches().size(), 1);
    EXPECT_TRUE(m_catalog.find(u"cat-cow")->isBuiltIn());

    // Moved-aside files are not read again; left in place when asked.
    ASSERT_TRUE(writeBytesTo(folderPath("broken.json"), "[]"));
    const QList<BrokenRoutineFile> again = m_store.load(StretchStore::BrokenFiles::LeaveInPlace);
    ASSERT_EQ(again.size(), 1);
    EXPECT_TRUE(again.at(0).movedTo.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(folderPath("broken.json")));
}

TEST_F(StretchStoreTest, ImportedStretchesKeepTheirImageBytesAndIdenticalOnesAreFound)
{
    const Stretch arriving = imageStretch(QString(), latin("from-routine"));
    EXPECT_EQ(m_store.findIdentical(arriving, svgBytes()), nullptr);
    const StoreResult added = m_store.addImported(arriving, svgBytes(), latin("svg"));
    ASSERT_TRUE(added.ok()) << added.error.toStdString();
    EXPECT_EQ(fileBytesOf(m_store.find(added.id)->picture().imagePath), svgBytes());

    const Stretch *identical = m_store.findIdentical(arriving, svgBytes());
    ASSERT_NE(identical, nullptr);
    EXPECT_EQ(identical->id(), added.id);
    EXPECT_EQ(m_store.findIdentical(arriving, svgBytes() + " "), nullptr);
    EXPECT_EQ(m_store.findIdentical(arriving), nullptr);

    const StoreResult drawn = m_store.addImported(flowingStretch());
    ASSERT_TRUE(drawn.ok()) << drawn.error.toStdString();
    ASSERT_NE(m_store.findIdentical(flowingStretch(latin("other-id"))), nullptr);
    EXPECT_EQ(m_store.findIdentical(flowingStretch())->id(), drawn.id);
    EXPECT_EQ(m_store.findIdentical(drawnStretch()), nullptr);

    EXPECT_EQ(m_store.addImported(arriving, pngBytes(), latin("svg")).error,
              latin("image_data: is not an SVG image (XML whose root element is <svg>)"));
}
