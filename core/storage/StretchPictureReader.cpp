#include "storage/StretchPictureReader.h"

#include "model/Stretch.h"
#include "storage/JsonFieldReader.h"
#include "storage/StretchFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace limber {

namespace {
const QLatin1StringView imageTypeKey{"image_type"};
const QLatin1StringView imageDataKey{"image_data"};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}
} // namespace

std::optional<QString> StretchPictureReader::imageFile(const QJsonValue &value,
                                                       const QString &field,
                                                       const QString &directory,
                                                       JsonFieldReader &reader)
{
    const auto fileName = reader.singleLine(value, field, 1, stretchLimits::maxNameLength);
    if (!fileName)
        return std::nullopt;
    if (fileName->contains(QLatin1Char('/')) || fileName->contains(QLatin1Char('\\')) ||
        *fileName == u"." || *fileName == u"..") {
        reader.refuse(field, StretchFile::tr("must be the name of a file beside the stretch "
                                             "file, without a folder"));
        return std::nullopt;
    }
    const QString type = StretchImage::typeOfSuffix(QFileInfo(*fileName).suffix());
    if (type.isEmpty()) {
        reader.refuse(field, StretchFile::tr("must name a .png, .jpg, .jpeg or .svg file"));
        return std::nullopt;
    }
    const QFileInfo info(QDir(directory), *fileName);
    if (!info.isFile()) {
        reader.refuse(
            field,
            StretchFile::tr("%1 is not in the folder of the stretch file").arg(quoted(*fileName)));
        return std::nullopt;
    }
    QFile file(info.absoluteFilePath());
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.read(stretchLimits::maxImageBytes + 1);
    if (!file.isOpen() || file.error() != QFileDevice::NoError) {
        reader.refuse(
            field,
            StretchFile::tr("%1 cannot be read: %2").arg(quoted(*fileName), file.errorString()));
        return std::nullopt;
    }
    if (const auto problem = StretchImage::problem(bytes, type)) {
        reader.refuse(field, StretchFile::tr("%1 %2", "file name, then why it cannot be shown")
                                 .arg(quoted(*fileName), *problem));
        return std::nullopt;
    }
    return info.absoluteFilePath();
}

std::optional<StretchImage> StretchPictureReader::embeddedImage(const QJsonObject &object,
                                                                const QString &prefix,
                                                                JsonFieldReader &reader)
{
    const QJsonValue typeValue = reader.required(object, imageTypeKey, prefix);
    const QJsonValue dataValue = reader.required(object, imageDataKey, prefix);
    StretchImage image;
    if (!typeValue.isUndefined()) {
        if (typeValue.isString() && StretchImage::types().contains(typeValue.toString()))
            image.type = typeValue.toString();
        else
            reader.refuse(prefix + imageTypeKey,
                          StretchFile::tr("must be \"png\", \"jpeg\" or \"svg\""));
    }
    if (dataValue.isUndefined())
        return std::nullopt;
    // Base64 takes four characters for every three bytes.
    constexpr qsizetype maxEncoded = (stretchLimits::maxImageBytes + 2) / 3 * 4;
    const QString encoded = dataValue.toString();
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!dataValue.isString() || encoded.isEmpty() || encoded.size() > maxEncoded + 4 || !decoded) {
        reader.refuse(prefix + imageDataKey,
                      encoded.size() > maxEncoded + 4
                          ? StretchImage::tr("is larger than %1 MiB")
                                .arg(stretchLimits::maxImageBytes / (1024 * 1024))
                          : StretchFile::tr("must be the image's bytes in base64"));
        return std::nullopt;
    }
    image.bytes = *decoded;
    if (image.type.isEmpty())
        return std::nullopt;
    if (const auto problem = StretchImage::problem(image.bytes, image.type)) {
        reader.refuse(prefix + imageDataKey, *problem);
        return std::nullopt;
    }
    return image;
}

} // namespace limber
