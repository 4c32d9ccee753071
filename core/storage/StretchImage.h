#pragma once

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace limber {

// A picture a user chose for a stretch: PNG, JPEG or SVG, at most stretchLimits::maxImageBytes.
// Its type is checked by its content (core has no image decoder): the PNG signature, the JPEG
// start-of-image marker, or UTF-8 XML whose root element is <svg>.
struct StretchImage
{
    Q_DECLARE_TR_FUNCTIONS(StretchImage)

public:
    QByteArray bytes;
    QString type; // "png", "jpeg" or "svg"

    static QStringList types();
    // The type a file name extension stands for ("jpg" and "jpeg" are "jpeg"), ignoring case;
    // empty for any other.
    static QString typeOfSuffix(QStringView suffix);
    // The extension the store gives a copy of this type: "png", "jpg" or "svg".
    static QString suffixOf(QStringView type);
    // What the content is, or empty when it is none of the types.
    static QString detectedType(const QByteArray &bytes);
    // Why bytes are not an acceptable image of type, or nothing when they are.
    static std::optional<QString> problem(const QByteArray &bytes, const QString &type);
    // Reads an image file, its type from its extension; nothing with error set ("FILE: reason")
    // when it cannot be read or is not acceptable.
    static std::optional<StretchImage> load(const QString &path, QString *error);

    friend bool operator==(const StretchImage &, const StretchImage &) = default;
};

} // namespace limber
