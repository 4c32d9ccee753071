#include "player/PlayerPrompts.h"

#include "player/PlayerView.h"

#include <QMessageBox>

namespace limber {

bool askToStop(QWidget *parent)
{
    return QMessageBox::question(parent, PlayerView::tr("Stop the routine?"),
                                 PlayerView::tr("Stop now and go back to the start?"),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

ItHurtsDialog::Choice askAfterHurt(QWidget *parent, const QString &stretchName)
{
    ItHurtsDialog dialog(stretchName, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace limber
