#include "widgets/QuietButton.h"

#include <QPushButton>

namespace limber {

void makeQuietButton(QPushButton *button)
{
    button->setStyleSheet(QStringLiteral(
        "QPushButton { border: 2px solid transparent; border-radius: 6px; padding: 5px 10px;"
        " background: transparent; }"
        "QPushButton:hover { background: palette(button); }"
        "QPushButton:focus { border-color: palette(highlight); }"));
}

} // namespace limber
