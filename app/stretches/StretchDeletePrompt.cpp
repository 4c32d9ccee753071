#include "stretches/StretchDeletePrompt.h"

#include <QCollator>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace limber {

std::unique_ptr<QMessageBox> StretchDeletePrompt::create(QWidget *parent,
                                                         const QString &stretchName,
                                                         const QStringList &routineNames)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Question, tr("Delete stretch"),
                                             tr("Delete “%1”?").arg(stretchName),
                                             QMessageBox::Cancel, parent);
    if (routineNames.isEmpty()) {
        box->setInformativeText(tr("No routine uses it. It is removed for good."));
    } else {
        QStringList sorted = routineNames;
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(sorted.begin(), sorted.end(), collator);
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("“%1” is used by %n routine(s): %2.", nullptr, int(sorted.size()))
                         .arg(stretchName, QLocale().createSeparatedList(sorted)));
        box->setInformativeText(tr("Their steps stay, shown as a missing stretch. "
                                   "Delete it?"));
    }
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    return box;
}

bool StretchDeletePrompt::confirm(QWidget *parent, const QString &stretchName,
                                  const QStringList &routineNames)
{
    const auto box = create(parent, stretchName, routineNames);
    box->exec();
    return box->clickedButton() != nullptr &&
           box->buttonRole(box->clickedButton()) == QMessageBox::DestructiveRole;
}

} // namespace limber
