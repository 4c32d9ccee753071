#include "figures/NeutralPoses.h"

#include "figures/PoseSolving.h"

namespace limber {

namespace {

Contact floorContact(BodySegment segment, double along)
{
    return {{segment, along}, true, {}};
}

// Upright on the floor, legs long with the heels down, leaning back a little on the hands.
Pose seated()
{
    Pose pose;
    pose.torsoAngle = 93;
    pose.nearLeg = limb(87);
    pose.farLeg = limb(87);
    const double floor = floorUnder(pose);
    const double heelDrop = body::footLength * body::heelShare + body::footRadius;
    const double height = floor + heelDrop;
    for (const LimbSide side : {LimbSide::Near, LimbSide::Far})
        reachWithLeg(pose, side, QPointF(std::sqrt(longLeg * longLeg - height * height), height),
                     78);
    reachAlongFloor(pose, LimbSide::Near, floor, 0.56, -1, 185);
    reachAlongFloor(pose, LimbSide::Far, floor, 0.555, -1, 185);
    pose.contacts = {floorContact(BodySegment::NearHand, 0.5),
                     floorContact(BodySegment::FarHand, 0.5)};
    return pose;
}

} // namespace

Pose neutralPose(NeutralPose which)
{
    switch (which) {
    case NeutralPose::Standing: {
        Pose pose = standing();
        pose.contacts = {floorContact(BodySegment::NearFoot, 0),
                         floorContact(BodySegment::FarFoot, 0)};
        return pose;
    }
    case NeutralPose::Lying:
        return supine();
    case NeutralPose::Kneeling:
        return allFours(10, 0, 0);
    case NeutralPose::Seated:
        return seated();
    }
    return standing();
}

} // namespace limber
