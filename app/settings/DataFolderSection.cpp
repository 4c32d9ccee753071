#include "settings/DataFolderSection.h"

#include "settings/SettingsForm.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

DataFolderSection::DataFolderSection(DataFolderControl control, QWidget *parent)
    : QWidget(parent)
    , m_control(std::move(control))
    , m_form(createSettingsForm())
    , m_heading(createSectionHeading(this))
    , m_question(new QLabel(this))
    , m_path(new QLabel(this))
    , m_change(new QPushButton(this))
    , m_caption(createCaption(this))
{
    m_path->setObjectName(QStringLiteral("dataFolderPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_path->font();
    bold.setBold(true);
    m_path->setFont(bold);
    m_question->setBuddy(m_change);
    m_path->setWordWrap(true);
    m_change->setObjectName(QStringLiteral("changeDataFolder"));
    // One row across the page: the question is too long for the label column.
    auto *row = new QWidget(this);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_question);
    rowLayout->addWidget(m_path);
    rowLayout->addWidget(m_change, 0, Qt::AlignLeft);
    rowLayout->addWidget(m_caption);
    m_form->addRow(row);
    createSectionLayout(this, m_heading, m_form);

    m_chooseFolder = [this](const QString &current) {
        return QFileDialog::getExistingDirectory(
            this, tr("Keep my routines, stretches and history in"), current);
    };
    m_report = [this](bool failed, const QString &text) {
        if (failed)
            QMessageBox::warning(this, tr("The data folder was not moved"), text);
        else
            QMessageBox::information(this, tr("Data folder moved"), text);
    };
    connect(m_change, &QPushButton::clicked, this, &DataFolderSection::changeFolder);
    m_change->setEnabled(!m_control.forThisRunOnly);
    retranslateUi();
}

void DataFolderSection::retranslateUi()
{
    m_heading->setText(tr("Your data"));
    m_question->setText(tr("Keep my routines, stretches and history in:"));
    m_change->setText(tr("Change…"));
    m_change->setAccessibleName(tr("Change the data folder"));
    m_caption->setText(
        m_control.forThisRunOnly
            ? tr("Limber was started with --data-dir, so it uses this folder for this run only.")
            : tr("Share this folder with Syncthing or Nextcloud to have the same routines, "
                 "stretches, history and timings on each of your devices. Window, sound, "
                 "voice and reminders stay set per device."));
    refresh();
}

void DataFolderSection::refresh()
{
    const QString root = QDir::toNativeSeparators(m_control.currentRoot());
    m_path->setText(root);
    m_path->setAccessibleName(tr("Data folder: %1").arg(root));
}

bool DataFolderSection::changeFolder()
{
    const QString chosen = m_chooseFolder(m_control.currentRoot());
    if (chosen.isEmpty() || QDir(chosen) == QDir(m_control.currentRoot()))
        return false;
    DataFolderMoveOutcome outcome;
    {
        // Copying and reading every file back takes a moment with years of history.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        outcome = m_control.moveTo(chosen);
        QApplication::restoreOverrideCursor();
    }
    refresh();
    m_report(!outcome.ok(), outcome.ok() ? outcome.note : outcome.error);
    return outcome.ok();
}

} // namespace limber
