#include "handout/HandoutRenderer.h"

#include "handout/HandoutContent.h"
#include "handout/HandoutLayout.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace limber;

namespace {

HandoutContent builtInContent()
{
    return HandoutContent::build(builtin::backAndHips(Catalog::builtIn()), TimingPreferences{},
                                 Catalog::builtIn(), QLocale(), QDate(2026, 12, 4));
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(HandoutRendererTest, WritesOnePdfPagePerLayoutPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    const HandoutContent content = builtInContent();
    ASSERT_FALSE(HandoutRenderer::writePdf(content, QPageSize(QPageSize::A4), path).has_value());
    const QByteArray pdf = contentsOf(path);
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    const qsizetype pages =
        HandoutLayout::compute(content, QPageSize(QPageSize::A4)).pages().size();
    EXPECT_TRUE(pdf.contains("/Count " + QByteArray::number(pages))) << pages;
}

// The printer path paints at the printer's resolution, not the layout's: the same pages.
TEST(HandoutRendererTest, PaintsOntoAPrinterAtItsOwnResolution)
{
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setFullPage(true);
    const HandoutLayout layout =
        HandoutLayout::compute(builtInContent(), printer.pageLayout().pageSize());
    HandoutRenderer::paint(layout, printer);
    const QByteArray pdf = contentsOf(printer.outputFileName());
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/Count " + QByteArray::number(layout.pages().size())));
    const QRegularExpression letter(QStringLiteral(R"(/MediaBox \[0 0 612(\.0+)? 792(\.0+)?\])"));
    EXPECT_TRUE(letter.match(QString::fromLatin1(pdf)).hasMatch());
}

TEST(HandoutRendererTest, AFileThatCannotBeWrittenIsNamedInTheError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/handout.pdf"));
    const auto error = HandoutRenderer::writePdf(builtInContent(), QPageSize(QPageSize::A4), path);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->startsWith(path + QStringLiteral(": "))) << error->toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
