#include "storage/StretchImage.h"

#include "model/Stretch.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace limber {

namespace {
const QString png = QStringLiteral("png");
const QString jpeg = QStringLiteral("jpeg");
const QString svg = QStringLiteral("svg");

bool isPng(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
}

bool isJpeg(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff"));
}

// Well-formed UTF-8 XML with <svg> at its root: what a drawing program saves.
bool isSvg(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    QXmlStreamReader xml(text);
    bool rootSeen = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !rootSeen) {
            if (xml.name() != u"svg")
                return false;
            rootSeen = true;
        }
    }
    return rootSeen && !xml.hasError();
}

QString typeName(const QString &type)
{
    if (type == png)
        return StretchImage::tr("a PNG image");
    if (type == jpeg)
        return StretchImage::tr("a JPEG image");
    return StretchImage::tr("an SVG image (XML whose root element is <svg>)");
}
} // namespace

QStringList StretchImage::types()
{
    return {png, jpeg, svg};
}

QString StretchImage::typeOfSuffix(QStringView suffix)
{
    if (suffix.compare(u"png", Qt::CaseInsensitive) == 0)
        return png;
    if (suffix.compare(u"jpg", Qt::CaseInsensitive) == 0 ||
        suffix.compare(u"jpeg", Qt::CaseInsensitive) == 0)
        return jpeg;
    if (suffix.compare(u"svg", Qt::CaseInsensitive) == 0)
        return svg;
    return {};
}

QString StretchImage::suffixOf(QStringView type)
{
    return type == jpeg ? QStringLiteral("jpg") : type.toString();
}

QString StretchImage::detectedType(const QByteArray &bytes)
{
    if (isPng(bytes))
        return png;
    if (isJpeg(bytes))
        return jpeg;
    return isSvg(bytes) ? svg : QString();
}

std::optional<QString> StretchImage::problem(const QByteArray &bytes, const QString &type)
{
    if (bytes.size() > stretchLimits::maxImageBytes)
        return tr("is larger than %1 MiB").arg(stretchLimits::maxImageBytes / (1024 * 1024));
    const bool matches = type == png    ? isPng(bytes)
                         : type == jpeg ? isJpeg(bytes)
                         : type == svg  ? isSvg(bytes)
                                        : false;
    if (!matches)
        return tr("is not %1").arg(typeName(type));
    return std::nullopt;
}

std::optional<StretchImage> StretchImage::load(const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = path + QStringLiteral(": ") + reason;
        return std::nullopt;
    };
    const QString type = typeOfSuffix(QFileInfo(path).suffix());
    if (type.isEmpty())
        return fail(tr("must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be opened: %1").arg(file.errorString()));
    // One byte past the limit tells that it is too large without reading all of it.
    StretchImage image{file.read(stretchLimits::maxImageBytes + 1), type};
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    if (const auto reason = problem(image.bytes, type))
        return fail(*reason);
    return image;
}

} // namespace limber
