#pragma once

#include <functional>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace limber {

// What became of moving the data folder: an error (nothing changed) or a note for the person
// (where their data is now, and that the old folder can be deleted).
struct DataFolderMoveOutcome
{
    QString error;
    QString note;
    bool ok() const { return error.isEmpty(); }
};

// What the section needs from the shell, which owns the data folder.
struct DataFolderControl
{
    std::function<QString()> currentRoot;
    // Started with --data-dir: the folder is this run's, not a choice to change here.
    bool forThisRunOnly = false;
    // Copies, verifies and switches to the new folder (or merges with the Limber data there).
    std::function<DataFolderMoveOutcome(const QString &newRoot)> moveTo;
};

// "Keep my routines, stretches and history in…": the data folder, which a sync tool may share
// between devices, and moving it somewhere else.
class DataFolderSection : public QWidget
{
    Q_OBJECT

public:
    DataFolderSection(DataFolderControl control, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void retranslateUi();

    // A folder chooser by default; tests answer with a function of their own.
    void setFolderChooser(std::function<QString(const QString &current)> chooser)
    {
        m_chooseFolder = std::move(chooser);
    }
    // Message boxes by default.
    void setReporter(std::function<void(bool failed, const QString &text)> report)
    {
        m_report = std::move(report);
    }

    QLabel *pathLabel() const { return m_path; }
    QPushButton *changeButton() const { return m_change; }

    // Asks for a folder and moves the data there; false when cancelled or it failed.
    bool changeFolder();

private:
    void refresh();

    DataFolderControl m_control;
    QFormLayout *m_form;
    QLabel *m_heading;
    QLabel *m_question;
    QLabel *m_path;
    QPushButton *m_change;
    QLabel *m_caption;
    std::function<QString(const QString &current)> m_chooseFolder;
    std::function<void(bool failed, const QString &text)> m_report;
};

} // namespace limber
