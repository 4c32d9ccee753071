#include "figures/Contacts.h"
#include "figures/IllustrationBuilders.h"
#include "figures/PoseSolving.h"

#include <QtMath>

// The stretches done lying on the back, and the building blocks every stretch's drawing uses.
// As in IllustrationData.cpp, hands and resting parts are solved from their contacts.

namespace limber::figuredata {

MotionArrow arrow(Joint anchor, double radius, double fromAngle, double toAngle, bool bothWays,
                  double aspect, QPointF offset)
{
    MotionArrow result;
    result.anchor = anchor;
    result.radius = radius;
    result.fromAngle = fromAngle;
    result.toAngle = toAngle;
    result.bothWays = bothWays;
    result.aspect = aspect;
    result.offset = offset;
    return result;
}

Contact touching(BodySegment segment, double along, BodySegment other, double otherAlong)
{
    return {{segment, along}, false, {other, otherAlong}};
}

Contact onFloor(BodySegment segment, double along)
{
    return {{segment, along}, true, {}};
}

namespace {

// Lying on the back: the head and the shoulder blades rest on the mat.
const QList<Contact> lyingOnTheBack{onFloor(BodySegment::Head, 0),
                                    onFloor(BodySegment::Torso, 0.78)};

// Lying on the back, a knee drawn in toward the chest: the hip folds deep, the shin lies
// about level and the hands close over the top of the shin just below the knee. The elbows
// open out to the sides and bend to pull, so from the side the arms look a little short
// and bent; foreshortened only slightly, they still read as whole arms.
// Where along the shin the hands close.
constexpr double hugShare = 0.28;

void hugKnee(Pose &pose, LimbSide arm, LimbSide leg)
{
    const Skeleton skeleton = skeletonOf(pose);
    const Skeleton::Limb &shin = limbOf(skeleton, leg, true);
    const QPointF along = (shin.end - shin.middle) / body::shinLength;
    const QPointF top(-along.y(), along.x());
    const QPointF grip =
        shin.middle + along * (hugShare * body::shinLength) + top * body::kneeRadius;
    LimbPose &limbPose = arm == LimbSide::Near ? pose.nearArm : pose.farArm;
    limbPose = limb(0, 0, 0, 0.85, 0.85);
    reachWithArm(pose, arm, grip, qRadiansToDegrees(std::atan2(along.y(), along.x())) - 25);
    // The fingers curl over the shin as far as a wrist bends.
    limbPose.end = std::clamp(limbPose.end, -80.0, 80.0);
}

// Lying on the back with the pelvis tucked under (the tail curls up and the low back rounds
// onto the mat), as it does when a knee is hugged in: the thigh comes nearer the chest than
// the hip's own flexion takes it. The chest stays flat on the mat.
Pose tuckedSupine(double tilt)
{
    Pose pose = supine();
    pose.torsoAngle += tilt;
    pose.spineFlexion = tilt;
    return pose;
}

// Lays a leg long on the mat again after the pelvis has tucked, the heel resting on it.
void restLegLong(Pose &pose, LimbSide side)
{
    LimbPose &leg = side == LimbSide::Near ? pose.nearLeg : pose.farLeg;
    leg = limb(90); // out of the way while finding the floor under the back
    const double height = floorUnder(pose) + body::footLength * body::heelShare + body::footRadius;
    reachWithLeg(pose, side, QPointF(std::sqrt(longLeg * longLeg - height * height), height), 80);
}

} // namespace

Illustration kneeToChest()
{
    Pose held = tuckedSupine(8);
    held.nearLeg = limb(150, 146, 20);
    restLegLong(held, LimbSide::Far);
    hugKnee(held, LimbSide::Near, LimbSide::Near);
    hugKnee(held, LimbSide::Far, LimbSide::Near);
    held.contacts =
        lyingOnTheBack + QList<Contact>{
                             touching(BodySegment::NearHand, 0, BodySegment::NearShin, hugShare),
                             touching(BodySegment::FarHand, 0, BodySegment::NearShin, hugShare),
                             onFloor(BodySegment::FarFoot, 0),
                         };
    return {{supine(), held},
            // The pulled leg's glutes and hamstrings: the tint shows which side works.
            {BodyPart::LowerBack, BodyPart::Pelvis, BodyPart::NearThigh},
            {arrow(Joint::Pelvis, 0.62, 50, 118, false)},
            false,
            holdEaseMs};
}

Illustration bothKneesToChest()
{
    Pose held = tuckedSupine(8);
    // Both legs folded in, the far one a little less so that both knees show.
    held.nearLeg = limb(150, 146, 20);
    held.farLeg = limb(140, 138, 20);
    hugKnee(held, LimbSide::Near, LimbSide::Near);
    hugKnee(held, LimbSide::Far, LimbSide::Far);
    held.contacts =
        lyingOnTheBack + QList<Contact>{
                             touching(BodySegment::NearHand, 0, BodySegment::NearShin, hugShare),
                             touching(BodySegment::FarHand, 0, BodySegment::FarShin, hugShare),
                         };
    return {{supine(), held},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {arrow(Joint::Pelvis, 0.62, 50, 118, false)},
            false,
            holdEaseMs};
}

// Seen from above: lying on the back, arms out, knees bent and rocking side to side.
Illustration kneeRotations()
{
    Pose centre;
    centre.view = PoseView::Top;
    centre.torsoAngle = 180;
    // Arms out low at the sides, palms down: apart from the shoulders, so each reads as an arm.
    centre.nearArm = limb(58, 14, -10);
    centre.farArm = limb(58, 14, -10);
    centre.nearLeg = limb(52, 104, 38);
    centre.farLeg = centre.nearLeg;
    centre.nearLeg.abduction = -4;
    centre.farLeg.abduction = -4;
    Pose towardNear = centre;
    towardNear.pelvisRoll = 50;
    Pose towardFar = centre;
    towardFar.pelvisRoll = -50;
    return {{centre, towardNear, towardFar},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {arrow(Joint::Pelvis, 0.82, -42, 42, true)},
            true,
            8000};
}

Illustration happyBaby()
{
    Pose held = supine();
    // The hips folded well past square, thighs up and toward the head; the knees only a
    // little wide, so each thigh reads at its full length next to its shin. The shins stand
    // about plumb, leaning a little toward the head so that the hands, arms long from the
    // shoulders, reach the soles; the soles face the ceiling.
    const auto bend = [&](LimbSide side, double flexion, double abduction, double shinAngle) {
        LimbPose &leg = side == LimbSide::Near ? held.nearLeg : held.farLeg;
        leg = limb(flexion);
        leg.abduction = abduction;
        const QPointF knee = limbOf(skeletonOf(held), side, true).middle;
        reachWithTurnedLeg(held, side, knee + direction(shinAngle) * body::shinLength * 0.995);
        leg.end = 5;
    };
    bend(LimbSide::Near, 148, 10, 97);
    bend(LimbSide::Far, 145, 6, 95);
    // Each hand round the outer edge of its foot, fingers over the sole.
    const Skeleton skeleton = skeletonOf(held);
    for (const LimbSide side : {LimbSide::Near, LimbSide::Far}) {
        const Skeleton::Limb &leg = limbOf(skeleton, side, true);
        const QPointF grip = leg.end + (leg.tip - leg.end) * 0.45;
        reachWithArm(held, side, grip + QPointF(-0.03, -0.035), 95);
    }
    held.contacts =
        lyingOnTheBack + QList<Contact>{
                             touching(BodySegment::NearHand, 0.6, BodySegment::NearFoot, 0.6),
                             touching(BodySegment::FarHand, 0.6, BodySegment::FarFoot, 0.6),
                         };

    Pose start = supine();
    start.nearLeg = limb(95, 100, 10);
    start.farLeg = limb(90, 96, 10);
    return {{start, held},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {arrow(Joint::NearAnkle, 0.4, 165, 195, false, 1.0, QPointF(0.52, -0.12))},
            false,
            holdEaseMs};
}

Illustration figureFour()
{
    Pose start = supine();
    const double startFloor = floorUnder(start);
    for (const LimbSide side : {LimbSide::Near, LimbSide::Far})
        reachWithLeg(start, side, QPointF(0.5, startFloor + 0.07), -2);

    Pose held = supine();
    // The crossed shin runs across the body, in depth: a slightly oblique view shows it.
    held.depthSlant = 0.7;
    start.depthSlant = held.depthSlant;
    // The supporting (far) leg: thigh about plumb, shin level like a table top.
    held.farLeg = limb(96, 92, 5);
    // The crossed (near) leg: the hip flexed past square and turned out, so the knee points
    // up and out toward the viewer rather than down toward the feet, the ankle resting on
    // the front of the supporting thigh just below its knee, the foot past it.
    held.nearLeg.root = 100;
    held.nearLeg.abduction = 48;
    const Skeleton::Limb support = skeletonOf(held).farLeg;
    const QPointF alongThigh = support.middle - support.root;
    const QPointF thighFront = QPointF(alongThigh.y(), -alongThigh.x()) / body::thighLength;
    reachWithTurnedLeg(held, LimbSide::Near,
                       support.root + alongThigh * 0.85 +
                           thighFront * (body::thighRadius * 0.6 + body::ankleRadius));
    held.nearLeg.end = 15;
    // Hands behind the supporting thigh, pulling it in: the near arm threads between the
    // legs, under the crossed shin.
    const QPointF grip = support.root + alongThigh * 0.6 - thighFront * (body::thighRadius + 0.02);
    held.armsInsideLegs = true;
    reachWithArm(held, LimbSide::Far, grip + alongThigh * 0.08, 80);
    reachWithArm(held, LimbSide::Near, grip, 80);
    held.contacts =
        lyingOnTheBack + QList<Contact>{
                             touching(BodySegment::NearShin, 1, BodySegment::FarThigh, 0.85),
                             touching(BodySegment::NearHand, 0.5, BodySegment::FarThigh, 0.6),
                             touching(BodySegment::FarHand, 0.5, BodySegment::FarThigh, 0.68),
                         };
    return {{start, held},
            // The crossed leg's hip and glutes: the worked side.
            {BodyPart::Pelvis, BodyPart::LowerBack, BodyPart::NearThigh},
            {arrow(Joint::Pelvis, 0.66, 64, 100, false)},
            false,
            holdEaseMs};
}

} // namespace limber::figuredata
