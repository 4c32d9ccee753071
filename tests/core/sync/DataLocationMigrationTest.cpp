// The location fix: data once kept in "<data>/Limber/limber" and settings in
// "<config>/Limber/limber.conf" move once to "<data>/limber" and "<config>/limber/limber.conf".

#include "sync/DataLocationMigration.h"

#include "DataFolderTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace limber;
using namespace limber::test;

namespace {

class DataLocationMigrationTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_base.isValid()); }

    QString data(const char *relative) const
    {
        return m_base.filePath(latin1("data/") + latin1(relative));
    }
    QString config(const char *relative) const
    {
        return m_base.filePath(latin1("config/") + latin1(relative));
    }
    DataLocationMigration migration() const
    {
        return DataLocationMigration(m_base.filePath(latin1("data")),
                                     m_base.filePath(latin1("config")));
    }
    void fillOldFolder()
    {
        ASSERT_TRUE(writeFileAt(data("Limber/limber/routines/evening-unwind.json"), "{routine}"));
        ASSERT_TRUE(writeFileAt(data("Limber/limber/history/laptop.jsonl"), "{line}\n"));
        ASSERT_TRUE(writeFileAt(data("Limber/limber/.hidden"), "kept too"));
    }

    QTemporaryDir m_base;
};

TEST_F(DataLocationMigrationTest, TheOldDataFolderIsMovedWhole)
{
    fillOldFolder();
    const QMap<QString, QByteArray> files = filesOf(data("Limber/limber"));

    const DataLocationMigrationResult result = migration().run();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(filesOf(data("limber")), files);
    EXPECT_FALSE(QFileInfo::exists(data("Limber/limber")));
    EXPECT_FALSE(QFileInfo::exists(data("Limber"))) << "the emptied parent goes too";
    ASSERT_EQ(result.moved.size(), 1);
    EXPECT_EQ(result.moved.first().from, data("Limber/limber"));
    EXPECT_EQ(result.moved.first().to, data("limber"));
    EXPECT_EQ(result.message(),
              latin1("Limber moved %1 to %2.").arg(data("Limber/limber"), data("limber")));
}

TEST_F(DataLocationMigrationTest, AnEmptyNewFolderIsNoObstacle)
{
    fillOldFolder();
    ASSERT_TRUE(QDir().mkpath(data("limber")));
    const DataLocationMigrationResult result = migration().run();
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.moved.size(), 1);
    EXPECT_EQ(bytesOf(data("limber/routines/evening-unwind.json")), "{routine}");
}

TEST_F(DataLocationMigrationTest, NothingIsDoneWhenTheNewFolderHoldsData)
{
    fillOldFolder();
    ASSERT_TRUE(writeFileAt(data("limber/routines/morning.json"), "{new}"));
    const QMap<QString, QString> before = treeOf(m_base.path());

    const DataLocationMigrationResult result = migration().run();

    EXPECT_TRUE(result.nothingToDo());
    EXPECT_TRUE(result.message().isEmpty());
    EXPECT_EQ(treeOf(m_base.path()), before);
}

TEST_F(DataLocationMigrationTest, NothingIsDoneWithoutAnOldFolder)
{
    const DataLocationMigrationResult result = migration().run();
    EXPECT_TRUE(result.nothingToDo());
    EXPECT_TRUE(treeOf(m_base.path()).isEmpty());
}

TEST_F(DataLocationMigrationTest, TheSettingsFileMovesToItsOwnFolder)
{
    ASSERT_TRUE(writeFileAt(config("Limber/limber.conf"), "[appearance]\nscheme=dark\n"));
    ASSERT_TRUE(writeFileAt(config("Limber/other-app.conf"), "not ours"));

    const DataLocationMigrationResult result = migration().run();

    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(bytesOf(config("limber/limber.conf")), "[appearance]\nscheme=dark\n");
    EXPECT_FALSE(QFileInfo::exists(config("Limber/limber.conf")));
    EXPECT_EQ(bytesOf(config("Limber/other-app.conf")), "not ours") << "left with its folder";
    ASSERT_EQ(result.moved.size(), 1);
    EXPECT_EQ(result.moved.first().to, config("limber/limber.conf"));
}

TEST_F(DataLocationMigrationTest, ANewSettingsFileIsNotReplaced)
{
    ASSERT_TRUE(writeFileAt(config("Limber/limber.conf"), "old"));
    ASSERT_TRUE(writeFileAt(config("limber/limber.conf"), "new"));
    EXPECT_TRUE(migration().run().nothingToDo());
    EXPECT_EQ(bytesOf(config("limber/limber.conf")), "new");
    EXPECT_EQ(bytesOf(config("Limber/limber.conf")), "old");
}

} // namespace
