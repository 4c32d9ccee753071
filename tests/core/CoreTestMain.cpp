#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QStandardPaths>

// Core suites need an application object for translations and QStandardPaths, and must
// never touch the user's own files.
int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
