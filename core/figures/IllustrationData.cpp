#include "figures/Contacts.h"
#include "figures/IllustrationBuilders.h"
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

using namespace figuredata;

namespace {

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
    // The front leg is the near one, drawn over the hip: behind the trunk its thigh would be
    // cut short by the seat and look shorter than the long back leg.
    // The front foot flat with the knee right above the ankle.
    const QPointF frontKnee = direction(-24) * body::thighLength;
    const QPointF frontAnkle = frontKnee - QPointF(0, body::shinLength);
    const double floor = frontAnkle.y() - body::ankleRadius;
    // The front foot flat, heel and toes down.
    reachWithLeg(held, LimbSide::Near, frontAnkle,
                 -qRadiansToDegrees(std::asin((body::ankleRadius - ballRadius) /
                                              (body::footLength * body::ballShare))));
    // The back leg long, its heel lifted and its toes on the floor.
    // Up on the ball of the foot, the toes bent flat on the floor.
    const double heelLift = 0.12;
    const QPointF backAnkle(-std::sqrt(std::pow(straightLeg, 2) - std::pow(floor + heelLift, 2)),
                            floor + heelLift);
    const double ballDrop = heelLift - ballRadius;
    reachWithLeg(held, LimbSide::Far, backAnkle,
                 -qRadiansToDegrees(std::asin(ballDrop / (body::footLength * body::ballShare))));
    // Hands resting on the front thigh just above the knee.
    const QPointF onThigh = frontKnee - direction(-24) * 0.09 + QPointF(0, 0.075);
    reachWithArm(held, LimbSide::Far, onThigh + QPointF(0.02, 0), -40);
    reachWithArm(held, LimbSide::Near, onThigh, -40);
    held.contacts = {
        onFloor(BodySegment::NearFoot, 0),
        onFloor(BodySegment::NearFoot, body::ballShare),
        onFloor(BodySegment::FarFoot, 1),
        touching(BodySegment::NearHand, 0.5, BodySegment::NearThigh, 0.8),
        touching(BodySegment::FarHand, 0.5, BodySegment::NearThigh, 0.8),
    };

    Pose start = standing();
    return {{start, held},
            {BodyPart::FarThigh, BodyPart::Pelvis},
            {arrow(Joint::Pelvis, 0.3, 236, 296, false)},
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
