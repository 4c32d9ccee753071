#include "Illustration.h"

#include <QHash>
#include <QString>

// The pictures of the built-in stretches, as joint angles (see Pose.h for what each angle
// means). They were tuned by rendering them with `limber --render-illustrations` and looking.

namespace limber {

namespace {

constexpr int holdEaseMs = 1600;

LimbPose limb(double root, double middle = 0, double end = 0, double upperScale = 1.0,
              double lowerScale = 1.0)
{
    return {root, middle, end, upperScale, lowerScale};
}

// Lying on the back, legs long, arms along the body.
Pose supine()
{
    Pose pose;
    pose.torsoAngle = 180;
    pose.neckFlexion = 8;
    pose.nearArm = limb(8, 10, 0);
    pose.farArm = limb(4, 10, 0);
    pose.nearLeg = limb(0, 4, 10);
    pose.farLeg = limb(0, 4, 10);
    return pose;
}

// On hands and knees, wrists under shoulders and knees under hips.
Pose allFours(double torso, double spine, double neck)
{
    Pose pose;
    pose.torsoAngle = torso;
    pose.spineFlexion = spine;
    pose.neckFlexion = neck;
    const double upperTorso = torso - spine;
    const double shoulder = 90 - upperTorso; // arms plumb
    pose.nearArm = limb(shoulder, 0, 90);
    pose.farArm = limb(shoulder, 0, 90);
    const double hip = 90 - torso; // thighs plumb
    pose.nearLeg = limb(hip, 90, 88);
    pose.farLeg = limb(hip, 90, 88);
    return pose;
}

Pose standing()
{
    Pose pose;
    pose.nearArm = limb(0, 12, 0);
    pose.farArm = limb(0, 12, 0);
    pose.nearLeg = limb(0, 0, 0);
    pose.farLeg = limb(0, 0, 0);
    return pose;
}

Illustration warmUpMarch()
{
    Pose nearStep = standing();
    nearStep.nearLeg = limb(70, 85, 15);
    nearStep.nearArm = limb(-35, 20);
    nearStep.farArm = limb(40, 60);
    Pose farStep = standing();
    farStep.farLeg = limb(70, 85, 15);
    farStep.farArm = limb(-35, 20);
    farStep.nearArm = limb(40, 60);
    return {{standing(), nearStep, farStep},
            {BodyPart::Pelvis, BodyPart::NearThigh, BodyPart::FarThigh},
            {{Joint::NearKnee, 0.16, -60, 60, true}},
            true,
            1400};
}

Illustration kneeToChest()
{
    Pose held = supine();
    held.neckFlexion = 18;
    held.nearLeg = limb(128, 118, 5);
    held.nearArm = limb(45, 40, 10);
    held.farArm = limb(40, 45, 10);
    return {{supine(), held},
            {BodyPart::LowerBack, BodyPart::Pelvis, BodyPart::NearThigh},
            {{Joint::Pelvis, 0.6, 55, 110, false}},
            false,
            holdEaseMs};
}

Illustration bothKneesToChest()
{
    Pose held = supine();
    held.neckFlexion = 18;
    held.nearLeg = limb(130, 120, 5);
    held.farLeg = limb(124, 116, 5);
    held.nearArm = limb(45, 40, 10);
    held.farArm = limb(40, 45, 10);
    return {{supine(), held},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {{Joint::Pelvis, 0.6, 55, 110, false}},
            false,
            holdEaseMs};
}

// Seen from above: lying on the back, arms out, knees bent and rocking side to side.
Illustration kneeRotations()
{
    Pose centre;
    centre.view = PoseView::Top;
    centre.torsoAngle = 180;
    centre.nearArm = limb(80, 10);
    centre.farArm = limb(80, 10);
    centre.nearLeg = limb(4, 0, 0, 0.6, 0.55);
    centre.farLeg = limb(4, 0, 0, 0.6, 0.55);
    Pose towardNear = centre;
    towardNear.nearLeg = limb(40, 40, 0, 0.85, 0.6);
    towardNear.farLeg = limb(-15, -10, 0, 0.8, 0.6);
    Pose towardFar = centre;
    towardFar.nearLeg = limb(-15, -10, 0, 0.8, 0.6);
    towardFar.farLeg = limb(40, 40, 0, 0.85, 0.6);
    return {{centre, towardNear, towardFar},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {{Joint::NearKnee, 0.3, 60, 120, true}},
            true,
            8000};
}

Illustration childsPose()
{
    Pose kneeling = allFours(0, 0, 0);
    Pose held;
    held.torsoAngle = 28;
    held.spineFlexion = 38;
    held.neckFlexion = 20;
    held.nearLeg = limb(140, 158, 85);
    held.farLeg = limb(140, 158, 85);
    held.nearArm = limb(172, 5, 5);
    held.farArm = limb(168, 5, 5);
    return {{kneeling, held},
            {BodyPart::LowerBack, BodyPart::Pelvis, BodyPart::NearThigh},
            {{Joint::Pelvis, 0.25, 120, 200, false}},
            false,
            holdEaseMs};
}

Illustration runnersLunge()
{
    Pose start = standing();
    Pose held;
    held.torsoAngle = 78;
    held.spineFlexion = 5;
    held.nearLeg = limb(88, 80, 0);
    held.farLeg = limb(-28, 0, 30);
    held.nearArm = limb(35, 30, 0);
    held.farArm = limb(30, 35, 0);
    return {{start, held},
            {BodyPart::FarThigh, BodyPart::Pelvis, BodyPart::NearThigh},
            {{Joint::Pelvis, 0.3, 250, 290, false}},
            false,
            holdEaseMs};
}

Illustration happyBaby()
{
    Pose start = supine();
    start.nearLeg = limb(90, 90, 0);
    start.farLeg = limb(86, 86, 0);
    Pose held = supine();
    held.neckFlexion = 12;
    held.nearLeg = limb(145, 58, 0);
    held.farLeg = limb(140, 54, 0);
    held.nearArm = limb(80, 0, 0);
    held.farArm = limb(76, 4, 0);
    return {{start, held},
            {BodyPart::LowerBack, BodyPart::Pelvis},
            {{Joint::NearKnee, 0.22, 20, 80, false}},
            false,
            holdEaseMs};
}

Illustration catCow()
{
    return {{allFours(0, 0, 0), allFours(10, 28, 45), allFours(-6, -22, -35)},
            {BodyPart::LowerBack, BodyPart::UpperBack},
            {{Joint::MidSpine, 0.2, 60, 120, true}},
            true,
            7000};
}

// Seen from the front: sitting tall, soles together, knees falling out to the sides.
Illustration butterfly()
{
    Pose start;
    start.view = PoseView::Front;
    start.nearLeg = limb(60, 150, 0, 0.8, 0.9);
    start.farLeg = limb(60, 150, 0, 0.8, 0.9);
    start.nearArm = limb(15, 20);
    start.farArm = limb(15, 20);
    Pose held = start;
    held.nearLeg = limb(92, 168, 0, 0.85, 0.95);
    held.farLeg = limb(92, 168, 0, 0.85, 0.95);
    held.nearArm = limb(8, 35, 0);
    held.farArm = limb(8, 35, 0);
    return {{start, held},
            {BodyPart::Pelvis, BodyPart::NearThigh, BodyPart::FarThigh},
            {{Joint::NearKnee, 0.18, 120, 200, false}},
            false,
            holdEaseMs};
}

Illustration figureFour()
{
    Pose start = supine();
    start.nearLeg = limb(50, 100, 40);
    start.farLeg = limb(50, 100, 40);
    Pose held = supine();
    held.neckFlexion = 15;
    held.farLeg = limb(105, 95, 10);
    held.nearLeg = limb(110, 80, 10, 0.65, 1.0);
    held.nearArm = limb(50, 35, 0);
    held.farArm = limb(46, 40, 0);
    return {{start, held},
            {BodyPart::Pelvis, BodyPart::NearThigh, BodyPart::LowerBack},
            {{Joint::FarKnee, 0.25, 40, 100, false}},
            false,
            holdEaseMs};
}

Illustration seatedSpinalTwist()
{
    Pose start;
    start.torsoAngle = 92;
    start.nearLeg = limb(90, 0, -5);
    start.farLeg = limb(90, 0, -5);
    start.nearArm = limb(-20, 0, 90);
    start.farArm = limb(10, 0, 0);
    Pose held;
    held.torsoAngle = 92;
    held.neckFlexion = -5;
    held.farLeg = limb(90, 0, -5);
    held.nearLeg = limb(125, 135, 25);
    held.nearArm = limb(-40, 5, 90, 0.8, 1.0);
    held.farArm = limb(70, 95, 0, 0.9, 0.9);
    return {{start, held},
            {BodyPart::LowerBack, BodyPart::UpperBack, BodyPart::Pelvis},
            {{Joint::Neck, 0.2, 200, 330, false}},
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
    case Joint::NearElbow:
        return skeleton.nearArm.middle;
    case Joint::NearHand:
        return skeleton.nearArm.end;
    }
    return skeleton.pelvis;
}

} // namespace limber
