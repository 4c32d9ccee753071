#include "figures/PoseDragging.h"

#include "figures/Contacts.h"
#include "figures/Illustration.h"
#include "figures/NeutralPoses.h"
#include "IllustrationTestSupport.h"
#include "model/StartingPoses.h"

#include <gtest/gtest.h>
#include <limits>
#include <QRandomGenerator>

using namespace limber;
using namespace limber::illustrationtest;

namespace {

double lowestPoint(const Pose &pose)
{
    double lowest = std::numeric_limits<double>::max();
    for (const BodyDisc &disc : surfaceOf(groundedSkeletonOf(pose), pose.view))
        lowest = std::min(lowest, disc.centre.y() - disc.radius);
    return lowest;
}

QPointF handleAt(const Pose &pose, PoseHandle handle)
{
    return handlePosition(skeletonOf(pose), handle);
}

double uniform(QRandomGenerator &random, double low, double high)
{
    return low + (high - low) * random.generateDouble();
}

double within(QRandomGenerator &random, JointRange range)
{
    return uniform(random, range.min, range.max);
}

// The pose with the angles behind a handle set at random inside their ranges: its joint is
// somewhere the body can put it.
Pose reachablePose(Pose pose, PoseHandle handle, QRandomGenerator &random)
{
    const PoseView view = pose.view;
    LimbPose &arm = (handle == PoseHandle::NearElbow || handle == PoseHandle::NearHand)
                        ? pose.nearArm
                        : pose.farArm;
    LimbPose &leg = (handle == PoseHandle::NearKnee || handle == PoseHandle::NearFoot)
                        ? pose.nearLeg
                        : pose.farLeg;
    switch (handle) {
    case PoseHandle::Head:
        pose.neckFlexion = within(random, anatomy::neckRange());
        break;
    case PoseHandle::Torso:
        pose.torsoAngle += uniform(random, -40, 40);
        if (view == PoseView::Side)
            pose.spineFlexion = within(random, anatomy::spineRange());
        break;
    case PoseHandle::NearHand:
    case PoseHandle::FarHand:
        arm.middle = within(random, anatomy::elbowRange(view));
        [[fallthrough]];
    case PoseHandle::NearElbow:
    case PoseHandle::FarElbow:
        arm.root = within(random, anatomy::shoulderRange(view));
        break;
    case PoseHandle::NearFoot:
    case PoseHandle::FarFoot:
        leg.middle = within(random, anatomy::kneeRange(view));
        [[fallthrough]];
    case PoseHandle::NearKnee:
    case PoseHandle::FarKnee:
        leg.root = within(random, anatomy::hipRange(view));
        if (view == PoseView::Top)
            leg.abduction = within(random, anatomy::abductionRange());
        break;
    }
    return pose;
}

const char *viewName(PoseView view)
{
    return view == PoseView::Side ? "side" : view == PoseView::Front ? "front" : "top";
}

TEST(PoseDraggingTest, RandomDragsOfEveryHandleInEveryViewStayWithinTheJointRanges)
{
    QRandomGenerator random(1313);
    QSet<PoseView> views;
    for (const StartingPose &start : StartingPoses::all()) {
        views.insert(start.pose.view);
        Pose pose = start.pose;
        for (const PoseHandle handle : handlesOf(pose.view)) {
            for (int drag = 0; drag < 6; ++drag) {
                const QPointF target(uniform(random, -1.6, 1.6), uniform(random, -1.3, 2.2));
                pose = dragHandle(pose, handle, target);
                ASSERT_EQ(anatomy::violations(pose), QList<QString>())
                    << start.key.toStdString() << " handle " << int(handle);
                if (pose.view != PoseView::Top) {
                    EXPECT_NEAR(lowestPoint(pose), 0.0, 1e-9);
                }
            }
        }
    }
    EXPECT_EQ(views, (QSet<PoseView>{PoseView::Side, PoseView::Front, PoseView::Top}));
}

TEST(PoseDraggingTest, AJointDraggedToWhereTheBodyCanPutItGoesThere)
{
    QRandomGenerator random(77);
    for (const StartingPose &start : StartingPoses::all()) {
        for (const PoseHandle handle : handlesOf(start.pose.view)) {
            for (int drag = 0; drag < 2; ++drag) {
                const QPointF target = handleAt(reachablePose(start.pose, handle, random), handle);
                const Pose dragged = dragHandle(start.pose, handle, target);
                EXPECT_LT(distance(handleAt(dragged, handle), target), 0.01)
                    << start.key.toStdString() << " (" << viewName(start.pose.view) << ") handle "
                    << int(handle);
            }
        }
    }
}

TEST(PoseDraggingTest, AKneeNeverBendsBackwardsToReachAFoot)
{
    // High up in front of the hip: a knee bent backwards would put the foot there; a real
    // one cannot, so the foot stops short and the knee stays within its range.
    const Pose pose = neutralPose(NeutralPose::Standing);
    const QPointF target = direction(50) * 0.6;
    const Pose dragged = dragHandle(pose, PoseHandle::NearFoot, target);
    EXPECT_GE(dragged.nearLeg.middle, anatomy::kneeRange(PoseView::Side).min);
    EXPECT_LE(dragged.nearLeg.root, anatomy::hipRange(PoseView::Side).max);
    EXPECT_GT(distance(handleAt(dragged, PoseHandle::NearFoot), target), 0.1);
    EXPECT_TRUE(anatomy::violations(dragged).isEmpty());
}

TEST(PoseDraggingTest, AnArmPulledPastItsReachIsStraightNotOverstretched)
{
    const Pose pose = neutralPose(NeutralPose::Standing);
    const QPointF shoulder = skeletonOf(pose).nearArm.root;
    const Pose dragged = dragHandle(pose, PoseHandle::NearHand, shoulder + QPointF(2, 0));
    EXPECT_GE(dragged.nearArm.middle, anatomy::elbowRange(PoseView::Side).min);
    EXPECT_LT(dragged.nearArm.middle, 0.5);
    const QPointF hand = handleAt(dragged, PoseHandle::NearHand);
    EXPECT_NEAR(hand.y(), shoulder.y(), 0.01);
    EXPECT_NEAR(hand.x() - shoulder.x(), body::upperArmLength + body::forearmLength, 0.01);
}

TEST(PoseDraggingTest, TheFigureStaysOnTheFloorAndTheJointFollowsThePointer)
{
    Pose pose = neutralPose(NeutralPose::Standing);
    // Lifting a knee: the other foot still stands on the floor, and the knee is where the
    // pointer let go in the drawn picture.
    const QPointF hip = groundedSkeletonOf(pose).pelvis;
    const QPointF target = hip + direction(-30) * body::thighLength;
    pose = dragHandleOnFloor(pose, PoseHandle::NearKnee, target);
    EXPECT_NEAR(lowestPoint(pose), 0.0, 1e-9);
    EXPECT_LT(distance(handlePosition(groundedSkeletonOf(pose), PoseHandle::NearKnee), target),
              0.01);
    EXPECT_GT(pose.nearLeg.root, 30);
}

TEST(PoseDraggingTest, HandsOnTheFloorStayThereWhenTheBackMoves)
{
    const Pose pose = neutralPose(NeutralPose::Kneeling);
    const QPointF neck = handleAt(pose, PoseHandle::Torso);
    // The shoulders lowered: the elbows bend and the hands stay put.
    const Pose dragged = dragHandle(pose, PoseHandle::Torso, neck + QPointF(0, -0.05));
    EXPECT_NE(dragged.spineFlexion, 0.0);
    const Skeleton grounded = groundedSkeletonOf(dragged);
    int handsOnFloor = 0;
    for (const Contact &contact : dragged.contacts) {
        if (contact.point.segment == BodySegment::NearHand ||
            contact.point.segment == BodySegment::FarHand) {
            ++handsOnFloor;
            EXPECT_LT(contactGap(grounded, dragged.view, contact), 0.01);
        }
    }
    EXPECT_EQ(handsOnFloor, 2);
}

TEST(PoseDraggingTest, HandsHoldingAShinFollowItAndADraggedHandLetsGo)
{
    const Pose held = stillPoseOf(illustration("knee-to-chest"));
    const auto holdsShin = [](const Pose &pose, BodySegment hand) {
        for (const Contact &contact : pose.contacts) {
            if (contact.point.segment == hand && !contact.onFloor)
                return contactGap(groundedSkeletonOf(pose), pose.view, contact) < 0.01;
        }
        return false;
    };
    ASSERT_TRUE(holdsShin(held, BodySegment::NearHand));
    // Which leg the hands hold: the one whose knee is drawn in.
    const PoseHandle knee =
        held.nearLeg.root > held.farLeg.root ? PoseHandle::NearKnee : PoseHandle::FarKnee;
    // The knee let away from the chest, turning about the hip.
    const QPointF thigh = handleAt(held, knee);
    const double thighAngle = qRadiansToDegrees(std::atan2(thigh.y(), thigh.x()));
    const Pose kneeMoved = dragHandle(held, knee, direction(thighAngle - 25) * body::thighLength);
    EXPECT_NE(kneeMoved.nearArm, held.nearArm);
    EXPECT_TRUE(holdsShin(kneeMoved, BodySegment::NearHand));

    const Pose handMoved = dragHandle(held, PoseHandle::NearHand,
                                      handleAt(held, PoseHandle::NearHand) + QPointF(0, 0.3));
    EXPECT_FALSE(holdsShin(handMoved, BodySegment::NearHand));
    for (const Contact &contact : handMoved.contacts)
        EXPECT_NE(contact.point.segment, BodySegment::NearHand);
}

TEST(PoseDraggingTest, ClampingMendsOutOfRangeAndNonsenseAngles)
{
    Pose pose = neutralPose(NeutralPose::Standing);
    pose.nearLeg.middle = -40;
    pose.farArm.middle = std::numeric_limits<double>::quiet_NaN();
    pose.nearArm.upperScale = 0;
    pose.spineFlexion = 200;
    clampToRanges(pose);
    EXPECT_TRUE(anatomy::violations(pose).isEmpty());
    EXPECT_EQ(pose.nearLeg.middle, 0);
    EXPECT_EQ(pose.spineFlexion, anatomy::spineRange().max);
}

TEST(PoseDraggingTest, NeutralPosesAreWithinRangeAndOnTheFloor)
{
    for (const NeutralPose which : neutralPoseList) {
        const Pose pose = neutralPose(which);
        EXPECT_TRUE(anatomy::violations(pose).isEmpty()) << int(which);
        const Skeleton grounded = groundedSkeletonOf(pose);
        for (const Contact &contact : pose.contacts)
            EXPECT_LT(contactGap(grounded, pose.view, contact), 0.01) << int(which);
    }
    EXPECT_EQ(StartingPoses::all().size(), 4 + Catalog::builtIn().stretches().size());
}

} // namespace
