#include "shell/CommandLine.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("limber")};
    for (const char *arg : list)
        result.append(QString::fromUtf8(arg));
    return result;
}

TEST(CommandLineTest, RoutineComesFromOptionOrPositionalArgument)
{
    CommandLine byOption;
    ASSERT_TRUE(byOption.parse(args({"--routine", "evening.json", "--lang", "de"})));
    EXPECT_EQ(byOption.routineSpec(), QStringLiteral("evening.json"));
    EXPECT_EQ(byOption.value(byOption.language), QStringLiteral("de"));

    CommandLine byPosition;
    ASSERT_TRUE(byPosition.parse(args({"--print-timeline", "back-and-hips"})));
    EXPECT_TRUE(byPosition.isSet(byPosition.printTimeline));
    EXPECT_EQ(byPosition.routineSpec(), QStringLiteral("back-and-hips"));

    CommandLine none;
    ASSERT_TRUE(none.parse(args({})));
    EXPECT_TRUE(none.routineSpec().isEmpty());
}

TEST(CommandLineTest, RefusesUnknownOptionsAndExtraArguments)
{
    CommandLine unknown;
    EXPECT_FALSE(unknown.parse(args({"--frobnicate"})));
    EXPECT_TRUE(unknown.errorText().contains(QStringLiteral("frobnicate")));

    CommandLine missingValue;
    EXPECT_FALSE(missingValue.parse(args({"--validate"})));
    EXPECT_FALSE(missingValue.errorText().isEmpty());

    CommandLine twoRoutines;
    EXPECT_FALSE(twoRoutines.parse(args({"a.json", "b.json"})));
    EXPECT_TRUE(twoRoutines.errorText().contains(QStringLiteral("b.json")));
}

TEST(CommandLineTest, OnlyWindowlessRequestsAreHeadless)
{
    const auto headless = [](std::initializer_list<const char *> list) {
        CommandLine commandLine;
        EXPECT_TRUE(commandLine.parse(args(list)));
        return commandLine.isHeadless();
    };
    EXPECT_TRUE(headless({"--version"}));
    EXPECT_TRUE(headless({"--lang", "de", "--print-timeline"}));
    EXPECT_TRUE(headless({"--validate=x.json"}));
    EXPECT_TRUE(headless({"-h"}));
    EXPECT_TRUE(headless({"--list-stretches"}));
    EXPECT_TRUE(headless({"--import", "x.json"}));
    EXPECT_TRUE(headless({"--export", "back-and-hips", "out.json"}));
    EXPECT_FALSE(headless({}));
    EXPECT_FALSE(headless({"--lang", "de", "--routine", "x.json"}));
}

TEST(CommandLineTest, HelpListsEveryOption)
{
    CommandLine commandLine;
    const QString help = commandLine.helpText();
    for (const char *option :
         {"--version", "--list-stretches", "--validate", "--print-timeline", "--import", "--export",
          "--export-pdf", "--paper", "--routine", "--lang"})
        EXPECT_TRUE(help.contains(QString::fromLatin1(option))) << option;
}

TEST(CommandLineTest, ExportTakesTheRoutineAsValueAndTheFileAsArgument)
{
    CommandLine commandLine;
    ASSERT_TRUE(commandLine.parse(args({"--export", "Evening unwind", "out.json"})));
    EXPECT_EQ(commandLine.routineSpec(), QStringLiteral("Evening unwind"));
    EXPECT_EQ(commandLine.exportPath(), QStringLiteral("out.json"));
    EXPECT_FALSE(commandLine.needsGui());

    CommandLine fileFirst;
    ASSERT_TRUE(fileFirst.parse(args({"out.json", "--export=back-and-hips"})));
    EXPECT_EQ(fileFirst.routineSpec(), QStringLiteral("back-and-hips"));
    EXPECT_EQ(fileFirst.exportPath(), QStringLiteral("out.json"));

    CommandLine noExport;
    ASSERT_TRUE(noExport.parse(args({"evening.json"})));
    EXPECT_TRUE(noExport.exportPath().isEmpty());
}

TEST(CommandLineTest, ExportPdfIsHeadlessButPaintsSoNeedsQtGui)
{
    CommandLine commandLine;
    ASSERT_TRUE(commandLine.parse(
        args({"--export-pdf", "Evening unwind", "handout.pdf", "--paper", "letter"})));
    EXPECT_EQ(commandLine.routineSpec(), QStringLiteral("Evening unwind"));
    EXPECT_EQ(commandLine.exportPath(), QStringLiteral("handout.pdf"));
    EXPECT_EQ(commandLine.value(commandLine.paper), QStringLiteral("letter"));
    EXPECT_TRUE(commandLine.isHeadless());
    EXPECT_TRUE(commandLine.needsGui());

    CommandLine missingFile;
    EXPECT_FALSE(missingFile.parse(args({"--export-pdf", "back-and-hips"})));
    EXPECT_EQ(missingFile.errorText(), QStringLiteral("--export-pdf: needs ROUTINE and FILE"));
}

TEST(CommandLineTest, ExportNeedsExactlyARoutineAndAFile)
{
    for (const auto &arguments :
         {args({"--export", "back-and-hips"}), args({"--export", "a", "b.json", "c.json"})}) {
        CommandLine commandLine;
        EXPECT_FALSE(commandLine.parse(arguments));
        EXPECT_EQ(commandLine.errorText(), QStringLiteral("--export: needs ROUTINE and FILE"));
    }
    CommandLine noValue;
    EXPECT_FALSE(noValue.parse(args({"--export"})));
    EXPECT_FALSE(noValue.errorText().isEmpty());
}

TEST(CommandLineTest, ImportTakesTheFileAsValue)
{
    CommandLine commandLine;
    ASSERT_TRUE(commandLine.parse(args({"--import", "from-therapist.json"})));
    EXPECT_EQ(commandLine.value(commandLine.importFile), QStringLiteral("from-therapist.json"));
    EXPECT_FALSE(commandLine.needsGui());
    CommandLine missing;
    EXPECT_FALSE(missing.parse(args({"--import"})));
}

} // namespace
