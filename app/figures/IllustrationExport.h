#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QPalette>

class QTextStream;

namespace limber {

class Catalog;
struct Illustration;
struct Pose;

// Renders illustrations to images: the library's thumbnails and the review PNGs written by
// `limber --render-illustrations DIR`.
class IllustrationExport
{
    Q_DECLARE_TR_FUNCTIONS(IllustrationExport)

public:
    static QImage render(const Illustration &illustration, const Pose &pose, const QSize &size,
                         const QPalette &palette, bool mirrored = false,
                         qreal devicePixelRatio = 1.0);

    // An image the user chose for a stretch (PNG, JPEG or SVG), scaled to fit size on the
    // palette's background; a null image when it cannot be read.
    static QImage renderImageFile(const QString &path, const QSize &size, const QPalette &palette);

    // One "<stretch-id>-<n>.png" per stretch and keyframe, each filling its picture (a still,
    // not a frame of an animation), built-in and the user's own drawn ones alike; one
    // "<stretch-id>-0.png" for a stretch that shows an image (scaled to fit; one that cannot be
    // read is skipped with a note on err). Missing stretches have no picture. 0 on success, 1
    // on a write error.
    static int writeAll(const Catalog &catalog, const QString &directory, int sizePx,
                        QTextStream &out, QTextStream &err);
};

} // namespace limber
