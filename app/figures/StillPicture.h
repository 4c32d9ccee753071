#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QPalette>

class QPainter;

namespace limber {

class Stretch;
struct FigureColors;

// A still of whatever shows a stretch, for thumbnails, exports and handouts: the drawn figure
// in its telling pose (mirrored when asked), the user's image scaled to fit (never mirrored),
// or, for a stretch that was deleted, the words "Missing stretch" where its picture was.
class StillPicture
{
    Q_DECLARE_TR_FUNCTIONS(StillPicture)

public:
    static void paint(QPainter &painter, const QRectF &target, const Stretch &stretch,
                      const FigureColors &colors, bool mirrored = false);
    static QImage render(const Stretch &stretch, const QSize &size, const QPalette &palette,
                         bool mirrored = false, qreal devicePixelRatio = 1.0);

    // What stands where a deleted stretch's picture was.
    static QString missingText();
    static void paintMissing(QPainter &painter, const QRectF &target, const QColor &ink);
};

} // namespace limber
