#include "figures/Illustration.h"
#include "figures/PoseSolving.h"
#include "IllustrationTestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <limits>

using namespace limber;
using namespace limber::illustrationtest;

namespace {

// The lowest point of the drawn body, the way the painter draws it.
double lowestSurface(const Skeleton &skeleton, PoseView view)
{
    double lowest = std::numeric_limits<double>::max();
    for (const BodyDisc &disc : surfaceOf(skeleton, view))
        lowest = std::min(lowest, disc.centre.y() - disc.radius);
    return lowest;
}

TEST(IllustrationTest, InterpolateBlendsAnglesLinearly)
{
    const Pose &from = illustration("cat-cow").keyframes.at(1);
    const Pose &to = illustration("cat-cow").keyframes.at(2);
    EXPECT_EQ(interpolate(from, to, 0), from);
    EXPECT_EQ(interpolate(from, to, 1), to);
    const Pose middle = interpolate(from, to, 0.5);
    EXPECT_DOUBLE_EQ(middle.torsoAngle, (from.torsoAngle + to.torsoAngle) / 2);
    EXPECT_DOUBLE_EQ(middle.spineFlexion, (from.spineFlexion + to.spineFlexion) / 2);
    EXPECT_DOUBLE_EQ(middle.neckFlexion, (from.neckFlexion + to.neckFlexion) / 2);
    EXPECT_DOUBLE_EQ(middle.nearLeg.root, (from.nearLeg.root + to.nearLeg.root) / 2);
    EXPECT_DOUBLE_EQ(middle.farArm.middle, (from.farArm.middle + to.farArm.middle) / 2);
    EXPECT_DOUBLE_EQ(middle.nearArm.end, (from.nearArm.end + to.nearArm.end) / 2);

    Pose flat;
    flat.view = PoseView::Top;
    Pose rolled = flat;
    rolled.pelvisRoll = 40;
    rolled.nearLeg.turnOut = 20;
    const Pose half = interpolate(flat, rolled, 0.5);
    EXPECT_EQ(half.view, PoseView::Top);
    EXPECT_DOUBLE_EQ(half.pelvisRoll, 20);
    EXPECT_DOUBLE_EQ(half.nearLeg.turnOut, 10);
}

TEST(IllustrationTest, SkeletonSegmentsHaveTheBodysLengths)
{
    for (const PoseView view : {PoseView::Side, PoseView::Front}) {
        SCOPED_TRACE(int(view));
        Pose pose;
        pose.view = view;
        pose.torsoAngle = 71;
        pose.spineFlexion = 17;
        pose.neckFlexion = -12;
        pose.nearArm = limb(33, 41, 12, 0.8, 0.9);
        pose.farArm = limb(-20, 5, -7, 1.0, 0.7);
        pose.nearLeg = limb(64, 97, 21, 0.85, 1.0);
        pose.farLeg = limb(-12, 3, 40, 1.0, 0.6);
        const Skeleton skeleton = skeletonOf(pose);
        EXPECT_NEAR(distance(skeleton.pelvis, skeleton.midSpine), body::lowerTorsoLength, 1e-9);
        EXPECT_NEAR(distance(skeleton.midSpine, skeleton.neck), body::upperTorsoLength, 1e-9);
        EXPECT_NEAR(distance(skeleton.neck, skeleton.head), body::neckLength + body::headRadius,
                    1e-9);
        for (const auto &[limb, angles] : {std::pair{&skeleton.nearLeg, &pose.nearLeg},
                                           std::pair{&skeleton.farLeg, &pose.farLeg}}) {
            EXPECT_NEAR(distance(limb->root, limb->middle), body::thighLength * angles->upperScale,
                        1e-9);
            EXPECT_NEAR(distance(limb->middle, limb->end), body::shinLength * angles->lowerScale,
                        1e-9);
        }
        for (const auto &[limb, angles] : {std::pair{&skeleton.nearArm, &pose.nearArm},
                                           std::pair{&skeleton.farArm, &pose.farArm}}) {
            EXPECT_NEAR(distance(limb->root, limb->middle),
                        body::upperArmLength * angles->upperScale, 1e-9);
            EXPECT_NEAR(distance(limb->middle, limb->end), body::forearmLength * angles->lowerScale,
                        1e-9);
            EXPECT_NEAR(distance(limb->end, limb->tip), body::handLength, 1e-9);
        }
        if (view == PoseView::Side) {
            EXPECT_NEAR(distance(skeleton.nearLeg.end, skeleton.nearLeg.tip), body::footLength,
                        1e-9);
        }
    }
}

TEST(IllustrationTest, SideViewAnglesFollowTheConventions)
{
    Pose standing;
    const Skeleton upright = skeletonOf(standing);
    EXPECT_GT(upright.head.y(), upright.neck.y());
    EXPECT_LT(upright.nearLeg.end.y(), upright.pelvis.y());
    EXPECT_GT(upright.nearLeg.tip.x(), upright.nearLeg.end.x()); // feet point forward

    Pose lifted = standing;
    lifted.nearLeg.root = 90; // hip flexed: the thigh points forward
    lifted.nearLeg.middle = 90;
    const Skeleton marching = skeletonOf(lifted);
    EXPECT_NEAR(marching.nearLeg.middle.y(), marching.pelvis.y(), 1e-9);
    EXPECT_GT(marching.nearLeg.middle.x(), marching.pelvis.x());
    EXPECT_NEAR(marching.nearLeg.end.x(), marching.nearLeg.middle.x(), 1e-9); // shin plumb

    Pose lying;
    lying.torsoAngle = 180;
    const Skeleton supine = skeletonOf(lying);
    EXPECT_LT(supine.head.x(), supine.pelvis.x()); // head to the left
    EXPECT_GT(supine.nearLeg.end.x(), supine.pelvis.x());
}

TEST(IllustrationTest, GroundingRestsTheLowestPartOnTheFloor)
{
    for (const Stretch &stretch : stretches()) {
        const QList<Pose> &keyframes = illustrationOf(stretch.id()).keyframes;
        for (qsizetype index = 0; index < keyframes.size(); ++index) {
            const Pose &pose = keyframes.at(index);
            if (pose.view == PoseView::Top)
                continue;
            EXPECT_NEAR(lowestSurface(groundedSkeletonOf(pose), pose.view), 0, 1e-9)
                << stretch.id().toStdString() << " keyframe " << index;
        }
    }
    // Arbitrary poses too, including one balanced on a hand.
    Pose odd;
    odd.torsoAngle = 35;
    odd.nearArm.root = 120;
    odd.farLeg = limb(100, 20, 0, 1.0, 1.0);
    EXPECT_NEAR(lowestSurface(groundedSkeletonOf(odd), PoseView::Side), 0, 1e-9);
    odd.view = PoseView::Front;
    EXPECT_NEAR(lowestSurface(groundedSkeletonOf(odd), PoseView::Front), 0, 1e-9);
}

TEST(IllustrationTest, FlowsInterpolateWithoutSinkingOrBreakingJoints)
{
    for (const Stretch &stretch : stretches()) {
        const QList<Pose> &keyframes = illustrationOf(stretch.id()).keyframes;
        for (qsizetype index = 1; index < keyframes.size(); ++index) {
            for (const double t : {0.25, 0.5, 0.75}) {
                const Pose pose = interpolate(keyframes.at(index - 1), keyframes.at(index), t);
                EXPECT_TRUE(anatomy::violations(pose).isEmpty())
                    << stretch.id().toStdString() << " between " << index - 1 << " and " << index;
            }
        }
    }
}

TEST(IllustrationTest, ReachPutsTheWristOnTarget)
{
    Pose pose;
    pose.torsoAngle = 180;
    const QPointF target(-0.2, 0.35);
    ASSERT_TRUE(reachWithArm(pose, LimbSide::Near, target, 0));
    const Skeleton skeleton = skeletonOf(pose);
    EXPECT_LT(distance(skeleton.nearArm.end, target), 1e-9);
    EXPECT_GT(pose.nearArm.middle, 0); // the elbow bends forward
    EXPECT_NEAR(length(skeleton.nearArm.tip - skeleton.nearArm.end), body::handLength, 1e-9);

    EXPECT_FALSE(reachWithArm(pose, LimbSide::Far, QPointF(3, 3), 0));
    EXPECT_TRUE(reachWithLeg(pose, LimbSide::Far, QPointF(0.3, 0.4), 0));
    EXPECT_LT(distance(skeletonOf(pose).farLeg.end, QPointF(0.3, 0.4)), 1e-9);
    EXPECT_GT(pose.farLeg.middle, 0); // the knee bends the right way
}

} // namespace
