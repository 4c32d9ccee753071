#pragma once

// For the UI suites (it draws with QtGui): a catalog holding, besides the built-in stretches,
// the three kinds of the user's own (drawn, a PNG, an SVG) and a placeholder for a deleted one,
// as the shell fills it from the stretch store.

#include "figures/Illustration.h"
#include "model/Catalog.h"

#include <memory>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

namespace limber::test {

struct OwnStretchCatalog
{
    static constexpr QStringView drawnId = u"my-lunge";
    static constexpr QStringView pngId = u"my-photo";
    static constexpr QStringView svgId = u"my-diagram";
    static constexpr QStringView missingId = u"old-wall-stretch";

    OwnStretchCatalog()
    {
        // Left and right differ, so a mirrored picture would not pass for the original.
        QImage png(120, 80, QImage::Format_RGB32);
        png.fill(QColor(0x20, 0x60, 0xd0));
        QPainter(&png).fillRect(0, 0, 40, 80, QColor(0xe0, 0x30, 0x30));
        png.save(pngPath(), "PNG");
        QFile svg(svgPath());
        if (svg.open(QIODevice::WriteOnly)) {
            svg.write("<svg xmlns='http://www.w3.org/2000/svg' width='100' height='50' "
                      "viewBox='0 0 100 50'><rect width='100' height='50' fill='#2060d0'/>"
                      "<rect width='30' height='50' fill='#e03030'/></svg>");
        }

        // A copy of a built-in drawing, as the pose editor would hand it over.
        auto drawing = std::make_shared<Illustration>(illustrationOf(u"runners-lunge"));
        catalog.setOwnStretches({
            Stretch::own(drawnId.toString(),
                         WrittenText{QStringLiteral("Hallway lunge"),
                                     QStringLiteral("A deep lunge against the hallway wall."),
                                     {QStringLiteral("Step forward."), QStringLiteral("Sink.")},
                                     {QStringLiteral("Keep the knee over the ankle.")}},
                         {BodyArea::HipFlexors}, StretchKind::Hold, true, 40,
                         StretchPicture{drawing, {}}),
            Stretch::own(pngId.toString(),
                         WrittenText{QStringLiteral("Anna's doorway stretch"),
                                     QStringLiteral("From the physiotherapist's photo."),
                                     {QStringLiteral("Stand in the doorway.")},
                                     {}},
                         {BodyArea::Spine}, StretchKind::Hold, false, 30,
                         StretchPicture{nullptr, pngPath()}),
            Stretch::own(svgId.toString(),
                         WrittenText{QStringLiteral("Diagram twist"),
                                     QStringLiteral("As drawn on the clinic's sheet."),
                                     {QStringLiteral("Twist gently.")},
                                     {}},
                         {BodyArea::LowerBack}, StretchKind::Hold, true, 25,
                         StretchPicture{nullptr, svgPath()}),
        });
        catalog.setMissingStretches(
            {Stretch::missing(missingId.toString(), QStringLiteral("Old wall stretch"))});
    }

    QString pngPath() const { return folder.filePath(QStringLiteral("photo.png")); }
    QString svgPath() const { return folder.filePath(QStringLiteral("diagram.svg")); }

    QTemporaryDir folder;
    Catalog catalog{builtInStretches()};
};

} // namespace limber::test
