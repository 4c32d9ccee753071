#pragma once

#include "model/Catalog.h"
#include "model/Routine.h"
#include "storage/RoutineStore.h"

#include <gtest/gtest.h>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

// Shared by the RoutineStore*Test files: a store in a temporary folder and ways to see exactly
// what is on disk.
namespace limber::test {

inline Routine storeRoutine(const QString &name, std::initializer_list<RoutineStep> steps = {})
{
    Routine routine;
    routine.name = name;
    routine.steps = steps.size() > 0 ? QList<RoutineStep>(steps)
                                     : QList<RoutineStep>{{QStringLiteral("cat-cow"), 40}};
    return routine;
}

// Every file in the folder with its bytes (one Latin-1 character per byte, so the comparison
// is exact and a failure prints readably): a test can tell that nothing at all changed.
inline QMap<QString, QString> folderContents(const QString &path)
{
    QMap<QString, QString> contents;
    const QDir folder(path);
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile file(folder.filePath(name));
        contents.insert(name, file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll())
                                                             : QStringLiteral("<unreadable>"));
    }
    return contents;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

class RoutineStoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        m_store.setDateSource([] { return QDate(2026, 3, 4); });
        QObject::connect(&m_store, &RoutineStore::routinesChanged, [this] { ++m_changes; });
    }

    QString folder() const { return m_folder.path(); }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

    // create() that must succeed; returns the id.
    QString created(const Routine &routine)
    {
        const StoreResult result = m_store.create(routine);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.id;
    }

    QString nameOf(const QString &id) const
    {
        const StoredRoutine *stored = m_store.find(id);
        return stored ? stored->routine.name : QStringLiteral("<no routine %1>").arg(id);
    }

    QTemporaryDir m_folder;
    RoutineStore m_store{Catalog::builtIn(), m_folder.path()};
    int m_changes = 0;
};

} // namespace limber::test
