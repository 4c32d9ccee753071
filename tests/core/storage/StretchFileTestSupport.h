#pragma once

#include "figures/Illustration.h"
#include "model/Stretch.h"
#include "storage/JsonFieldReader.h"
#include "storage/StretchFile.h"

#include <gtest/gtest.h>
#include <memory>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Shared by the StretchFile*, PoseJson and StretchStore tests: stretches that use every field,
// image bytes of each type, and parse wrappers that name the input "my.json".
namespace limber::test {

inline QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

// Starts with the PNG signature; the format checks content by its signature only.
inline QByteArray pngBytes(char fill = 'p')
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(24, fill);
}

inline QByteArray jpegBytes()
{
    return QByteArrayLiteral("\xff\xd8\xff\xe0") + QByteArray(16, 'j');
}

inline QByteArray svgBytes()
{
    return QByteArrayLiteral("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                             "width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>\n");
}

inline bool writeBytesTo(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray fileBytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline WrittenText everyText()
{
    return {QStringLiteral("Hamstring floss \u2014 \u00e9tirement"),
            QStringLiteral("Slides the nerve, gently"),
            {QStringLiteral("Lie on your back."),
             QStringLiteral("Hold the thigh.\nStraighten the knee slowly.")},
            {QStringLiteral("Stop if it tingles.")}};
}

inline std::shared_ptr<const Illustration> drawingOf(const char *builtInId)
{
    return std::make_shared<const Illustration>(illustrationOf(latin(builtInId)));
}

// A sided hold drawn with the knee-to-chest figure, every text field set.
inline Stretch drawnStretch(const QString &id = QStringLiteral("my-stretch"))
{
    return Stretch::own(id, everyText(), {BodyArea::Hamstrings, BodyArea::LowerBack},
                        StretchKind::Hold, true, 45, {drawingOf("knee-to-chest"), {}});
}

inline Stretch flowingStretch(const QString &id = QStringLiteral("my-flow"))
{
    return Stretch::own(id, {QStringLiteral("Rocking cat"), {}, {QStringLiteral("Rock.")}, {}},
                        {BodyArea::Spine}, StretchKind::Flow, false, 60,
                        {drawingOf("cat-cow"), {}});
}

inline Stretch imageStretch(const QString &imagePath,
                            const QString &id = QStringLiteral("my-picture"))
{
    return Stretch::own(id,
                        {QStringLiteral("Wall calf stretch"), {}, {QStringLiteral("Lean.")}, {}},
                        {BodyArea::Hamstrings}, StretchKind::Hold, false, 30, {nullptr, imagePath});
}

inline QStringList messagesOf(const StretchReadResult &result)
{
    QStringList messages;
    for (const RoutineFileError &error : result.errors)
        messages.append(error.message());
    return messages;
}

inline ::testing::AssertionResult isRefusedWith(const StretchReadResult &result,
                                                const QStringList &expected)
{
    if (result.ok())
        return ::testing::AssertionFailure()
               << "was accepted, expected refusal with ["
               << expected.join(QStringLiteral(" | ")).toStdString() << "]";
    const QStringList actual = messagesOf(result);
    if (actual != expected)
        return ::testing::AssertionFailure()
               << "messages were\n  [" << actual.join(QStringLiteral(" | ")).toStdString()
               << "]\nexpected\n  [" << expected.join(QStringLiteral(" | ")).toStdString() << "]";
    return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult isAccepted(const StretchReadResult &result)
{
    if (!result.ok() || !result.errors.isEmpty())
        return ::testing::AssertionFailure() << "was refused:\n"
                                             << result.errorText().toStdString();
    return ::testing::AssertionSuccess();
}

// Parses as "my.json" with id "my-stretch", images looked for in imageDirectory.
inline StretchReadResult parseStretch(const QByteArray &json, const QString &imageDirectory = {})
{
    return StretchFile::parse(json, QStringLiteral("my.json"), QStringLiteral("my-stretch"),
                              imageDirectory);
}

inline StretchReadResult parseStretch(const QJsonObject &object, const QString &imageDirectory = {})
{
    return parseStretch(QJsonDocument(object).toJson(), imageDirectory);
}

// The serialized drawn stretch as an object, to change one field of.
inline QJsonObject drawnDocument()
{
    return QJsonDocument::fromJson(StretchFile::serialize(drawnStretch())).object();
}

inline QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    object.insert(latin(key), value);
    return object;
}

inline QJsonObject without(QJsonObject object, const char *key)
{
    object.remove(latin(key));
    return object;
}

} // namespace limber::test
