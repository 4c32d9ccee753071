// Stretches to go gentler with: marked after "It hurts" in one of a routine's last three
// sessions, cleared by two sessions held without it, other routines left out.

#include "history/HurtMarks.h"

#include "HistoryTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;

namespace {
const QString back = QStringLiteral("back");

Session played(const char *id, int day, const char *routine, QList<SessionHold> holds)
{
    const QByteArray started =
        QStringLiteral("2026-12-%1T08:00:00+01:00").arg(day, 2, 10, QLatin1Char('0')).toLatin1();
    return session(id, started.constData(), routine, std::move(holds));
}

const SessionHold catCowDone = hold("cat-cow", HoldOutcome::Done);
const SessionHold catCowHurt = hold("cat-cow", HoldOutcome::Hurt);
const SessionHold catCowSkipped = hold("cat-cow", HoldOutcome::Skipped);
const SessionHold childsPoseDone = hold("childs-pose", HoldOutcome::Done);
} // namespace

TEST(HurtMarksTest, HurtIsMarkedWithWhenItLastHurt)
{
    const QList<Session> sessions = {played("1", 1, "back", {catCowHurt, childsPoseDone}),
                                     played("2", 2, "back", {catCowHurt, childsPoseDone})};
    const auto marks = HurtMarks::forRoutine(sessions, back);
    EXPECT_EQ(marks.keys(), QList<QString>{QStringLiteral("cat-cow")});
    EXPECT_EQ(marks.value(QStringLiteral("cat-cow")), sessions.at(1).started);
}

TEST(HurtMarksTest, TwoCleanSessionsClearTheMarkAndOneDoesNot)
{
    QList<Session> sessions = {played("1", 1, "back", {catCowHurt})};
    sessions.append(played("2", 2, "back", {catCowDone}));
    EXPECT_TRUE(HurtMarks::forRoutine(sessions, back).contains(QStringLiteral("cat-cow")));
    sessions.append(played("3", 3, "back", {catCowDone}));
    EXPECT_TRUE(HurtMarks::forRoutine(sessions, back).isEmpty());
}

TEST(HurtMarksTest, SkippingOrHurtingAgainIsNotHeldCleanly)
{
    const QList<Session> skipped = {played("1", 1, "back", {catCowHurt}),
                                    played("2", 2, "back", {catCowSkipped}),
                                    played("3", 3, "back", {catCowDone})};
    EXPECT_EQ(HurtMarks::forRoutine(skipped, back).value(QStringLiteral("cat-cow")),
              skipped.at(0).started);
    // Done on the left and hurt on the right in the same session is no clean session.
    const QList<Session> oneSide = {played("1", 1, "back", {catCowHurt}),
                                    played("2", 2, "back", {catCowDone, catCowHurt}),
                                    played("3", 3, "back", {catCowDone})};
    EXPECT_EQ(HurtMarks::forRoutine(oneSide, back).value(QStringLiteral("cat-cow")),
              oneSide.at(1).started);
}

TEST(HurtMarksTest, OnlyTheLastThreeSessionsOfTheRoutineCount)
{
    const QList<Session> sessions = {
        played("1", 1, "back", {catCowHurt}), played("2", 2, "back", {childsPoseDone}),
        played("3", 3, "back", {childsPoseDone}), played("4", 4, "back", {childsPoseDone})};
    EXPECT_TRUE(HurtMarks::forRoutine(sessions, back).isEmpty());
    EXPECT_EQ(HurtMarks::forRoutine(sessions.first(3), back).size(), 1);
}

TEST(HurtMarksTest, OtherRoutinesAreIgnored)
{
    // Played in between, the neck routine neither marks cat-cow nor clears it, nor pushes the
    // hurting session out of the last three.
    const QList<Session> sessions = {played("1", 1, "back", {catCowHurt}),
                                     played("2", 2, "neck", {catCowDone}),
                                     played("3", 3, "neck", {catCowDone}),
                                     played("4", 4, "neck", {hold("chin-tuck", HoldOutcome::Hurt)}),
                                     played("5", 5, "back", {catCowDone})};
    const auto marks = HurtMarks::forRoutine(sessions, back);
    EXPECT_EQ(marks.keys(), QList<QString>{QStringLiteral("cat-cow")});
    EXPECT_EQ(marks.value(QStringLiteral("cat-cow")), sessions.at(0).started);
    EXPECT_EQ(HurtMarks::forRoutine(sessions, QStringLiteral("neck")).keys(),
              QList<QString>{QStringLiteral("chin-tuck")});
}

TEST(HurtMarksTest, RoutineWithoutIdIsMatchedByName)
{
    Session fromFile = played("1", 1, "", {catCowHurt});
    fromFile.routineName = QStringLiteral("evening.json");
    EXPECT_EQ(HurtMarks::forRoutine({fromFile}, QStringLiteral("evening.json")).size(), 1);
    EXPECT_TRUE(HurtMarks::forRoutine({fromFile}, back).isEmpty());
}
