#include "shell/Translations.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QStandardPaths>

// Widget suites run on the offscreen platform and never touch the user's files.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    // The tests read English texts, whatever the machine's language.
    limber::Translations translations;
    translations.switchTo(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
