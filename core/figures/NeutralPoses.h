#pragma once

#include "figures/Pose.h"

// Plain positions to start drawing a new stretch from.

namespace limber {

enum class NeutralPose
{
    Standing,
    Lying,    // on the back, legs long
    Kneeling, // on hands and knees
    Seated,   // on the floor, legs long, hands behind the hips
};

inline constexpr NeutralPose neutralPoseList[] = {NeutralPose::Standing, NeutralPose::Lying,
                                                  NeutralPose::Kneeling, NeutralPose::Seated};

// The position, with its contacts with the floor; within every anatomy range.
Pose neutralPose(NeutralPose which);

} // namespace limber
