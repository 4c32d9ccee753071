#include "widgets/Hairline.h"

#include "widgets/PaletteTools.h"

#include <QPainter>

namespace limber {

Hairline::Hairline(QWidget *parent)
    : QWidget(parent)
{
    setFixedHeight(1);
}

void Hairline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), mixColors(palette().color(QPalette::Window),
                                       palette().color(QPalette::WindowText), 0.14));
}

} // namespace limber
