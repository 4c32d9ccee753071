#include "figures/IllustrationExport.h"

#include "figures/FigurePainter.h"
#include "figures/StretchImage.h"
#include "model/Catalog.h"

#include <QDir>
#include <QPainter>
#include <QTextStream>

namespace limber {

namespace {
bool isPlainFileName(const QString &id)
{
    return !id.isEmpty() && !id.startsWith(u'.') && !id.contains(u'/') && !id.contains(u'\\');
}
} // namespace

QImage IllustrationExport::render(const Illustration &illustration, const Pose &pose,
                                  const QSize &size, const QPalette &palette, bool mirrored,
                                  qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    FigurePainter(FigureColors::fromPalette(palette))
        .paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), illustration, pose, mirrored, true);
    return image;
}

QImage IllustrationExport::renderImageFile(const QString &path, const QSize &size,
                                           const QPalette &palette)
{
    const StretchImage picture = StretchImage::load(path);
    if (!picture.isValid())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    picture.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), palette.color(QPalette::Text));
    return image;
}

int IllustrationExport::writeAll(const Catalog &catalog, const QString &directory, int sizePx,
                                 QTextStream &out, QTextStream &err)
{
    if (!QDir().mkpath(directory)) {
        err << tr("%1: cannot create the folder").arg(directory) << '\n';
        return 1;
    }
    const QDir target(directory);
    const QPalette palette; // the application's palette: light unless the platform says dark
    int written = 0;
    for (const Stretch &stretch : catalog.stretches()) {
        // The id names the file: one that could reach outside the folder is left out.
        if (stretch.isMissing() || !isPlainFileName(stretch.id()))
            continue;
        if (stretch.picture().isImage()) {
            const QString path = target.filePath(QStringLiteral("%1-0.png").arg(stretch.id()));
            const QImage image =
                renderImageFile(stretch.picture().imagePath, QSize(sizePx, sizePx), palette);
            if (image.isNull()) {
                // One unreadable picture of the user's must not stop the review of the rest.
                err << tr("%1: the picture of \"%2\" cannot be read; skipped")
                           .arg(stretch.picture().imagePath, stretch.name())
                    << '\n';
                continue;
            }
            if (!image.save(path, "PNG")) {
                err << tr("%1: cannot be written").arg(path) << '\n';
                return 1;
            }
            ++written;
            continue;
        }
        const Illustration &illustration = stretch.illustration();
        for (qsizetype index = 0; index < illustration.keyframes.size(); ++index) {
            const QString path =
                target.filePath(QStringLiteral("%1-%2.png").arg(stretch.id()).arg(index));
            const QImage image = render(illustration, illustration.keyframes.at(index),
                                        QSize(sizePx, sizePx), palette);
            if (!image.save(path, "PNG")) {
                err << tr("%1: cannot be written").arg(path) << '\n';
                return 1;
            }
            ++written;
        }
    }
    out << tr("%n illustration(s) written to %1", nullptr, written).arg(directory) << '\n';
    return 0;
}

} // namespace limber
