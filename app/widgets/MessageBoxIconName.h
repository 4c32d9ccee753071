#pragma once

namespace limber {

// Gives the icon of every QMessageBox a name for screen readers ("Warning", "Question"...).
// Qt exposes it as an unnamed picture, and the boxes are made in many places, several by
// QMessageBox's static functions, so this hooks Qt's accessibility factory once instead.
void nameMessageBoxIcons();

} // namespace limber
