#include "handout/HandoutActions.h"

#include "handout/HandoutContent.h"
#include "handout/HandoutLayout.h"
#include "handout/HandoutPaper.h"
#include "handout/HandoutRenderer.h"
#include "model/Routine.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QStandardPaths>

namespace limber {

HandoutContent HandoutActions::contentFor(const Routine &routine,
                                          const TimingPreferences &preferences,
                                          const Catalog &catalog)
{
    // QLocale() follows the language chosen in Limber, not only the system's.
    return HandoutContent::build(routine, preferences, catalog, QLocale(), QDate::currentDate());
}

bool HandoutActions::saveAsPdf(QWidget *parent, const Routine &routine,
                               const TimingPreferences &preferences, const Catalog &catalog)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save Handout as PDF"),
        QDir(folder).filePath(routine.name + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const auto error =
        HandoutRenderer::writePdf(contentFor(routine, preferences, catalog), systemPaper(), path);
    if (error) {
        QMessageBox::warning(parent, tr("Handout Not Saved"), *error);
        return false;
    }
    return true;
}

void HandoutActions::print(QWidget *parent, const Routine &routine,
                           const TimingPreferences &preferences, const Catalog &catalog)
{
    const HandoutContent content = contentFor(routine, preferences, catalog);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(systemPaper());
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(routine.name);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print Handout"));
    // The person may pick other paper in the dialogs: lay out again for whatever is chosen.
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, &preview, [&content](QPrinter *target) {
            HandoutRenderer::paint(HandoutLayout::compute(content, target->pageLayout().pageSize()),
                                   *target);
        });
    preview.exec();
}

} // namespace limber
