#include "figures/Pose.h"

// Blending keyframes works on the angles alone and needs none of the skeleton's geometry,
// so it lives apart from posing.

namespace limber {

namespace {
double blend(double from, double to, double t)
{
    return from + (to - from) * t;
}

LimbPose blend(const LimbPose &from, const LimbPose &to, double t)
{
    return {blend(from.root, to.root, t),
            blend(from.middle, to.middle, t),
            blend(from.end, to.end, t),
            blend(from.upperScale, to.upperScale, t),
            blend(from.lowerScale, to.lowerScale, t),
            blend(from.abduction, to.abduction, t),
            blend(from.turnOut, to.turnOut, t)};
}
} // namespace

Pose interpolate(const Pose &from, const Pose &to, double t)
{
    Pose pose;
    pose.view = t < 0.5 ? from.view : to.view;
    pose.torsoAngle = blend(from.torsoAngle, to.torsoAngle, t);
    pose.spineFlexion = blend(from.spineFlexion, to.spineFlexion, t);
    pose.neckFlexion = blend(from.neckFlexion, to.neckFlexion, t);
    pose.headTurn = blend(from.headTurn, to.headTurn, t);
    pose.twist = blend(from.twist, to.twist, t);
    pose.pelvisRoll = blend(from.pelvisRoll, to.pelvisRoll, t);
    pose.depthSlant = blend(from.depthSlant, to.depthSlant, t);
    pose.farArmInFront = t < 0.5 ? from.farArmInFront : to.farArmInFront;
    pose.armsInsideLegs = t < 0.5 ? from.armsInsideLegs : to.armsInsideLegs;
    pose.nearArm = blend(from.nearArm, to.nearArm, t);
    pose.farArm = blend(from.farArm, to.farArm, t);
    pose.nearLeg = blend(from.nearLeg, to.nearLeg, t);
    pose.farLeg = blend(from.farLeg, to.farLeg, t);
    // On the way between two poses only what touches in both still touches.
    if (t <= 0) {
        pose.contacts = from.contacts;
    } else if (t >= 1) {
        pose.contacts = to.contacts;
    } else {
        for (const Contact &contact : from.contacts) {
            if (to.contacts.contains(contact))
                pose.contacts.append(contact);
        }
    }
    return pose;
}

} // namespace limber
