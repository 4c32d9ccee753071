#include "FakeClock.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/RoutinePlayer.h"

#include <gtest/gtest.h>
#include <QSet>
#include <random>

using namespace limber;
using limber::test::FakeClock;
using State = RoutinePlayer::State;

namespace {

quint64 keyOf(const Cue &cue)
{
    return (quint64(quint32(cue.segmentIndex)) << 32) | (quint64(cue.kind) << 8) |
           quint64(quint8(cue.count));
}

bool isLegal(State from, State to)
{
    switch (from) {
    case State::Idle:
        return to == State::Running;
    case State::Running:
        return to == State::Paused || to == State::Finished || to == State::Idle;
    case State::Paused:
        return to == State::Running || to == State::Idle;
    case State::Finished:
        return to == State::Running || to == State::Idle;
    }
    return false;
}

Timeline mixedTimeline()
{
    Routine routine;
    routine.prepareSeconds = 4;
    routine.restSeconds = 6;
    routine.switchSeconds = 2;
    routine.warmupSeconds = 15;
    routine.steps = {{QStringLiteral("knee-to-chest"), 11, Sides::Both, 2},
                     {QStringLiteral("cat-cow"), 9, Sides::Both, 1},
                     {QStringLiteral("figure-four"), 7, Sides::Right, 1},
                     {QStringLiteral("butterfly"), 5, Sides::Both, 3},
                     {QStringLiteral("seated-spinal-twist"), 13, Sides::Both, 1}};
    return Timeline::build(routine, TimingPreferences(), Catalog::builtIn());
}

// A model of what a person hears: every cue once, in order, at its time, except the ones
// skipped over; going back (or starting again) makes what lies ahead due again.
class RandomPlayerChecker
{
public:
    RandomPlayerChecker()
    {
        player.setTimeline(mixedTimeline());
        QObject::connect(&player, &RoutinePlayer::stateChanged, &player, [this](State state) {
            EXPECT_TRUE(isLegal(lastState, state))
                << "transition " << int(lastState) << " -> " << int(state);
            lastState = state;
        });
        QObject::connect(&player, &RoutinePlayer::cueReached, &player,
                         [this](const Cue &cue) { checkCue(cue); });
    }

    void run(int operations, unsigned seed)
    {
        std::mt19937 random(seed);
        for (int operation = 0; operation < operations; ++operation) {
            exactWakeUp = false;
            const int choice = int(random() % 100);
            if (choice < 50)
                advance(random);
            else if (choice < 55)
                player.update();
            else if (choice < 61)
                player.pause();
            else if (choice < 71)
                player.resume();
            else if (choice < 80)
                seek([this] { player.next(); });
            else if (choice < 84)
                seek([this] { player.previous(); });
            else if (choice < 86)
                player.extendCurrent();
            else if (choice < 88)
                restart([this] { player.stop(); });
            else
                restart([this] { player.start(); });
            checkInvariants();
            if (::testing::Test::HasFailure())
                FAIL() << "after operation " << operation << " (choice " << choice << ")";
        }
    }

    int cuesHeard = 0;
    int finishes = 0;

private:
    void advance(std::mt19937 &random)
    {
        const qint64 wake = player.nextWakeUpDelayMs();
        if (wake > 0 && random() % 2 == 0) {
            clock.advance(wake);
            exactWakeUp = true;
        } else {
            clock.advance(qint64(random() % 6000));
        }
        player.update();
    }

    template<typename Operation> void seek(Operation operation)
    {
        const bool playing = player.state() == State::Running || player.state() == State::Paused;
        const qint64 before = player.positionMs();
        operation();
        if (!playing)
            return;
        const qint64 after = player.positionMs();
        if (after < before) {
            for (const Cue &cue : player.cues()) {
                if (cue.atMs >= after)
                    heard.remove(keyOf(cue));
            }
        }
        floorMs = after;
        lastCueMs = -1;
    }

    template<typename Operation> void restart(Operation operation)
    {
        const State before = player.state();
        operation();
        if (player.state() == before && before != State::Finished)
            return; // start() while playing is ignored
        heard.clear();
        floorMs = 0;
        lastCueMs = -1;
    }

    void checkCue(const Cue &cue)
    {
        ++cuesHeard;
        finishes += cue.kind == CueKind::RoutineFinished ? 1 : 0;
        const qint64 position = player.positionMs();
        EXPECT_TRUE(player.cues().contains(cue)) << "a cue the timeline does not have";
        EXPECT_FALSE(heard.contains(keyOf(cue))) << "cue heard twice at " << cue.atMs;
        EXPECT_LE(cue.atMs, position) << "cue before its time";
        EXPECT_GE(cue.atMs, floorMs) << "cue from a skipped stretch";
        EXPECT_GE(cue.atMs, lastCueMs) << "cues out of order";
        if (exactWakeUp) {
            EXPECT_EQ(cue.atMs, position) << "woken for a cue, but it was late";
        }
        heard.insert(keyOf(cue));
        lastCueMs = cue.atMs;
    }

    void checkInvariants()
    {
        const qint64 position = player.positionMs();
        EXPECT_GE(position, 0);
        EXPECT_LE(position, player.timeline().totalMs());
        EXPECT_EQ(player.state(), lastState);
        if (player.state() == State::Running || player.state() == State::Finished) {
            // Nothing due was left unsaid.
            for (const Cue &cue : player.cues()) {
                if (cue.atMs >= floorMs && cue.atMs <= position) {
                    EXPECT_TRUE(heard.contains(keyOf(cue))) << "missed cue at " << cue.atMs;
                }
            }
        }
        if (player.state() == State::Running) {
            EXPECT_GT(player.nextWakeUpDelayMs(), 0);
            EXPECT_EQ(player.currentSegmentIndex(), player.timeline().indexAt(position));
        } else {
            EXPECT_EQ(player.nextWakeUpDelayMs(), -1);
        }
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    State lastState = State::Idle;
    QSet<quint64> heard;
    qint64 floorMs = 0;
    qint64 lastCueMs = -1;
    bool exactWakeUp = false;
};

class RoutinePlayerRandomTest : public testing::TestWithParam<unsigned>
{
};

TEST_P(RoutinePlayerRandomTest, InvariantsHoldOverTenThousandOperations)
{
    RandomPlayerChecker checker;
    checker.run(10'000, GetParam());
    // The walk must actually exercise playback, not idle around.
    EXPECT_GT(checker.cuesHeard, 250);
    EXPECT_GE(checker.finishes, 2);
}

INSTANTIATE_TEST_SUITE_P(Seeds, RoutinePlayerRandomTest, testing::Values(1u, 7u, 2024u));

} // namespace
