// One device's history file found in both folders when the data moves: no line is lost.

#include "sync/HistoryFileMerge.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace limber;

TEST(HistoryFileMergeTest, ATargetThatIsABeginningOfTheSourceBecomesTheSource)
{
    EXPECT_EQ(mergedHistoryFile("a\nb\n", "a\nb\nc\n"), QByteArray("a\nb\nc\n"));
    EXPECT_EQ(mergedHistoryFile({}, "a\n"), QByteArray("a\n"));
}

TEST(HistoryFileMergeTest, ASourceThatIsABeginningOfTheTargetKeepsTheTarget)
{
    EXPECT_EQ(mergedHistoryFile("a\nb\nc\n", "a\nb\n"), std::nullopt);
    EXPECT_EQ(mergedHistoryFile("a\nb\n", "a\nb\n"), std::nullopt);
    EXPECT_EQ(mergedHistoryFile("a\n", {}), std::nullopt);
}

TEST(HistoryFileMergeTest, OtherwiseTheTargetsOwnLinesComeFirstThenTheSource)
{
    EXPECT_EQ(mergedHistoryFile("a\nt1\nb\nt2\n", "a\nb\ns\n"), QByteArray("t1\nt2\na\nb\ns\n"));
}

TEST(HistoryFileMergeTest, ALineCutOffWithoutItsEndIsStillALine)
{
    EXPECT_EQ(mergedHistoryFile("a\nb", "a\nb\nc\n"), QByteArray("a\nb\nc\n"));
    EXPECT_EQ(mergedHistoryFile("x\npartial", "a\n"), QByteArray("x\npartial\na\n"));
}
