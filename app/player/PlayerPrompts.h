#pragma once

#include "player/ItHurtsDialog.h"

class QString;
class QWidget;

namespace limber {

// The questions the player asks in a dialog of its own; PlayerView takes them as functions,
// so its tests can answer without a dialog.
bool askToStop(QWidget *parent);
ItHurtsDialog::Choice askAfterHurt(QWidget *parent, const QString &stretchName);

} // namespace limber
