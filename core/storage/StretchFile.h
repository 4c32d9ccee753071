#pragma once

#include "model/Stretch.h"
#include "storage/RoutineFile.h"
#include "storage/StretchImage.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

class JsonFieldReader;

struct StretchReadResult
{
    std::optional<Stretch> stretch;
    QList<RoutineFileError> errors;

    bool ok() const { return stretch.has_value(); }
    QString errorText() const; // every message, one per line
};

// Where the image of a stretch that shows one comes from.
enum class StretchImageMode
{
    // "image": the name of a file beside the JSON (the stretches folder).
    FileBeside,
    // "image_data" (base64) and "image_type" ("png", "jpeg" or "svg"): inside the JSON, for
    // a routine file that carries its own stretches to another person.
    Embedded
};

// A stretch read from a JSON object, with the image bytes when they were embedded (its
// picture().imagePath is then empty: the bytes have no file yet).
struct ParsedStretch
{
    Stretch stretch;
    std::optional<StretchImage> embeddedImage;
};

// Reads and writes version 1 of the "limber-stretch" JSON format (docs/stretch-format.md):
// one of the user's own stretches, its texts as written, and either a drawn figure
// (IllustrationJson) or an image file beside it. Reading validates everything and never
// returns a partial stretch.
class StretchFile
{
    Q_DECLARE_TR_FUNCTIONS(StretchFile)

public:
    static constexpr QStringView formatName = u"limber-stretch";
    static constexpr int formatVersion = 1;

    // The stretch's id is the file's base name; its image is looked for beside it.
    static StretchReadResult read(const QString &path);
    // fileLabel names the source in error messages; imageDirectory is where "image" is.
    static StretchReadResult parse(const QByteArray &json, const QString &fileLabel,
                                   const QString &id, const QString &imageDirectory);

    // An image is written as the file name of picture().imagePath, which must lie beside the
    // JSON for it to read back.
    static QByteArray serialize(const Stretch &stretch);
    // Atomic: the old file stays intact unless the new one was written completely.
    static std::optional<RoutineFileError> write(const Stretch &stretch, const QString &path);

    // The pieces a format that embeds stretches reuses: a stretch as a JSON object without
    // "format" and "version".
    struct ObjectOptions
    {
        StretchImageMode images = StretchImageMode::FileBeside;
        QString imageDirectory; // FileBeside: where "image" files are
        // Keys the embedding format keeps in the same object (such as "id"); not refused here.
        QStringList extraKeys;
    };
    // fieldPrefix comes before every field in refusals ("stretches[0]."). Nothing when
    // anything was refused (the reasons are in reader).
    static std::optional<ParsedStretch> parseObject(const QJsonObject &object, const QString &id,
                                                    const QString &fieldPrefix,
                                                    const ObjectOptions &options,
                                                    JsonFieldReader &reader);
    // The image, if any, as a file name.
    static QJsonObject toObject(const Stretch &stretch);
    // The image as image_data and image_type (for a stretch that shows an image).
    static QJsonObject toObject(const Stretch &stretch, const StretchImage &image);
};

// Whether two stretches say and show the same: texts, body areas, kind, sides, hold and
// drawing. Ids and image files are not compared (images are compared by their bytes).
bool sameContent(const Stretch &a, const Stretch &b);

} // namespace limber
