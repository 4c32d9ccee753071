#include "figures/Contacts.h"
#include "figures/Illustration.h"
#include "figures/PoseSolving.h"

#include <QHash>
#include <QString>
#include <QtMath>

// The pictures of the built-in stretches, as joint angles (see Pose.h for what each angle
// means). Where a hand holds something or a body part rests on the floor, the angles are
// solved from that contact rather than guessed, so the hands really are on the shins and
// nothing floats. They were tuned by rendering them with `limber --render-illustrations`
// and looking.

namespace limber {

namespace {

constexpr int holdEaseMs = 1600;
// Hip to ankle for a leg held straight: the knee solves to within a few degrees of straight.
constexpr double straightLeg = 0.8595;

MotionArrow arrow(Joint anchor, double radius, double fromAngle, double toAngle,
                  bool bothWays = false, double aspect = 1.0, QPointF offset = {})
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

// Lying on the back: the head and the back of the pelvis rest on the mat.
const QList<Contact> lyingOnTheBack{onFloor(BodySegment::Head, 0),
                                    onFloor(BodySegment::Torso, 0.78)};

Illustration warmUpMarch()
{
    const auto step = [](LimbSide lifted) {
        Pose pose = standing();
        LimbPose &leg = lifted == LimbSide::Near ? pose.nearLeg : pose.farLeg;
        LimbPose &forward = lifted == LimbSide::Near ? pose.farArm : pose.nearArm;
        LimbPose &back = lifted == LimbSide::Near ? pose.nearArm : pose.farArm;
        leg = limb(78, 88, 22);
        forward = limb(40, 55, 5);
        back = limb(-32, 18, 0);
        const BodySegment foot =
            lifted == LimbSide::Near ? BodySegment::FarFoot : BodySegment::NearFoot;
        pose.contacts = {onFloor(foot, 0), onFloor(foot, 0.7)};
        return pose;
    };
    return {{standing(), step(LimbSide::Near), step(LimbSide::Far)},
            {BodyPart::Pelvis, BodyPart::LowerBack},
            {arrow(Joint::Pelvis, 0.78, -40, 0, true)},
            true,
            1400};
}

// Lying on the back, a knee drawn in toward the chest: the hip folds deep, the shin lies
// about level and the hands close over the top of the shin just below the knee. The elbows
// open out to the sides, so from the side the arms look shorter and nearly straight.
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
    const QPointF reach = grip - limbOf(skeleton, arm, false).root;
    const double elbowsOut =
        std::min(1.0, std::hypot(reach.x(), reach.y()) /
                          ((body::upperArmLength + body::forearmLength) * 0.985));
    LimbPose &limbPose = arm == LimbSide::Near ? pose.nearArm : pose.farArm;
    limbPose = limb(0, 0, 0, elbowsOut, elbowsOut);
    reachWithArm(pose, arm, grip, qRadiansToDegrees(std::atan2(along.y(), along.x())) - 25);
    // The fingers curl over the shin as far as a wrist bends.
    limbPose.end = std::clamp(limbPose.end, -80.0, 80.0);
}

Illustration kneeToChest()
{
    Pose held = supine();
    held.nearLeg = limb(144, 146, 20);
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
            {arrow(Joint::Pelvis, 0.62, 40, 88, false)},
            false,
            holdEaseMs};
}

Illustration bothKneesToChest()
{
    Pose held = supine();
    // Both legs folded in, the far one a little further so that both knees show.
    held.nearLeg = limb(146, 146, 20);
    held.farLeg = limb(134, 138, 20);
    hugKnee(held, LimbSide::Near, LimbSide::Near);
    hugKnee(held, LimbSide::Far, LimbSide::Far);
    held.contacts =
        lyingOnTheBack + QList<Contact>{
                             touching(BodySegment::NearHand, 0, BodySegment::NearShin, hugShare),
                             touching(BodySegment::FarHand, 0, BodySegment::FarShin, hugShare),
                         };
    return {{supine(), held},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {arrow(Joint::Pelvis, 0.62, 40, 88, false)},
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

Illustration childsPose()
{
    Pose held;
    held.torsoAngle = 14;
    held.spineFlexion = 28;
    // Knees folded deep, shins and the tops of the feet flat on the floor behind them.
    // With the shin flat and pointing back, the knee's flexion sets the thigh's direction.
    // Sitting right back: the knee at the end of its passive range, the seat on the heels.
    const double kneeFlexion = 163;
    const double thigh = 180 + kneeFlexion - 360;
    const QPointF knee = direction(thigh) * body::thighLength;
    const double floor = knee.y() - body::kneeRadius;
    const double ankleY = floor + body::ankleRadius;
    const double shinRun =
        std::sqrt(std::pow(body::shinLength, 2) - std::pow(knee.y() - ankleY, 2));
    const double footAngle =
        180 +
        qRadiansToDegrees(std::asin((body::ankleRadius - body::toeRadius) / body::footLength));
    for (const LimbSide side : {LimbSide::Near, LimbSide::Far})
        reachWithLeg(held, side, QPointF(knee.x() - shinRun, ankleY), footAngle);
    // The forehead down: the face turned a little aside, so the head is what rests.
    held.headTurn = 60;
    restHead(held, floor, 0, 50);
    // Arms long on the floor, hands far ahead of the head.
    reachAlongFloor(held, LimbSide::Near, floor, 0.566, 1, -3);
    reachAlongFloor(held, LimbSide::Far, floor, 0.56, 1, -3);
    held.contacts = {
        onFloor(BodySegment::NearHand, 0.5),
        onFloor(BodySegment::FarHand, 0.5),
        onFloor(BodySegment::Head, 0),
        onFloor(BodySegment::NearShin, 0),
        onFloor(BodySegment::NearFoot, 1),
        onFloor(BodySegment::FarFoot, 1),
        // Sitting back on the heels.
        touching(BodySegment::Torso, 0, BodySegment::NearShin, 1),
    };
    return {{allFours(10, 0, 0), held},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {arrow(Joint::Pelvis, 0.2, 110, 195, false)},
            false,
            holdEaseMs};
}

Illustration runnersLunge()
{
    Pose held;
    held.torsoAngle = 66;
    held.spineFlexion = 4;
    held.neckFlexion = -6;
    // The front foot flat with the knee right above the ankle.
    const QPointF frontKnee = direction(-24) * body::thighLength;
    const QPointF frontAnkle = frontKnee - QPointF(0, body::shinLength);
    const double floor = frontAnkle.y() - body::ankleRadius;
    // The front foot flat, heel and toes down.
    reachWithLeg(held, LimbSide::Far, frontAnkle,
                 -qRadiansToDegrees(std::asin((body::ankleRadius - ballRadius) /
                                              (body::footLength * body::ballShare))));
    // The back leg long, its heel lifted and its toes on the floor.
    // Up on the ball of the foot, the toes bent flat on the floor.
    const double heelLift = 0.12;
    const QPointF backAnkle(-std::sqrt(std::pow(straightLeg, 2) - std::pow(floor + heelLift, 2)),
                            floor + heelLift);
    const double ballDrop = heelLift - ballRadius;
    reachWithLeg(held, LimbSide::Near, backAnkle,
                 -qRadiansToDegrees(std::asin(ballDrop / (body::footLength * body::ballShare))));
    // Hands resting on the front thigh just above the knee.
    const QPointF onThigh = frontKnee - direction(-24) * 0.09 + QPointF(0, 0.075);
    reachWithArm(held, LimbSide::Far, onThigh + QPointF(0.02, 0), -40);
    reachWithArm(held, LimbSide::Near, onThigh, -40);
    held.contacts = {
        onFloor(BodySegment::FarFoot, 0),
        onFloor(BodySegment::FarFoot, body::ballShare),
        onFloor(BodySegment::NearFoot, 1),
        touching(BodySegment::NearHand, 0.5, BodySegment::FarThigh, 0.8),
        touching(BodySegment::FarHand, 0.5, BodySegment::FarThigh, 0.8),
    };

    Pose start = standing();
    return {{start, held},
            {BodyPart::NearThigh, BodyPart::Pelvis},
            {arrow(Joint::Pelvis, 0.3, 236, 296, false)},
            false,
            holdEaseMs};
}

Illustration happyBaby()
{
    Pose held = supine();
    // Knees wide and drawn down toward the armpits (out toward the viewer, so the thighs
    // look shorter than they are), shins about plumb, soles to the ceiling.
    const auto bend = [&](LimbSide side, double flexion, double abduction, double shinAngle) {
        LimbPose &leg = side == LimbSide::Near ? held.nearLeg : held.farLeg;
        leg = limb(flexion);
        leg.abduction = abduction;
        const QPointF knee = limbOf(skeletonOf(held), side, true).middle;
        reachWithTurnedLeg(held, side, knee + direction(shinAngle) * body::shinLength * 0.995);
        leg.end = 10;
    };
    bend(LimbSide::Near, 150, 44, 100);
    bend(LimbSide::Far, 146, 38, 94);
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

Illustration catCow()
{
    // Shoulders stay over the hands and hips over the knees; the middle of the back rises
    // (cat) or sinks (cow) between them.
    // The arrow stands over the middle of the back: the spine arches up and dips down.
    return {{allFours(10, 0, 0), allFours(33, 45, 50), allFours(-2, -30, -38)},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {arrow(Joint::MidSpine, 0.6, -13, 13, true, 1.0, QPointF(-0.6, 0.3))},
            true,
            7000};
}

// Seen from the front: sitting tall, soles together, knees falling out to the sides.
Illustration butterfly()
{
    const auto seated = [](double thighAngle, double thighScale) {
        Pose pose;
        pose.view = PoseView::Front;
        const auto placeLeg = [&](LimbSide side, const QPointF &ankle) {
            const double outward = side == LimbSide::Near ? -1 : 1;
            const QPointF hip(outward * body::hipHalfWidth, 0);
            // thighAngle is measured from horizontal-outward, up positive.
            const QPointF knee = hip + QPointF(outward * std::cos(qDegreesToRadians(thighAngle)),
                                               std::sin(qDegreesToRadians(thighAngle))) *
                                           body::thighLength * thighScale;
            const QPointF shin = ankle - knee;
            const double upper =
                qRadiansToDegrees(std::atan2(knee.y() - hip.y(), knee.x() - hip.x()));
            const double lower = qRadiansToDegrees(std::atan2(shin.y(), shin.x()));
            LimbPose &leg = side == LimbSide::Near ? pose.nearLeg : pose.farLeg;
            leg.root = std::remainder((upper - 270) * outward, 360.0);
            leg.middle = std::remainder((upper - lower) * outward, 360.0);
            leg.upperScale = thighScale;
            leg.lowerScale = std::hypot(shin.x(), shin.y()) / body::shinLength;
            leg.end = 85;
        };
        // Soles together in front of the groin, resting on the floor with the seat: each
        // foot lies on its outer edge, toes forward, and points in at the other. The toes'
        // place is what counts, so the ankles move until the toes are there.
        const double floor = -body::torsoCornerRadius;
        for (const LimbSide side : {LimbSide::Near, LimbSide::Far}) {
            const double outward = side == LimbSide::Near ? -1 : 1;
            const QPointF toes(outward * body::toeRadius * 0.5, floor + body::toeRadius);
            QPointF ankle(outward * 0.11, floor + 0.05);
            for (int step = 0; step < 6; ++step) {
                placeLeg(side, ankle);
                ankle += toes - limbOf(skeletonOf(pose), side, true).tip;
            }
            placeLeg(side, ankle);
        }
        // Each hand over its foot from the outside, clear of where the soles meet.
        const Skeleton skeleton = skeletonOf(pose);
        for (const LimbSide side : {LimbSide::Near, LimbSide::Far}) {
            const double outward = side == LimbSide::Near ? -1 : 1;
            const Skeleton::Limb &leg = limbOf(skeleton, side, true);
            const QPointF foot = (leg.end + leg.tip) / 2;
            const QPointF wrist = foot + QPointF(outward * 0.075, 0.05);
            const QPointF toward = foot - wrist;
            reachWithArm(pose, side, wrist, qRadiansToDegrees(std::atan2(toward.y(), toward.x())));
        }
        pose.contacts = {
            onFloor(BodySegment::Torso, 0),
            onFloor(BodySegment::NearFoot, 1),
            touching(BodySegment::NearFoot, 1, BodySegment::FarFoot, 1),
            touching(BodySegment::NearHand, 0.5, BodySegment::NearFoot, 0.5),
            touching(BodySegment::FarHand, 0.5, BodySegment::FarFoot, 0.5),
        };
        return pose;
    };
    const Pose start = seated(21, 0.78);
    const Pose held = seated(4, 0.8);
    return {{start, held},
            {BodyPart::Pelvis, BodyPart::NearThigh, BodyPart::FarThigh},
            {arrow(Joint::Pelvis, 0.5, 160, 192, false, 1.0, QPointF(-body::hipHalfWidth, 0)),
             arrow(Joint::Pelvis, 0.5, 20, -12, false, 1.0, QPointF(body::hipHalfWidth, 0))},
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
    held.depthSlant = 0.6;
    start.depthSlant = held.depthSlant;
    // The supporting (far) leg: thigh about plumb, shin level like a table top.
    held.farLeg = limb(96, 92, 5);
    // The crossed (near) leg: knee turned out toward the viewer, the ankle resting on the
    // front of the supporting thigh just below its knee, the foot past it.
    held.nearLeg.root = 58;
    held.nearLeg.abduction = 45;
    const Skeleton::Limb support = skeletonOf(held).farLeg;
    const QPointF alongThigh = support.middle - support.root;
    const QPointF thighFront = QPointF(alongThigh.y(), -alongThigh.x()) / body::thighLength;
    reachWithTurnedLeg(held, LimbSide::Near,
                       support.root + alongThigh * 0.8 +
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
                             touching(BodySegment::NearShin, 1, BodySegment::FarThigh, 0.8),
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

Illustration seatedSpinalTwist()
{
    const auto sitting = [](double twist) {
        Pose pose;
        pose.torsoAngle = 93;
        pose.twist = twist;
        pose.nearLeg = limb(87);
        pose.farLeg = limb(87);
        const double floor = floorUnder(pose);
        const double heelDrop = body::footLength * body::heelShare + body::footRadius;
        const double height = floor + heelDrop;
        for (const LimbSide side : {LimbSide::Near, LimbSide::Far})
            reachWithLeg(pose, side,
                         QPointF(std::sqrt(longLeg * longLeg - height * height), height), 78);
        return pose;
    };
    Pose start = sitting(0);
    const double floor = floorUnder(start);
    reachAlongFloor(start, LimbSide::Near, floor, 0.56, -1, 185);
    reachAlongFloor(start, LimbSide::Far, floor, 0.555, -1, 185);

    Pose held = sitting(52);
    held.headTurn = 90; // facing the viewer with the chest
    // The near leg crosses over: knee up, foot flat beside the long leg's knee.
    const QPointF farKnee = skeletonOf(held).farLeg.middle;
    reachWithLeg(held, LimbSide::Near, QPointF(farKnee.x() - 0.06, floor + body::ankleRadius),
                 -qRadiansToDegrees(std::asin((body::ankleRadius - ballRadius) /
                                              (body::footLength * body::ballShare))));
    // The far arm hooks its elbow round the outside of that knee, forearm up; the near hand
    // props the body from the floor behind.
    const Skeleton skeleton = skeletonOf(held);
    const QPointF knee = skeleton.nearLeg.middle;
    pointArm(held, LimbSide::Far, knee + QPointF(0.02, 0.03), 78, 95);
    held.farArmInFront = true;
    reachAlongFloor(held, LimbSide::Near, floorUnder(held), 0.565, -1, 186);
    held.contacts = {
        onFloor(BodySegment::Torso, 0),
        onFloor(BodySegment::NearHand, 0.5),
        onFloor(BodySegment::NearFoot, body::ballShare),
        onFloor(BodySegment::FarFoot, 0),
        // The elbow against the outside of the bent knee.
        touching(BodySegment::FarUpperArm, 1, BodySegment::NearThigh, 1),
    };
    return {{start, held},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {arrow(Joint::Head, 0.24, -20, -160, false, 0.34, QPointF(0, 0.24))},
            false,
            holdEaseMs};
}

QHash<QString, Illustration> buildIllustrations()
{
    return {
        {QStringLiteral("warm-up-march"), warmUpMarch()},
        {QStringLiteral("knee-to-chest"), kneeToChest()},
        {QStringLiteral("both-knees-to-chest"), bothKneesToChest()},
        {QStringLiteral("knee-rotations"), kneeRotations()},
        {QStringLiteral("childs-pose"), childsPose()},
        {QStringLiteral("runners-lunge"), runnersLunge()},
        {QStringLiteral("happy-baby"), happyBaby()},
        {QStringLiteral("cat-cow"), catCow()},
        {QStringLiteral("butterfly"), butterfly()},
        {QStringLiteral("figure-four"), figureFour()},
        {QStringLiteral("seated-spinal-twist"), seatedSpinalTwist()},
    };
}

} // namespace

const Illustration &illustrationOf(QStringView stretchId)
{
    static const QHash<QString, Illustration> illustrations = buildIllustrations();
    static const Illustration none;
    const auto it = illustrations.constFind(stretchId.toString());
    return it == illustrations.constEnd() ? none : *it;
}

const Pose &stillPoseOf(const Illustration &illustration)
{
    static const Pose none;
    if (illustration.keyframes.isEmpty())
        return none;
    return illustration.keyframes.at(std::min<qsizetype>(1, illustration.keyframes.size() - 1));
}

QPointF jointPosition(const Skeleton &skeleton, Joint joint)
{
    switch (joint) {
    case Joint::Pelvis:
        return skeleton.pelvis;
    case Joint::MidSpine:
        return skeleton.midSpine;
    case Joint::Neck:
        return skeleton.neck;
    case Joint::Head:
        return skeleton.head;
    case Joint::NearKnee:
        return skeleton.nearLeg.middle;
    case Joint::FarKnee:
        return skeleton.farLeg.middle;
    case Joint::NearAnkle:
        return skeleton.nearLeg.end;
    case Joint::FarAnkle:
        return skeleton.farLeg.end;
    case Joint::NearElbow:
        return skeleton.nearArm.middle;
    case Joint::NearHand:
        return skeleton.nearArm.end;
    case Joint::FarHand:
        return skeleton.farArm.end;
    }
    return skeleton.pelvis;
}

} // namespace limber
