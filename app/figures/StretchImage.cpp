#include "figures/StretchImage.h"

#include "model/Stretch.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace limber {

namespace {
// A small file can claim a huge canvas (a PNG of one colour packs well): past this many pixels
// (160 MB decoded) it is refused before anything is allocated.
constexpr qint64 maxPixels = 40'000'000;

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > stretchLimits::maxImageBytes)
        return {};
    return file.read(stretchLimits::maxImageBytes + 1);
}

bool isSvgPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
}

QImage readRaster(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Only the two formats users are told about: every other decoder stays out of reach.
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return {};
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || qint64(size.width()) * size.height() > maxPixels)
        return {};
    if (size.width() > StretchImage::maxSide || size.height() > StretchImage::maxSide)
        reader.setScaledSize(
            size.scaled(StretchImage::maxSide, StretchImage::maxSide, Qt::KeepAspectRatio));
    QImage image;
    if (!reader.read(&image))
        return {};
    return image;
}

std::shared_ptr<QSvgRenderer> readSvg(const QByteArray &bytes)
{
    // A gzip-compressed SVG could unpack to far more than the 2 MiB allowed.
    if (bytes.startsWith("\x1f\x8b"))
        return nullptr;
    auto renderer = std::make_shared<QSvgRenderer>(bytes);
    if (!renderer->isValid() || renderer->defaultSize().isEmpty())
        return nullptr;
    return renderer;
}
} // namespace

StretchImage StretchImage::load(const QString &path)
{
    StretchImage image;
    image.m_path = path;
    const QByteArray bytes = readSmallFile(path);
    if (bytes.isEmpty())
        return image;
    if (isSvgPath(path))
        image.m_svg = readSvg(bytes);
    else
        image.m_raster = readRaster(bytes);
    return image;
}

QSizeF StretchImage::naturalSize() const
{
    if (m_svg)
        return m_svg->viewBoxF().isEmpty() ? QSizeF(m_svg->defaultSize())
                                           : m_svg->viewBoxF().size();
    return m_raster.isNull() ? QSizeF() : QSizeF(m_raster.size());
}

void StretchImage::paint(QPainter &painter, const QRectF &target, const QColor &ink) const
{
    const QSizeF natural = naturalSize();
    if (!isValid() || natural.isEmpty() || target.isEmpty()) {
        paintPlaceholder(painter, target, ink);
        return;
    }
    const QSizeF fitted = natural.scaled(target.size(), Qt::KeepAspectRatio);
    const QRectF placed(target.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_svg)
        m_svg->render(&painter, placed);
    else
        painter.drawImage(placed, m_raster);
    painter.restore();
}

void StretchImage::paintPlaceholder(QPainter &painter, const QRectF &target, const QColor &ink)
{
    // A framed landscape, the usual sign for "a picture belongs here", in a quiet colour.
    const qreal side = std::min(target.width(), target.height()) * 0.5;
    if (side <= 4)
        return;
    const QRectF frame(target.center() - QPointF(side / 2, side * 0.4), QSizeF(side, side * 0.8));
    QColor quiet = ink;
    quiet.setAlphaF(0.35f);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(quiet, std::max(1.0, side / 24), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(frame, side / 12, side / 12);
    QPainterPath hills;
    hills.moveTo(frame.left() + side * 0.1, frame.bottom() - side * 0.12);
    hills.lineTo(frame.left() + side * 0.38, frame.top() + side * 0.38);
    hills.lineTo(frame.left() + side * 0.58, frame.bottom() - side * 0.3);
    hills.lineTo(frame.left() + side * 0.7, frame.top() + side * 0.48);
    hills.lineTo(frame.right() - side * 0.1, frame.bottom() - side * 0.12);
    painter.drawPath(hills);
    painter.setBrush(quiet);
    painter.drawEllipse(QPointF(frame.right() - side * 0.25, frame.top() + side * 0.2), side / 14,
                        side / 14);
    painter.restore();
}

} // namespace limber
