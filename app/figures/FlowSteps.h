#pragma once

namespace limber {

// Where a looping flow's figure is drawn, in steps of equal movement rather than of equal
// time. Each stroke between two keyframes eases in and out, so it moves fastest halfway and
// barely at its ends: a step is at most what the fastest part moves in a frame at the top
// rate, and a new frame is due only when the figure has moved by half a step. Near the ends
// of a stroke frames come seldom, which saves a quarter to a third of them (each costs
// wake-ups), and a flow shows only a few distinct poses, which can be kept drawn: strokes
// there and back go through the same ones.
class FlowSteps
{
public:
    // A pose on the way between keyframes lower and lower + 1 (1-based, as in a flow's
    // keyframes), step of steps() along the way.
    struct Step
    {
        int lower = 1;
        int step = 0;
        bool operator==(const Step &) const = default;
        int key() const { return lower * 1000 + step; }
    };

    // movingKeyframes is the number of keyframes a flow loops through (all but the first).
    FlowSteps(int movingKeyframes, int cycleMs, int frameMs);

    // Steps from one keyframe to the next.
    int steps() const { return m_steps; }
    // The pose shown at a time in the cycle.
    Step stepAt(int cycleTimeMs) const;
    // Milliseconds from cycleTimeMs until stepAt() gives another step (at least 1).
    int msUntilNextStep(int cycleTimeMs) const;
    // Fraction of the way from keyframe lower to lower + 1.
    double fraction(const Step &step) const { return double(step.step) / m_steps; }

private:
    int m_strokes;
    int m_moving;
    int m_cycleMs;
    double m_strokeMs;
    int m_steps;
};

} // namespace limber
