#include "handout/HandoutContent.h"

#include "handout/HandoutPaper.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

const QDate madeOn(2026, 12, 4);

HandoutContent contentOf(const Routine &routine, const TimingPreferences &preferences = {})
{
    return HandoutContent::build(routine, preferences, Catalog::builtIn(),
                                 QLocale(QLocale::English, QLocale::UnitedKingdom), madeOn);
}

Routine routineOf(QList<RoutineStep> steps)
{
    Routine routine;
    routine.name = QStringLiteral("Test");
    routine.warmupSeconds = 0;
    routine.steps = std::move(steps);
    return routine;
}

} // namespace

TEST(HandoutContentTest, TimingsAreThoseTheRoutinePlaysWithTheUsersSettings)
{
    TimingPreferences preferences;
    preferences.holdOverrides.insert(QStringLiteral("knee-to-chest"), 40);
    RoutineStep own{QStringLiteral("figure-four"), 50, Sides::Both, 1};
    const HandoutContent content =
        contentOf(routineOf({{QStringLiteral("knee-to-chest"), {}, Sides::Both, 1},
                             own,
                             {QStringLiteral("childs-pose"), 35, Sides::Both, 3}}),
                  preferences);
    ASSERT_EQ(content.steps.size(), 3);
    EXPECT_EQ(content.steps.at(0).timing, QStringLiteral("Hold 40 s each side"));
    EXPECT_EQ(content.steps.at(1).timing, QStringLiteral("Hold 50 s each side"));
    EXPECT_EQ(content.steps.at(2).timing, QStringLiteral("Hold 35 s"));
    EXPECT_EQ(content.steps.at(2).repeat, QStringLiteral("Repeat: 3 times"));
    EXPECT_TRUE(content.steps.at(0).repeat.isEmpty());
}

TEST(HandoutContentTest, OneSidedStepsSayWhichSideAndMirrorTheRightOne)
{
    const HandoutContent content =
        contentOf(routineOf({{QStringLiteral("figure-four"), 30, Sides::Right, 1},
                             {QStringLiteral("figure-four"), 30, Sides::Both, 1},
                             {QStringLiteral("cat-cow"), 30, Sides::Both, 1}}));
    ASSERT_EQ(content.steps.size(), 3);
    EXPECT_EQ(content.steps.at(0).timing, QStringLiteral("Hold 30 s, right side only"));
    EXPECT_TRUE(content.steps.at(0).mirrored);
    EXPECT_TRUE(content.steps.at(0).sidesNote.isEmpty());
    EXPECT_FALSE(content.steps.at(1).mirrored);
    EXPECT_FALSE(content.steps.at(1).sidesNote.isEmpty());
    EXPECT_EQ(content.steps.at(2).timing, QStringLiteral("Move slowly for 30 s"));
    EXPECT_TRUE(content.steps.at(2).sidesNote.isEmpty());
}

TEST(HandoutContentTest, TheWarmUpIsTheFirstCardWhenItPlays)
{
    TimingPreferences preferences;
    preferences.warmupSeconds = 90;
    Routine routine = routineOf({{QStringLiteral("butterfly"), 30, Sides::Both, 1}});
    routine.warmupSeconds.reset();
    const HandoutContent content = contentOf(routine, preferences);
    ASSERT_EQ(content.steps.size(), 2);
    EXPECT_EQ(content.steps.at(0).stretchId, Catalog::warmUpId.toString());
    EXPECT_EQ(content.steps.at(0).timing, QStringLiteral("Move slowly for 90 s"));
    EXPECT_EQ(
        contentOf(routineOf({{QStringLiteral("butterfly"), 30, Sides::Both, 1}})).steps.size(), 1);
}

TEST(HandoutContentTest, HeaderHasTheTotalTimeAndTheDateInTheLanguagesFormat)
{
    const Routine routine = routineOf({{QStringLiteral("butterfly"), 30, Sides::Both, 1}});
    // 5 s to get ready and a 30 s hold.
    EXPECT_EQ(contentOf(routine).subtitle,
              QStringLiteral("Total time 35 s · made on Friday, 4 December 2026"));
    const HandoutContent german = HandoutContent::build(
        routine, {}, Catalog::builtIn(), QLocale(QLocale::German, QLocale::Germany), madeOn);
    EXPECT_TRUE(german.subtitle.contains(QStringLiteral("Freitag, 4. Dezember 2026")))
        << german.subtitle.toStdString();
}

TEST(HandoutContentTest, CautionsEveryStretchSharesAreLeftToTheGuidelinesBox)
{
    const HandoutContent content = contentOf(builtin::backAndHips(Catalog::builtIn()));
    const Stretch *knee = Catalog::builtIn().find(u"knee-to-chest");
    ASSERT_NE(knee, nullptr);
    const QString shared = knee->cautions().first();
    for (const HandoutStep &step : content.steps) {
        for (const QString &caution : step.cautions)
            EXPECT_FALSE(caution.contains(shared)) << step.stretchId.toStdString();
    }
    EXPECT_EQ(content.guidelines.size(), 6);
}

TEST(HandoutContentTest, ShortRoutinesGetAStretchByDayChartLongOnesOneRowPerDay)
{
    const HandoutContent shortOne = contentOf(builtin::backAndHips(Catalog::builtIn()));
    EXPECT_FALSE(shortOne.chartOneRowPerDay);
    EXPECT_EQ(shortOne.chartRows.size(), shortOne.steps.size());
    EXPECT_EQ(shortOne.chartColumns.size(), 7);

    QList<RoutineStep> steps(30, RoutineStep{QStringLiteral("butterfly"), 30, Sides::Both, 1});
    const HandoutContent longOne = contentOf(routineOf(steps));
    EXPECT_TRUE(longOne.chartOneRowPerDay);
    EXPECT_EQ(longOne.chartRows.size(), 7);
    EXPECT_EQ(longOne.chartColumns.size(), 1);
}

TEST(HandoutPaperTest, LetterInTheUsAndCanadaA4Elsewhere)
{
    EXPECT_EQ(paperForLocale(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
              QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::French, QLocale::Canada)).id(), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
              QPageSize::A4);
}

TEST(HandoutPaperTest, PaperKeysAreA4AndLetterOnly)
{
    EXPECT_EQ(paperFromKey(u"a4")->id(), QPageSize::A4);
    EXPECT_EQ(paperFromKey(u"Letter")->id(), QPageSize::Letter);
    EXPECT_FALSE(paperFromKey(u"a5").has_value());
    EXPECT_FALSE(paperFromKey(u"").has_value());
}
