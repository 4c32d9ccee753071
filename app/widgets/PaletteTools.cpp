#include "widgets/PaletteTools.h"

#include <QPainter>
#include <QPalette>

namespace limber {

QColor mixColors(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

void paintTintedBox(QPainter &painter, const QRect &rect, const QColor &window, const QColor &tint,
                    double borderAmount, double fillAmount)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(mixColors(window, tint, borderAmount), 1));
    painter.setBrush(mixColors(window, tint, fillAmount));
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
}

} // namespace limber
