// libFuzzer target for the stretch file reader: stretch files are written by hand and shared,
// and an image file named in one can hold anything. Any input must either be refused with
// messages naming the file or give a stretch; a stretch must survive being written and read
// back unchanged, and embedded in a routine (its image as base64) and read back the same. The
// input is also checked as image content, which runs the SVG (XML) check on it.
// ASan and UBSan turn memory errors and undefined behaviour into crashes.

#include "model/Stretch.h"
#include "storage/JsonFieldReader.h"
#include "storage/StretchFile.h"
#include "storage/StretchImage.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QString>
#include <QTemporaryDir>

namespace {
using limber::StretchFile;
using limber::StretchImage;

// The images the seed corpus names, beside where the fuzzer's stretch files "are".
const QString &imageDirectory()
{
    static QTemporaryDir directory;
    static const bool written = [] {
        const auto put = [](const char *name, const QByteArray &bytes) {
            QFile file(directory.filePath(QString::fromLatin1(name)));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(16, 'p');
        const QByteArray svg =
            QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"5\"/></svg>");
        return put("calf.png", png) && put("wall.svg", svg) &&
               put("photo.jpg", QByteArrayLiteral("\xff\xd8\xff\xe0") + QByteArray(8, 'j')) &&
               put("fake.png", "not a png") && put("not-svg.svg", "<html/>");
    }();
    static const QString path = written ? directory.path() : QString();
    if (path.isEmpty())
        __builtin_trap();
    return path;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void checkEmbedding(const limber::Stretch &stretch)
{
    const QString label = QStringLiteral("fuzz-routine.json");
    std::optional<StretchImage> image;
    if (stretch.picture().isImage()) {
        const QString path = stretch.picture().imagePath;
        image = StretchImage{bytesOf(path),
                             StretchImage::typeOfSuffix(path.section(QLatin1Char('.'), -1))};
    }
    const QJsonObject object =
        image ? StretchFile::toObject(stretch, *image) : StretchFile::toObject(stretch);
    limber::JsonFieldReader reader(label);
    StretchFile::ObjectOptions options;
    options.images = limber::StretchImageMode::Embedded;
    const auto parsed = StretchFile::parseObject(object, stretch.id(),
                                                 QStringLiteral("stretches[0]."), options, reader);
    // Embedded, the image is bytes with no file yet: the stretch read has no image path.
    const limber::Stretch withoutFile = limber::Stretch::own(
        stretch.id(), stretch.writtenText(), stretch.targets(), stretch.kind(), stretch.isSided(),
        stretch.defaultHoldSeconds(), {stretch.picture().drawing, {}});
    if (!parsed || !limber::sameContent(parsed->stretch, withoutFile) ||
        parsed->embeddedImage.has_value() != image.has_value() ||
        (image && *parsed->embeddedImage != *image))
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString label = QStringLiteral("fuzz.json");
    const QString id = QStringLiteral("fuzz");

    // As image content: a type recognised must be a type accepted.
    const QString type = StretchImage::detectedType(input);
    if (!type.isEmpty() && input.size() <= limber::stretchLimits::maxImageBytes &&
        StretchImage::problem(input, type))
        __builtin_trap();

    const auto first = StretchFile::parse(input, label, id, imageDirectory());
    if (!first.stretch) {
        // A refusal must say why, and of which file.
        if (first.errors.isEmpty())
            __builtin_trap();
        for (const limber::RoutineFileError &error : first.errors) {
            if (error.file != label || error.reason.isEmpty())
                __builtin_trap();
        }
        return 0;
    }

    const auto second =
        StretchFile::parse(StretchFile::serialize(*first.stretch), label, id, imageDirectory());
    if (!second.stretch || !limber::sameContent(*second.stretch, *first.stretch) ||
        second.stretch->picture().imagePath != first.stretch->picture().imagePath)
        __builtin_trap();
    checkEmbedding(*first.stretch);
    return 0;
}
