#include "figures/Illustration.h"
#include "figures/PoseDragging.h"

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

double clampedAngle(double value, JointRange range)
{
    if (std::isnan(value))
        value = 0;
    return std::clamp(value, range.min, range.max);
}

void clampLimb(LimbPose &limb, JointRange root, JointRange middle, JointRange end)
{
    limb.root = clampedAngle(limb.root, root);
    limb.middle = clampedAngle(limb.middle, middle);
    limb.end = clampedAngle(limb.end, end);
    // A scale is a length's share: NaN, zero or less becomes the full length.
    for (double *scale : {&limb.upperScale, &limb.lowerScale})
        *scale = *scale > 0 ? std::min(*scale, 1.0) : 1.0;
}

} // namespace

void clampToRanges(Pose &pose)
{
    const PoseView view = pose.view;
    if (view == PoseView::Side) {
        pose.spineFlexion = clampedAngle(pose.spineFlexion, anatomy::spineRange());
        pose.neckFlexion = clampedAngle(pose.neckFlexion, anatomy::neckRange());
    }
    pose.twist = clampedAngle(pose.twist, anatomy::twistRange());
    pose.headTurn = clampedAngle(pose.headTurn, anatomy::headTurnRange());
    pose.pelvisRoll = clampedAngle(pose.pelvisRoll, anatomy::pelvisRollRange());
    for (LimbPose *limb : {&pose.nearLeg, &pose.farLeg}) {
        clampLimb(*limb, anatomy::hipRange(view), anatomy::kneeRange(view),
                  anatomy::ankleRange(view));
        limb->abduction = clampedAngle(limb->abduction, anatomy::abductionRange());
        limb->turnOut = clampedAngle(limb->turnOut, anatomy::turnOutRange());
    }
    for (LimbPose *limb : {&pose.nearArm, &pose.farArm})
        clampLimb(*limb, anatomy::shoulderRange(view), anatomy::elbowRange(view),
                  anatomy::wristRange());
}

} // namespace limber
