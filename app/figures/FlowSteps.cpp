#include "figures/FlowSteps.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {
// The strokes ease with InOutSine, (1 - cos(pi p)) / 2; its steepest slope is pi / 2.
double eased(double progress)
{
    return (1.0 - std::cos(std::numbers::pi * progress)) / 2.0;
}
double progressAt(double eased)
{
    return std::acos(std::clamp(1.0 - 2.0 * eased, -1.0, 1.0)) / std::numbers::pi;
}
} // namespace

FlowSteps::FlowSteps(int movingKeyframes, int cycleMs, int frameMs)
    : m_strokes(std::max(1, 2 * (movingKeyframes - 1)))
    , m_moving(movingKeyframes)
    , m_cycleMs(std::max(1, cycleMs))
    , m_strokeMs(double(m_cycleMs) / m_strokes)
    , m_steps(std::max(1, int(std::ceil(m_strokeMs / (std::numbers::pi / 2 * frameMs)))))
{
}

FlowSteps::Step FlowSteps::stepAt(int cycleTimeMs) const
{
    if (m_moving < 2)
        return {};
    const double position = double(cycleTimeMs % m_cycleMs) / m_strokeMs;
    const int stroke = std::min(int(position), m_strokes - 1);
    const int along = int(std::lround(eased(position - stroke) * m_steps));
    // As in the flow's loop: out through keyframes 1..n, then back.
    const bool out = stroke < m_moving - 1;
    const int from = out ? stroke + 1 : m_strokes - stroke + 1;
    const Step step = out ? Step{from, along} : Step{from - 1, m_steps - along};
    // A keyframe between two others is the end of one way and the start of the next.
    if (step.step == m_steps && step.lower < m_moving - 1)
        return {step.lower + 1, 0};
    return step;
}

int FlowSteps::msUntilNextStep(int cycleTimeMs) const
{
    if (m_moving < 2)
        return m_cycleMs;
    const double position = double(cycleTimeMs % m_cycleMs) / m_strokeMs;
    const int stroke = std::min(int(position), m_strokes - 1);
    const double within = position - stroke;
    const int along = int(std::lround(eased(within) * m_steps));
    // The step changes halfway to the next one; past the last one, early in the next stroke.
    const double next = (along + 0.5) / m_steps;
    const double strokesAhead =
        next < 1.0 ? progressAt(next) - within : 1.0 - within + progressAt(0.5 / m_steps);
    return std::max(1, int(std::ceil(strokesAhead * m_strokeMs)) + 1);
}

} // namespace limber
