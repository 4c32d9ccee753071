#include "sync/DataFolder.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace limber;

TEST(DataFolderTest, TheDefaultIsLimberInsideTheXdgDataFolderNotOrganizationAndApp)
{
    EXPECT_EQ(DataFolder::defaultRoot(),
              QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                  QStringLiteral("/limber"));
}

TEST(DataFolderTest, EveryPartHasItsSubfolder)
{
    const DataFolder folder(QStringLiteral("/sync/limber/"));
    EXPECT_EQ(folder.root(), QStringLiteral("/sync/limber"));
    EXPECT_EQ(folder.routines(), QStringLiteral("/sync/limber/routines"));
    EXPECT_EQ(folder.stretches(), QStringLiteral("/sync/limber/stretches"));
    EXPECT_EQ(folder.history(), QStringLiteral("/sync/limber/history"));
    EXPECT_EQ(folder.preferences(), QStringLiteral("/sync/limber/preferences"));
}

TEST(DataFolderTest, TheChosenFolderIsRememberedLocallyAndTheDefaultIsNoChoice)
{
    QTemporaryDir config;
    QSettings local(config.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat);
    EXPECT_EQ(DataFolder::chosen(local).root(), DataFolder::defaultRoot());

    DataFolder::choose(local, QStringLiteral("/home/anna/Sync/limber/"));
    EXPECT_EQ(DataFolder::chosen(local).root(), QStringLiteral("/home/anna/Sync/limber"));

    DataFolder::choose(local, DataFolder::defaultRoot());
    EXPECT_EQ(DataFolder::chosen(local).root(), DataFolder::defaultRoot());
    EXPECT_TRUE(local.allKeys().isEmpty());
}
