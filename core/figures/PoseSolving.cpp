#include "figures/PoseSolving.h"

#include <limits>
#include <QtMath>

namespace limber {

LimbPose limb(double root, double middle, double end, double upperScale, double lowerScale)
{
    LimbPose pose;
    pose.root = root;
    pose.middle = middle;
    pose.end = end;
    pose.upperScale = upperScale;
    pose.lowerScale = lowerScale;
    return pose;
}

double floorUnder(Pose pose)
{
    pose.nearArm = limb(180);
    pose.farArm = limb(180);
    double lowest = std::numeric_limits<double>::max();
    for (const BodyDisc &disc : surfaceOf(skeletonOf(pose), pose.view))
        lowest = std::min(lowest, disc.centre.y() - disc.radius);
    return lowest;
}

void restHead(Pose &pose, double floor, double from, double to)
{
    const auto gap = [&](double flexion) {
        Pose trial = pose;
        trial.neckFlexion = flexion;
        const Skeleton skeleton = skeletonOf(trial);
        return std::min(skeleton.head.y() - body::headRadius,
                        skeleton.nose.y() - body::noseRadius) -
               floor;
    };
    double low = from;
    double high = to;
    const bool risesWithFlexion = gap(to) > gap(from);
    for (int step = 0; step < 50; ++step) {
        const double middle = (low + high) / 2;
        if ((gap(middle) > 0) == risesWithFlexion)
            high = middle;
        else
            low = middle;
    }
    pose.neckFlexion = (low + high) / 2;
}

const Skeleton::Limb &limbOf(const Skeleton &skeleton, LimbSide side, bool leg)
{
    if (leg)
        return side == LimbSide::Near ? skeleton.nearLeg : skeleton.farLeg;
    return side == LimbSide::Near ? skeleton.nearArm : skeleton.farArm;
}

QPointF onShin(const Pose &pose, LimbSide side, double along, double lift)
{
    const Skeleton skeleton = skeletonOf(pose);
    const Skeleton::Limb &leg = limbOf(skeleton, side, true);
    const QPointF shin = leg.end - leg.middle;
    const double length = std::hypot(shin.x(), shin.y());
    const QPointF unit = shin / length;
    const QPointF front(-unit.y(), unit.x()); // the shin's front faces away from the calf
    return leg.middle + shin * along + front * lift;
}

void reachAlongFloor(Pose &pose, LimbSide side, double floor, double reach, double way,
                     double tipAngle)
{
    const QPointF shoulder = limbOf(skeletonOf(pose), side, false).root;
    const double wristY = floor + body::wristRadius;
    const double drop = shoulder.y() - wristY;
    const double run = std::sqrt(std::max(0.0, reach * reach - drop * drop));
    reachWithArm(pose, side, QPointF(shoulder.x() + way * run, wristY), tipAngle);
}

Pose supine()
{
    Pose pose;
    pose.torsoAngle = 180;
    const double floor = floorUnder(pose);
    // Heels rest on the mat, knees soft.
    const double heelDrop = body::footLength * body::heelShare + body::footRadius;
    for (const LimbSide side : {LimbSide::Near, LimbSide::Far}) {
        const double height = floor + heelDrop + (side == LimbSide::Far ? 0.004 : 0);
        reachWithLeg(pose, side, QPointF(std::sqrt(longLeg * longLeg - height * height), height),
                     80);
    }
    restHead(pose, floor, -10, 40);
    reachAlongFloor(pose, LimbSide::Near, floor, 0.556, 1, -4);
    reachAlongFloor(pose, LimbSide::Far, floor, 0.55, 1, -4);
    return pose;
}

Pose allFours(double torso, double spine, double neck)
{
    Pose pose;
    pose.torsoAngle = torso;
    pose.spineFlexion = spine;
    pose.neckFlexion = neck;
    const double kneeY = -body::thighLength;
    const double floor = kneeY - body::kneeRadius;
    const double ankleY = floor + body::ankleRadius;
    const double shinRun = std::sqrt(std::pow(body::shinLength, 2) - std::pow(kneeY - ankleY, 2));
    const double toesDrop = body::ankleRadius - body::toeRadius;
    const double footAngle = 180 + qRadiansToDegrees(std::asin(toesDrop / body::footLength));
    for (const LimbSide side : {LimbSide::Near, LimbSide::Far})
        reachWithLeg(pose, side, QPointF(-shinRun, ankleY), footAngle);
    const Skeleton skeleton = skeletonOf(pose);
    for (const LimbSide side : {LimbSide::Near, LimbSide::Far}) {
        const QPointF shoulder = limbOf(skeleton, side, false).root;
        reachWithArm(pose, side, QPointF(shoulder.x(), floor + body::wristRadius), -2);
    }
    for (const BodySegment segment :
         {BodySegment::NearHand, BodySegment::FarHand, BodySegment::NearFoot, BodySegment::FarFoot})
        pose.contacts.append({{segment, 0.5}, true, {}});
    for (const BodySegment segment : {BodySegment::NearShin, BodySegment::FarShin})
        pose.contacts.append({{segment, 0}, true, {}});
    return pose;
}

Pose standing()
{
    Pose pose;
    pose.nearArm = limb(-4, 12, 4);
    pose.farArm = limb(4, 14, 4);
    pose.nearLeg = limb(0, 2, 0);
    pose.farLeg = limb(0, 2, 0);
    return pose;
}

void holdShin(Pose &pose, LimbSide arm, LimbSide leg, double along)
{
    reachWithArm(pose, arm, onShin(pose, leg, along, 0.075), 0);
    (arm == LimbSide::Near ? pose.nearArm : pose.farArm).end = -55;
}

void pointArm(Pose &pose, LimbSide side, const QPointF &elbow, double forearmAngle,
              double handAngle)
{
    LimbPose &arm = side == LimbSide::Near ? pose.nearArm : pose.farArm;
    const QPointF toElbow = elbow - limbOf(skeletonOf(pose), side, false).root;
    const double upper = qRadiansToDegrees(std::atan2(toElbow.y(), toElbow.x()));
    arm.upperScale = std::min(1.0, std::hypot(toElbow.x(), toElbow.y()) / body::upperArmLength);
    arm.root = std::remainder(upper - (pose.torsoAngle - pose.spineFlexion + 180), 360.0);
    arm.middle = std::remainder(forearmAngle - upper, 360.0);
    arm.end = std::remainder(handAngle - forearmAngle, 360.0);
}

} // namespace limber
