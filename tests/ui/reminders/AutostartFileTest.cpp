#include "reminders/AutostartFile.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace limber::test {
namespace {

QString contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

TEST(AutostartFileTest, StartsLimberInTheBackgroundAndValidates)
{
    QTemporaryDir dir;
    AutostartFile file(dir.filePath(QStringLiteral("autostart/limber.desktop")));
    ASSERT_TRUE(file.write(QStringLiteral("/opt/My Apps/limber")));
    const QString content = contentOf(file.path());
    EXPECT_TRUE(content.contains(QStringLiteral("\nExec=\"/opt/My Apps/limber\" --background\n")))
        << content.toStdString();
#ifdef LIMBER_DESKTOP_FILE_VALIDATE
    QProcess validate;
    validate.start(QStringLiteral(LIMBER_DESKTOP_FILE_VALIDATE), {file.path()});
    ASSERT_TRUE(validate.waitForFinished());
    EXPECT_EQ(validate.exitCode(), 0) << validate.readAllStandardOutput().toStdString();
    EXPECT_TRUE(validate.readAllStandardOutput().trimmed().isEmpty());
#else
    GTEST_SKIP() << "desktop-file-validate is not installed";
#endif
}

TEST(AutostartFileTest, RemovingIsFineWhenThereIsNone)
{
    QTemporaryDir dir;
    AutostartFile file(dir.filePath(QStringLiteral("autostart/limber.desktop")));
    EXPECT_TRUE(file.remove());
    ASSERT_TRUE(file.write(QStringLiteral("/usr/bin/limber")));
    EXPECT_TRUE(file.exists());
    EXPECT_TRUE(file.remove());
    EXPECT_FALSE(file.exists());
}

} // namespace
} // namespace limber::test
