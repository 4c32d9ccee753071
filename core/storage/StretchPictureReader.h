#pragma once

#include "storage/StretchImage.h"

#include <optional>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace limber {

class JsonFieldReader;

// The image of a stretch as its JSON names or carries it (docs/stretch-format.md, "The
// image"), for StretchFile. Refusals are worded in StretchFile's translation context.
class StretchPictureReader
{
public:
    // "image": the name of a file in directory. Its absolute path, or nothing after refusing.
    static std::optional<QString> imageFile(const QJsonValue &value, const QString &field,
                                            const QString &directory, JsonFieldReader &reader);
    // "image_type" and "image_data" (base64) in object; nothing after refusing.
    static std::optional<StretchImage>
    embeddedImage(const QJsonObject &object, const QString &prefix, JsonFieldReader &reader);
};

} // namespace limber
