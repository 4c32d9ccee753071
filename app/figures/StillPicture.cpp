#include "figures/StillPicture.h"

#include "figures/FigurePainter.h"
#include "figures/StretchImage.h"
#include "model/Stretch.h"

#include <QPainter>

namespace limber {

void StillPicture::paint(QPainter &painter, const QRectF &target, const Stretch &stretch,
                         const FigureColors &colors, bool mirrored)
{
    const StretchPicture &picture = stretch.picture();
    if (stretch.isMissing()) {
        paintMissing(painter, target, colors.outline);
    } else if (picture.isDrawn()) {
        const Illustration &drawing = *picture.drawing;
        painter.save();
        FigurePainter(colors).paint(painter, target, drawing, stillPoseOf(drawing), mirrored, true);
        painter.restore();
    } else if (picture.isImage()) {
        StretchImage::load(picture.imagePath).paint(painter, target, colors.outline);
    }
}

QImage StillPicture::render(const Stretch &stretch, const QSize &size, const QPalette &palette,
                            bool mirrored, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), stretch, FigureColors::fromPalette(palette),
          mirrored);
    return image;
}

QString StillPicture::missingText()
{
    return tr("Missing stretch");
}

void StillPicture::paintMissing(QPainter &painter, const QRectF &target, const QColor &ink)
{
    if (target.width() < 8 || target.height() < 8)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor quiet = ink;
    quiet.setAlphaF(0.45f);
    const qreal inset = std::min(target.width(), target.height()) * 0.06;
    const QRectF box = target.adjusted(inset, inset, -inset, -inset);
    painter.setPen(QPen(quiet, std::max(1.0, inset / 4), Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box, inset, inset);
    // Sized to the box, so the words fill a small thumbnail as well as the player's picture.
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(box.height() / 7)));
    painter.setFont(font);
    const QString text = missingText();
    const QRectF textBox = box.adjusted(inset / 2, inset / 2, -inset / 2, -inset / 2);
    QFontMetricsF metrics(font);
    // Long translations wrap; if they still do not fit, they get smaller.
    while (font.pixelSize() > 8 &&
           metrics.boundingRect(textBox, Qt::AlignCenter | Qt::TextWordWrap, text).width() >
               textBox.width()) {
        font.setPixelSize(font.pixelSize() - 1);
        metrics = QFontMetricsF(font);
    }
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(textBox, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

} // namespace limber
