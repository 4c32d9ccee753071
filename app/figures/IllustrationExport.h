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

    // One "<stretch-id>-<n>.png" per stretch and keyframe, each filling its picture (a still,
    // not a frame of an animation), the user's own drawn stretches included; a stretch shown by
    // the user's image gets one "<stretch-id>-0.png". 0 on success, 1 on a write error.
    static int writeAll(const Catalog &catalog, const QString &directory, int sizePx,
                        QTextStream &out, QTextStream &err);
};

} // namespace limber
