#pragma once

#include <optional>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace limber {

class HandoutLayout;
struct HandoutContent;

// Paints a handout layout with QPainter, as vectors: text as embedded fonts, figures as paths.
class HandoutRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HandoutRenderer)

public:
    // Every page, onto a PDF writer or a printer set to the layout's page size and full page.
    static void paint(const HandoutLayout &layout, QPagedPaintDevice &device);

    // Writes the handout to path atomically: the previous file stays intact on failure.
    // Returns the error ("FILE: reason") or nothing.
    static std::optional<QString> writePdf(const HandoutContent &content, const QPageSize &paper,
                                           const QString &path);
};

} // namespace limber
