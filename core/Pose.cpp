#include "Pose.h"

#include <algorithm>
#include <QtMath>

namespace limber {

namespace {

QPointF direction(double degrees)
{
    const double radians = qDegreesToRadians(degrees);
    return {std::cos(radians), std::sin(radians)};
}

// Side view: angles are flexions measured in the direction the figure faces.
Skeleton::Limb sideLeg(const QPointF &hip, double torsoAngle, const LimbPose &leg)
{
    const double thigh = torsoAngle + 180 + leg.root;
    const double shin = thigh - leg.middle;
    const double foot = shin + 90 - leg.end;
    Skeleton::Limb limb;
    limb.root = hip;
    limb.middle = hip + direction(thigh) * body::thighLength * leg.upperScale;
    limb.end = limb.middle + direction(shin) * body::shinLength * leg.lowerScale;
    limb.tip = limb.end + direction(foot) * body::footLength;
    return limb;
}

Skeleton::Limb sideArm(const QPointF &shoulder, double upperTorsoAngle, const LimbPose &arm)
{
    const double upperArm = upperTorsoAngle + 180 + arm.root;
    const double forearm = upperArm + arm.middle;
    const double hand = forearm + arm.end;
    Skeleton::Limb limb;
    limb.root = shoulder;
    limb.middle = shoulder + direction(upperArm) * body::upperArmLength * arm.upperScale;
    limb.end = limb.middle + direction(forearm) * body::forearmLength * arm.lowerScale;
    limb.tip = limb.end + direction(hand) * body::handLength;
    return limb;
}

// Front view: outward is toward -x for the figure's right (viewer's left), +x for its left.
Skeleton::Limb frontLimb(const QPointF &root, double axisAngle, const LimbPose &pose,
                         double outward, double upperLength, double lowerLength, double tipLength,
                         bool isLeg)
{
    const double upper = axisAngle + outward * pose.root;
    const double lower = upper - outward * pose.middle;
    Skeleton::Limb limb;
    limb.root = root;
    limb.middle = root + direction(upper) * upperLength * pose.upperScale;
    limb.end = limb.middle + direction(lower) * lowerLength * pose.lowerScale;
    // Feet point at the viewer, so only their sole shows: a short stub outward. Hands follow
    // the forearm.
    const double tip = isLeg ? lower + outward * (90 - pose.end) : lower - outward * pose.end;
    limb.tip = limb.end + direction(tip) * tipLength * (isLeg ? 0.5 : 1.0);
    return limb;
}

} // namespace

Skeleton skeletonOf(const Pose &pose)
{
    Skeleton skeleton;
    skeleton.pelvis = QPointF(0, 0);
    skeleton.midSpine = skeleton.pelvis + direction(pose.torsoAngle) * body::lowerTorsoLength;
    const double upperTorso =
        pose.view == PoseView::Side ? pose.torsoAngle - pose.spineFlexion : pose.torsoAngle;
    skeleton.neck = skeleton.midSpine + direction(upperTorso) * body::upperTorsoLength;
    const double neckAngle =
        pose.view == PoseView::Side ? upperTorso - pose.neckFlexion : upperTorso;
    skeleton.head = skeleton.neck + direction(neckAngle) * (body::neckLength + body::headRadius);

    if (pose.view == PoseView::Side) {
        // The shoulder joint sits a little below the base of the neck.
        const QPointF shoulder = skeleton.neck - direction(upperTorso) * 0.03;
        skeleton.nearLeg = sideLeg(skeleton.pelvis, pose.torsoAngle, pose.nearLeg);
        skeleton.farLeg = sideLeg(skeleton.pelvis, pose.torsoAngle, pose.farLeg);
        skeleton.nearArm = sideArm(shoulder, upperTorso, pose.nearArm);
        skeleton.farArm = sideArm(shoulder, upperTorso, pose.farArm);
        return skeleton;
    }

    const QPointF across = direction(pose.torsoAngle - 90); // toward the figure's left
    const QPointF shoulder = skeleton.neck - direction(upperTorso) * 0.03;
    const double down = pose.torsoAngle + 180;
    // "near" is the figure's right, on the viewer's left (-x when upright).
    skeleton.nearLeg = frontLimb(skeleton.pelvis - across * body::hipHalfWidth, down, pose.nearLeg,
                                 -1, body::thighLength, body::shinLength, body::footLength, true);
    skeleton.farLeg = frontLimb(skeleton.pelvis + across * body::hipHalfWidth, down, pose.farLeg, 1,
                                body::thighLength, body::shinLength, body::footLength, true);
    skeleton.nearArm =
        frontLimb(shoulder - across * body::shoulderHalfWidth, down, pose.nearArm, -1,
                  body::upperArmLength, body::forearmLength, body::handLength, false);
    skeleton.farArm = frontLimb(shoulder + across * body::shoulderHalfWidth, down, pose.farArm, 1,
                                body::upperArmLength, body::forearmLength, body::handLength, false);
    return skeleton;
}

Skeleton groundedSkeletonOf(const Pose &pose)
{
    Skeleton skeleton = skeletonOf(pose);
    if (pose.view == PoseView::Top)
        return skeleton; // lying on the floor, seen from above: nothing rests below it
    // The lowest surface of the body rests on the floor (y = 0).
    double lowest =
        std::min(skeleton.pelvis.y() - body::torsoRadius, skeleton.head.y() - body::headRadius);
    lowest = std::min(lowest, skeleton.midSpine.y() - body::torsoRadius);
    lowest = std::min(lowest, skeleton.neck.y() - body::torsoRadius);
    for (const Skeleton::Limb *leg : {&skeleton.nearLeg, &skeleton.farLeg}) {
        lowest = std::min({lowest, leg->middle.y() - body::thighRadius,
                           leg->end.y() - body::footRadius, leg->tip.y() - body::footRadius});
    }
    for (const Skeleton::Limb *arm : {&skeleton.nearArm, &skeleton.farArm}) {
        lowest = std::min({lowest, arm->middle.y() - body::upperArmRadius,
                           arm->end.y() - body::handRadius, arm->tip.y() - body::handRadius});
    }
    skeleton.translate(QPointF(0, -lowest));
    return skeleton;
}

void Skeleton::translate(const QPointF &offset)
{
    for (QPointF *point : {&pelvis, &midSpine, &neck, &head})
        *point += offset;
    for (Limb *limb : {&nearArm, &farArm, &nearLeg, &farLeg}) {
        for (QPointF *point : {&limb->root, &limb->middle, &limb->end, &limb->tip})
            *point += offset;
    }
}

namespace {
double blend(double from, double to, double t)
{
    return from + (to - from) * t;
}

LimbPose blend(const LimbPose &from, const LimbPose &to, double t)
{
    return {blend(from.root, to.root, t), blend(from.middle, to.middle, t),
            blend(from.end, to.end, t), blend(from.upperScale, to.upperScale, t),
            blend(from.lowerScale, to.lowerScale, t)};
}
} // namespace

Pose interpolate(const Pose &from, const Pose &to, double t)
{
    Pose pose;
    pose.view = t < 0.5 ? from.view : to.view;
    pose.torsoAngle = blend(from.torsoAngle, to.torsoAngle, t);
    pose.spineFlexion = blend(from.spineFlexion, to.spineFlexion, t);
    pose.neckFlexion = blend(from.neckFlexion, to.neckFlexion, t);
    pose.nearArm = blend(from.nearArm, to.nearArm, t);
    pose.farArm = blend(from.farArm, to.farArm, t);
    pose.nearLeg = blend(from.nearLeg, to.nearLeg, t);
    pose.farLeg = blend(from.farLeg, to.farLeg, t);
    return pose;
}

} // namespace limber
