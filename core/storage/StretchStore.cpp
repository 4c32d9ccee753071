#include "storage/StretchStore.h"

#include "model/Catalog.h"
#include "storage/JsonFieldReader.h"
#include "storage/StoreNaming.h"
#include "storage/StretchFile.h"
#include "storage/SyncFileNames.h"

#include <algorithm>
#include <cerrno>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace limber {

namespace {
const QString fileSuffix = QStringLiteral(".json");

bool nameLessThan(const Stretch &a, const Stretch &b)
{
    const int order = QString::localeAwareCompare(a.name().toCaseFolded(), b.name().toCaseFolded());
    return order != 0 ? order < 0 : a.id() < b.id();
}

StoreResult failure(const QString &error)
{
    return {QString(), error};
}

QString messagesOf(QList<RoutineFileError> errors)
{
    QStringList lines;
    for (const RoutineFileError &error : errors)
        lines.append(error.message());
    return lines.join(QLatin1Char('\n'));
}

Stretch withIdAndPicture(const Stretch &stretch, const QString &id, StretchPicture picture)
{
    return Stretch::own(id, stretch.writtenText(), stretch.targets(), stretch.kind(),
                        stretch.isSided(), stretch.defaultHoldSeconds(), std::move(picture));
}

std::optional<QString> writeImage(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return StretchStore::tr("%1: cannot be written: %2").arg(path, file.errorString());
    // As in RoutineFile::write: Qt 6.4's commit() ignores a failing final flush.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return StretchStore::tr("%1: cannot be written: %2").arg(path, reason);
    }
    if (!file.commit())
        return StretchStore::tr("%1: cannot be written: %2").arg(path, file.errorString());
    return std::nullopt;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(stretchLimits::maxImageBytes + 1)
                                          : QByteArray();
}
} // namespace

StretchStore::StretchStore(Catalog &catalog, QString directory, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_directory(QDir(directory).absolutePath())
{
}

QList<BrokenRoutineFile> StretchStore::load(BrokenFiles broken)
{
    QList<Stretch> loaded;
    QList<BrokenRoutineFile> refused;
    const QDir folder(m_directory);
    // A sync tool's conflict copies are not stretches of their own.
    const QStringList files = SyncFileNames::dataFiles(folder, fileSuffix);
    for (const QString &fileName : files) {
        if (storenaming::isMovedAside(fileName))
            continue;
        const QString path = folder.filePath(fileName);
        const QString id = fileName.chopped(fileSuffix.size());
        QString reason;
        if (m_catalog.isBuiltInId(id)) {
            // A routine naming this id means the built-in stretch; the file could never be used.
            reason = tr("%1: \"%2\" is the id of a built-in stretch; give the file another name")
                         .arg(path, id);
        } else {
            StretchReadResult result = StretchFile::read(path);
            if (result.ok()) {
                loaded.append(std::move(*result.stretch));
                continue;
            }
            reason = result.errorText();
        }
        BrokenRoutineFile file{path, QString(), reason};
        if (broken == BrokenFiles::MoveAside)
            file.movedTo = moveAside(path);
        refused.append(std::move(file));
    }
    m_stretches = std::move(loaded);
    publish();
    return refused;
}

const Stretch *StretchStore::find(const QString &id) const
{
    const auto it = std::find_if(m_stretches.cbegin(), m_stretches.cend(),
                                 [&id](const Stretch &stretch) { return stretch.id() == id; });
    return it == m_stretches.cend() ? nullptr : &*it;
}

const Stretch *StretchStore::findByName(const QString &name) const
{
    const auto it =
        std::find_if(m_stretches.cbegin(), m_stretches.cend(), [&name](const Stretch &stretch) {
            return stretch.name().compare(name, Qt::CaseInsensitive) == 0;
        });
    return it == m_stretches.cend() ? nullptr : &*it;
}

QString StretchStore::uniqueName(const QString &wanted, const QString &exceptId) const
{
    const auto isTaken = [this, &exceptId](const QString &candidate) {
        return std::any_of(
                   m_catalog.stretches().cbegin(), m_catalog.stretches().cend(),
                   [&](const Stretch &builtIn) {
                       return builtIn.isBuiltIn() &&
                              (builtIn.name().compare(candidate, Qt::CaseInsensitive) == 0 ||
                               builtIn.untranslatedName().compare(candidate, Qt::CaseInsensitive) ==
                                   0);
                   }) ||
               std::any_of(m_stretches.cbegin(), m_stretches.cend(), [&](const Stretch &own) {
                   return own.id() != exceptId &&
                          own.name().compare(candidate, Qt::CaseInsensitive) == 0;
               });
    };
    return storenaming::numberedName(wanted, stretchLimits::maxNameLength, isTaken);
}

QString StretchStore::pathOf(const QString &id) const
{
    return QDir(m_directory).filePath(id + fileSuffix);
}

StoreResult StretchStore::create(const Stretch &stretch, const QString &imageSourcePath)
{
    QString error;
    const auto image = incomingImage(stretch, imageSourcePath, QString(), &error);
    if (!error.isEmpty())
        return failure(error);
    return put(QString(), stretch, image);
}

StoreResult StretchStore::save(const QString &id, const Stretch &stretch,
                               const QString &imageSourcePath)
{
    const Stretch *existing = find(id);
    if (!existing)
        return failure(tr("%1: there is no stretch of yours with this id").arg(id));
    QString error;
    const auto image =
        incomingImage(stretch, imageSourcePath, existing->picture().imagePath, &error);
    if (!error.isEmpty())
        return failure(error);
    return put(id, stretch, image);
}

StoreResult StretchStore::duplicateAsOwn(const Stretch &any)
{
    const WrittenText text{any.name(), any.summary(), any.steps(), any.cautions()};
    StretchPicture picture = any.picture();
    if (picture.isDrawn())
        picture.drawing = std::make_shared<const Illustration>(any.illustration());
    // create() copies an image from where the original keeps it, and numbers the name.
    return create(Stretch::own(QString(), text, any.targets(), any.kind(), any.isSided(),
                               any.defaultHoldSeconds(), picture));
}

StoreResult StretchStore::remove(const QString &id)
{
    const auto it = std::find_if(m_stretches.begin(), m_stretches.end(),
                                 [&id](const Stretch &stretch) { return stretch.id() == id; });
    if (it == m_stretches.end())
        return failure(tr("%1: there is no stretch of yours with this id").arg(id));
    const QString path = pathOf(id);
    QFile file(path);
    // A file someone else already deleted is as gone as the user wants it.
    if (!file.remove() && file.exists())
        return failure(tr("%1: cannot be deleted: %2").arg(path, file.errorString()));
    // Without its JSON the image is nobody's; one left behind would only take space.
    if (it->picture().isImage())
        QFile::remove(it->picture().imagePath);
    m_stretches.erase(it);
    publish();
    return {id, QString()};
}

StoreResult StretchStore::addImported(const Stretch &stretch, const QByteArray &imageBytes,
                                      const QString &imageType)
{
    if (imageBytes.isEmpty())
        return put(QString(), withIdAndPicture(stretch, QString(), {stretch.picture().drawing, {}}),
                   std::nullopt);
    const StretchImage image{imageBytes, imageType};
    if (!StretchImage::types().contains(imageType))
        return failure(tr("image_type: must be \"png\", \"jpeg\" or \"svg\""));
    if (const auto problem = StretchImage::problem(imageBytes, imageType))
        return failure(tr("image_data: %1").arg(*problem));
    return put(QString(), withIdAndPicture(stretch, QString(), {}), image);
}

const Stretch *StretchStore::findIdentical(const Stretch &stretch,
                                           const QByteArray &imageBytes) const
{
    for (const Stretch &own : m_stretches) {
        const bool sameWords = own.writtenText() == stretch.writtenText() &&
                               own.targets() == stretch.targets() && own.kind() == stretch.kind() &&
                               own.isSided() == stretch.isSided() &&
                               own.defaultHoldSeconds() == stretch.defaultHoldSeconds();
        if (!sameWords)
            continue;
        const bool samePicture =
            imageBytes.isEmpty()
                ? own.picture().isDrawn() && own.illustration() == stretch.illustration()
                : own.picture().isImage() && bytesOf(own.picture().imagePath) == imageBytes;
        if (samePicture)
            return &own;
    }
    return nullptr;
}

std::optional<StretchImage> StretchStore::incomingImage(const Stretch &stretch,
                                                        const QString &source,
                                                        const QString &keptPath,
                                                        QString *error) const
{
    QString path = source;
    if (path.isEmpty() && stretch.picture().isImage() &&
        QFileInfo(stretch.picture().imagePath) != QFileInfo(keptPath))
        path = stretch.picture().imagePath;
    if (path.isEmpty())
        return std::nullopt;
    return StretchImage::load(path, error);
}

StoreResult StretchStore::put(const QString &id, const Stretch &stretch,
                              const std::optional<StretchImage> &newImage)
{
    const Stretch *existing = id.isEmpty() ? nullptr : find(id);
    WrittenText text = stretch.writtenText();
    text.name = uniqueName(text.name, id);
    const QString finalId = existing ? id : freeId(text.name);
    const QString path = pathOf(finalId);
    const QString oldImage = existing ? existing->picture().imagePath : QString();

    StretchPicture picture = stretch.picture();
    if (newImage) {
        picture = {nullptr, QDir(m_directory)
                                .filePath(finalId + QLatin1Char('.') +
                                          StretchImage::suffixOf(newImage->type))};
    } else if (picture.isImage()) {
        picture.imagePath = oldImage; // incomingImage() found it is the stored one
    }
    const Stretch candidate =
        Stretch::own(finalId, text, stretch.targets(), stretch.kind(), stretch.isSided(),
                     stretch.defaultHoldSeconds(), picture);

    // Everything the next load() would check is checked before anything is written.
    JsonFieldReader reader(path);
    StretchFile::ObjectOptions options;
    options.images = newImage ? StretchImageMode::Embedded : StretchImageMode::FileBeside;
    options.imageDirectory = m_directory;
    const QJsonObject object =
        newImage ? StretchFile::toObject(candidate, *newImage) : StretchFile::toObject(candidate);
    if (!StretchFile::parseObject(object, finalId, QString(), options, reader))
        return failure(messagesOf(reader.takeErrors()));
    if (!QDir().mkpath(m_directory))
        return failure(tr("%1: the folder cannot be created").arg(m_directory));

    if (newImage) {
        if (const auto failed = writeImage(picture.imagePath, newImage->bytes))
            return failure(*failed);
    }
    if (const auto failed = StretchFile::write(candidate, path)) {
        if (newImage && picture.imagePath != oldImage)
            QFile::remove(picture.imagePath);
        return failure(failed->message());
    }
    if (!oldImage.isEmpty() && oldImage != picture.imagePath)
        QFile::remove(oldImage);

    if (existing)
        m_stretches.removeIf([&finalId](const Stretch &s) { return s.id() == finalId; });
    m_stretches.append(candidate);
    publish();
    return {finalId, QString()};
}

QString StretchStore::freeId(const QString &name) const
{
    const QString slug = storenaming::slugOf(name, QStringLiteral("stretch"));
    const QDir folder(m_directory);
    const auto isTaken = [&](const QString &id) {
        // An image of that name would be overwritten, a moved-aside file's name is its own.
        return m_catalog.contains(id) || find(id) || QFileInfo::exists(pathOf(id)) ||
               !folder.entryList({id + QStringLiteral(".*")}, QDir::Files).isEmpty();
    };
    QString id = slug;
    for (int counter = 2; isTaken(id); ++counter)
        id = slug + QLatin1Char('-') + QString::number(counter);
    return id;
}

QString StretchStore::moveAside(const QString &path) const
{
    return storenaming::moveAside(path, m_today());
}

void StretchStore::publish()
{
    std::sort(m_stretches.begin(), m_stretches.end(), nameLessThan);
    m_catalog.setOwnStretches(m_stretches);
    Q_EMIT stretchesChanged();
}

} // namespace limber
