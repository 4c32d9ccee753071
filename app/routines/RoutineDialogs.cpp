#include "routines/RoutineDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace limber {

namespace {
QString routineFileFilter()
{
    return RoutineDialogs::tr("Limber routines (*.json);;All files (*)");
}
} // namespace

RoutinePrompts RoutineDialogs::prompts(QWidget *parent)
{
    return {[parent](const QString &name) { return askUnsavedChanges(parent, name); },
            [parent](const QString &name) { return confirmDelete(parent, name); },
            [parent] { return chooseImportFile(parent); },
            [parent](const QString &suggested) { return chooseExportFile(parent, suggested); },
            [parent](const QString &title, const QString &message) {
                showError(parent, title, message);
            }};
}

UnsavedChoice RoutineDialogs::askUnsavedChanges(QWidget *parent, const QString &routineName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to “%1”?").arg(routineName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("If you don't save them, your changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Discard)->setText(tr("Discard changes"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

bool RoutineDialogs::confirmDelete(QWidget *parent, const QString &routineName)
{
    QMessageBox box(QMessageBox::Question, tr("Delete routine"),
                    tr("Delete “%1”?").arg(routineName), QMessageBox::Cancel, parent);
    box.setInformativeText(tr("The routine is removed for good. Export it first if you may "
                              "want it again."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

QString RoutineDialogs::documentsFolder()
{
    // A folder that does not exist would make the file dialog start somewhere unrelated.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString RoutineDialogs::chooseImportFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Import a routine"), documentsFolder(),
                                        routineFileFilter());
}

QString RoutineDialogs::chooseExportFile(QWidget *parent, const QString &suggestedPath)
{
    QFileDialog dialog(parent, tr("Export the routine"), suggestedPath, routineFileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void RoutineDialogs::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QString RoutineDialogs::suggestedExportPath(const QString &routineName)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString base = routineName;
    base.replace(unsafe, QStringLiteral("-"));
    base = base.trimmed();
    // A leading dot would hide the file.
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = tr("routine");
    return QDir(documentsFolder()).filePath(base + QStringLiteral(".json"));
}

} // namespace limber
