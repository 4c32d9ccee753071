#pragma once

#include <memory>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;
class QSvgRenderer;

namespace limber {

// A picture the user chose for their own stretch: a PNG or JPEG read through QImageReader, or
// an SVG drawn by QSvgRenderer (which runs no scripts and loads nothing external). It is drawn
// scaled to fit, keeping its aspect ratio, and never mirrored: a photo or a therapist's
// drawing flipped would show the wrong hand or the text backwards.
class StretchImage
{
public:
    // Raster images are read down to this many pixels a side at most: enough for a full-screen
    // player, and a 2 MiB JPEG of a 50-megapixel photo costs no more memory than this.
    static constexpr int maxSide = 2048;

    StretchImage() = default;

    // Never throws or crashes: a file that is missing, too large, of another format or broken
    // gives an image that is not valid and draws a neutral placeholder.
    static StretchImage load(const QString &path);

    bool isValid() const { return m_svg != nullptr || !m_raster.isNull(); }
    const QString &path() const { return m_path; }
    // The picture's own size, in its units; empty when not valid.
    QSizeF naturalSize() const;

    // Centred in target, as large as fits without changing its shape. ink draws the
    // placeholder of an image that could not be read.
    void paint(QPainter &painter, const QRectF &target, const QColor &ink) const;
    static void paintPlaceholder(QPainter &painter, const QRectF &target, const QColor &ink);

private:
    QString m_path;
    QImage m_raster;
    std::shared_ptr<QSvgRenderer> m_svg;
};

} // namespace limber
