#include "handout/HandoutRenderer.h"

#include "figures/FigurePainter.h"
#include "figures/StretchImage.h"
#include "handout/HandoutContent.h"
#include "handout/HandoutLayout.h"
#include "handout/WrappedText.h"

#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>

namespace limber {

namespace {

// Black on white whatever the desktop's scheme; the greys and the tint stay distinct when
// printed in black and white.
const QColor ink(0x11, 0x11, 0x11);
const QColor secondaryInk(0x44, 0x44, 0x44);
const QColor frameLine(0x88, 0x88, 0x88);
const QColor tint(0xee, 0xee, 0xee);

FigureColors printColors()
{
    QPalette palette;
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    FigureColors colors = FigureColors::fromPalette(palette);
    return colors;
}

void paintItem(QPainter &painter, const HandoutItem &item, const FigurePainter &figures)
{
    switch (item.kind) {
    case HandoutItem::Kind::Text:
        painter.setPen(item.font == HandoutFont::Small || item.font == HandoutFont::Footer
                           ? secondaryInk
                           : ink);
        WrappedText::draw(painter, item.text, HandoutLayout::font(item.font), item.rect,
                          item.alignment);
        break;
    case HandoutItem::Kind::Figure: {
        if (!item.picture.isDrawn()) {
            // An SVG stays vectors in the PDF; a photo is embedded at its own resolution.
            if (item.picture.isImage())
                StretchImage::load(item.picture.imagePath).paint(painter, item.rect, frameLine);
            break;
        }
        const Illustration &illustration = *item.picture.drawing;
        // The held pose: what the person keeps still, or the far end of a flow.
        const Pose &pose = illustration.keyframes.size() > 1 ? illustration.keyframes.at(1)
                                                             : illustration.keyframes.first();
        painter.save();
        figures.paint(painter, item.rect, illustration, pose, item.mirrored);
        painter.restore();
        break;
    }
    case HandoutItem::Kind::Frame:
        painter.setPen(QPen(frameLine, 6));
        painter.setBrush(item.filled ? QBrush(tint) : QBrush(Qt::NoBrush));
        painter.drawRect(item.rect);
        break;
    case HandoutItem::Kind::Rule:
        painter.setPen(QPen(frameLine, 6));
        painter.drawLine(item.rect.topLeft(), item.rect.topRight());
        break;
    }
}

} // namespace

void HandoutRenderer::paint(const HandoutLayout &layout, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device.logicalDpiX() / (72.0 * HandoutLayout::unitsPerPoint);
    const FigurePainter figures(printColors());
    bool first = true;
    for (const HandoutPage &page : layout.pages()) {
        if (!first)
            device.newPage();
        first = false;
        painter.save();
        painter.scale(scale, scale);
        for (const HandoutItem &item : page.items)
            paintItem(painter, item, figures);
        painter.restore();
    }
    painter.end();
}

std::optional<QString> HandoutRenderer::writePdf(const HandoutContent &content,
                                                 const QPageSize &paper, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be written: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(paper);
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(int(72 * HandoutLayout::unitsPerPoint));
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Limber"));
        paint(HandoutLayout::compute(content, paper), writer);
    }
    if (!file.commit())
        return tr("%1: cannot be written: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace limber
