#pragma once

#include "figures/Illustration.h"
#include "model/Catalog.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"
#include "sync/DataFolder.h"

#include <gtest/gtest.h>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>

// Shared by the data folder move and migration suites: folders filled through the real stores,
// and the whole of a folder tree as a value, so a test can tell that nothing at all changed.
namespace limber::test {

inline QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFileAt(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every file and folder under root, hidden ones too: relative path -> its bytes (one Latin-1
// character per byte) and modification time, "<folder>" for a folder. Empty when root is
// missing.
inline QMap<QString, QString> treeOf(const QString &root)
{
    QMap<QString, QString> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString relative = QDir(root).relativeFilePath(path);
        tree.insert(relative, info.isDir()
                                  ? latin1("<folder>")
                                  : QString::fromLatin1(bytesOf(path)) + latin1(" @") +
                                        QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    return tree;
}

// The files only (bytes, no times), for comparing two folders with each other.
inline QMap<QString, QByteArray> filesOf(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), bytesOf(path));
    }
    return files;
}

inline Routine routineNamed(const QString &name, int holdSeconds = 40,
                            const QString &stretchId = latin1("cat-cow"))
{
    Routine routine;
    routine.name = name;
    routine.steps = {{stretchId, holdSeconds}};
    return routine;
}

inline Stretch ownStretch(const QString &name, const QString &summary,
                          const QString &imagePath = {})
{
    StretchPicture picture;
    if (imagePath.isEmpty())
        picture.drawing = std::make_shared<const Illustration>(illustrationOf(u"knee-to-chest"));
    else
        picture.imagePath = imagePath;
    return Stretch::own({}, {name, summary, {latin1("Lean into it.")}, {}}, {BodyArea::Spine},
                        StretchKind::Hold, false, 30, picture);
}

// Starts with the PNG signature; stores check images by their signature only.
inline QByteArray pngBytes(char fill)
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(40, fill);
}

// One device's data folder, written through the same stores the app uses.
class DeviceFolder
{
public:
    explicit DeviceFolder(const QString &root)
        : m_folder(root)
    {
    }

    const DataFolder &folder() const { return m_folder; }
    QString root() const { return m_folder.root(); }
    QString path(const QString &relative) const { return m_folder.root() + u'/' + relative; }

    QString addRoutine(const Routine &routine)
    {
        const StoreResult made = m_routines.create(routine);
        EXPECT_TRUE(made.ok()) << made.error.toStdString();
        return made.id;
    }

    QString addStretch(const Stretch &stretch, const QString &imageSource = {})
    {
        const StoreResult made = m_stretches.create(stretch, imageSource);
        EXPECT_TRUE(made.ok()) << made.error.toStdString();
        return made.id;
    }

    void addFile(const QString &relative, const QByteArray &bytes)
    {
        EXPECT_TRUE(writeFileAt(path(relative), bytes)) << relative.toStdString();
    }

    // The folder as Limber reads it at start.
    struct Read
    {
        Catalog catalog{builtInStretches()};
        StretchStore stretches;
        RoutineStore routines;
        explicit Read(const DataFolder &folder)
            : stretches(catalog, folder.stretches())
            , routines(catalog, folder.routines())
        {
            stretches.load(RoutineStore::BrokenFiles::LeaveInPlace);
            routines.load(RoutineStore::BrokenFiles::LeaveInPlace);
        }
    };

private:
    DataFolder m_folder;
    Catalog m_catalog{builtInStretches()};
    StretchStore m_stretches{m_catalog, m_folder.stretches()};
    RoutineStore m_routines{m_catalog, m_folder.routines()};
};

} // namespace limber::test
