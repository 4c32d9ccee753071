#include "settings/DataFolderSection.h"

#include "QtPrinters.h"
#include "storage/RoutineStore.h"
#include "sync/LiveDataFolder.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace limber;

namespace {

// The section over a real data folder, moved as the person would from Settings.
class DataFolderSectionTest : public ::testing::Test
{
protected:
    DataFolderSectionTest()
    {
        data.rememberChoiceIn(&local);
        data.load();
        Routine routine;
        routine.name = QStringLiteral("Evening unwind");
        routine.steps = {{QStringLiteral("cat-cow"), 40}};
        EXPECT_TRUE(data.routines().create(routine).ok());
        section.setFolderChooser([this](const QString &) { return chosen; });
        section.setReporter(
            [this](bool failed, const QString &text) { (failed ? failures : notes).append(text); });
    }

    DataFolderControl control()
    {
        return {[this] { return data.folder().root(); }, false,
                [this](const QString &root) {
                    const DataFolderMoveResult moved = data.moveTo(root);
                    return DataFolderMoveOutcome{moved.error, moved.oldFolderNote};
                }};
    }

    QTemporaryDir dir;
    QSettings local{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    LiveDataFolder data{DataFolder(dir.filePath(QStringLiteral("old"))),
                        QStringLiteral("this-device"), QStringLiteral("laptop")};
    DataFolderSection section{control()};
    QString chosen;
    QStringList failures;
    QStringList notes;
};

TEST_F(DataFolderSectionTest, ShowsTheFolderInUse)
{
    EXPECT_EQ(section.pathLabel()->text(), QDir::toNativeSeparators(data.folder().root()));
    EXPECT_TRUE(section.changeButton()->isEnabled());
}

TEST_F(DataFolderSectionTest, MovingCopiesSwitchesRemembersAndLeavesTheOldFolder)
{
    QTemporaryDir synced;
    chosen = synced.filePath(QStringLiteral("limber"));
    const QString oldFile = data.routines().routines().first().path;

    ASSERT_TRUE(section.changeFolder()) << failures.join(u'\n').toStdString();
    EXPECT_EQ(data.folder().root(), chosen);
    EXPECT_EQ(DataFolder::chosen(local).root(), chosen);
    EXPECT_EQ(section.pathLabel()->text(), QDir::toNativeSeparators(chosen));
    ASSERT_EQ(data.routines().routines().size(), 1);
    EXPECT_TRUE(data.routines().routines().first().path.startsWith(chosen));
    EXPECT_TRUE(QFile::exists(oldFile)) << "the old folder is left as it was";
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(
        notes.first().contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("old")))))
        << notes.first().toStdString();
}

TEST_F(DataFolderSectionTest, AFolderThatCannotBeMadeChangesNothingAndSaysWhy)
{
    // A regular file where a folder would have to be: no one, root included, can make it.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    chosen = blocker.fileName() + QStringLiteral("/limber");
    const QString before = data.folder().root();

    EXPECT_FALSE(section.changeFolder());
    EXPECT_EQ(data.folder().root(), before);
    EXPECT_EQ(DataFolder::chosen(local).root(), DataFolder::defaultRoot());
    ASSERT_EQ(failures.size(), 1);
    // Names the place that stopped it and why.
    EXPECT_TRUE(failures.first().contains(blocker.fileName())) << failures.first().toStdString();
    EXPECT_EQ(data.routines().routines().size(), 1);
}

TEST_F(DataFolderSectionTest, ForThisRunOnlyTheFolderCannotBeChangedHere)
{
    DataFolderControl fixed = control();
    fixed.forThisRunOnly = true;
    DataFolderSection runOnly(fixed);
    EXPECT_FALSE(runOnly.changeButton()->isEnabled());
}

} // namespace
