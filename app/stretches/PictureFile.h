#pragma once

#include <optional>
#include <QCoreApplication>
#include <QPixmap>
#include <QSize>
#include <QString>

namespace limber {

// A picture of the user's own for a stretch: PNG, JPEG or SVG of at most
// stretchLimits::maxImageBytes, recognised by its content rather than its name.
class PictureFile
{
    Q_DECLARE_TR_FUNCTIONS(PictureFile)

public:
    // Why path cannot be used, as "FILE: reason"; nothing when it can.
    static std::optional<QString> problem(const QString &path);
    // The picture scaled to fit within size (kept in proportion, never mirrored); a null
    // pixmap when it cannot be read.
    static QPixmap preview(const QString &path, const QSize &size, qreal devicePixelRatio = 1.0);
    // For the file chooser.
    static QString fileFilter();
};

} // namespace limber
