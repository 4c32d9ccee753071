#include "stretches/PictureFile.h"

#include "model/Stretch.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace limber {

namespace {
bool isRaster(const QString &path)
{
    QImageReader reader(path);
    // The format is read from the content: a JPEG named .png is still a JPEG, a text file
    // named .png is nothing.
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    return reader.canRead() && (format == "png" || format == "jpeg");
}

bool isSvg(const QString &path)
{
    const QSvgRenderer renderer(path);
    return renderer.isValid() && !renderer.defaultSize().isEmpty();
}
} // namespace

std::optional<QString> PictureFile::problem(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return tr("%1: the file does not exist.").arg(name);
    if (!info.isFile())
        return tr("%1: not a file.").arg(name);
    if (!info.isReadable())
        return tr("%1: the file cannot be read.").arg(name);
    if (info.size() > stretchLimits::maxImageBytes)
        return tr("%1: the picture is %2 MiB; the most is %3 MiB.")
            .arg(name)
            .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(stretchLimits::maxImageBytes / (1024 * 1024));
    if (info.size() == 0)
        return tr("%1: the file is empty.").arg(name);
    if (!isRaster(path) && !isSvg(path))
        return tr("%1: not a PNG, JPEG or SVG picture.").arg(name);
    return std::nullopt;
}

QPixmap PictureFile::preview(const QString &path, const QSize &size, qreal devicePixelRatio)
{
    if (size.isEmpty())
        return {};
    const QSize pixels = size * devicePixelRatio;
    QImage image;
    if (isRaster(path)) {
        QImageReader reader(path);
        reader.setDecideFormatFromContent(true);
        reader.setAutoTransform(true);
        image = reader.read().scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    } else {
        QSvgRenderer renderer(path);
        if (!renderer.isValid())
            return {};
        const QSize drawn = renderer.defaultSize().scaled(pixels, Qt::KeepAspectRatio);
        image = QImage(drawn, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
    }
    if (image.isNull())
        return {};
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QString PictureFile::fileFilter()
{
    return tr("Pictures (*.png *.jpg *.jpeg *.svg)");
}

} // namespace limber
