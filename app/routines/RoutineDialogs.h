#pragma once

#include <functional>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace limber {

enum class UnsavedChoice
{
    Save,
    Discard,
    Cancel
};

// What the routines view asks the person. Each is a replaceable function, so tests answer
// them without a dialog.
struct RoutinePrompts
{
    std::function<UnsavedChoice(const QString &routineName)> unsavedChanges;
    std::function<bool(const QString &routineName)> confirmDelete;
    // An empty path means the person cancelled.
    std::function<QString()> importPath;
    std::function<QString(const QString &suggestedPath)> exportPath;
    std::function<void(const QString &title, const QString &message)> showError;
};

// The routines view's questions as modal dialogs.
class RoutineDialogs
{
    Q_DECLARE_TR_FUNCTIONS(RoutineDialogs)

public:
    // Every prompt as a dialog over parent.
    static RoutinePrompts prompts(QWidget *parent);

    static UnsavedChoice askUnsavedChanges(QWidget *parent, const QString &routineName);
    static bool confirmDelete(QWidget *parent, const QString &routineName);
    // Empty when cancelled.
    static QString chooseImportFile(QWidget *parent);
    static QString chooseExportFile(QWidget *parent, const QString &suggestedPath);
    static void showError(QWidget *parent, const QString &title, const QString &message);

    // "<name>.json" in the documents folder, with characters no file name may hold replaced.
    static QString suggestedExportPath(const QString &routineName);
    // Documents when it exists, else the home folder.
    static QString documentsFolder();
};

} // namespace limber
