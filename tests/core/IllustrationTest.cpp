#include "Illustration.h"

#include "Catalog.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
#include <QtMath>

using namespace limber;

namespace {

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

const QList<Stretch> &stretches()
{
    return Catalog::builtIn().stretches();
}

const Illustration &illustration(const char *id)
{
    return illustrationOf(QString::fromLatin1(id));
}

double length(const QPointF &vector)
{
    return std::hypot(vector.x(), vector.y());
}

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

double distanceToSegment(const QPointF &point, const QPointF &from, const QPointF &to)
{
    const QPointF along = to - from;
    const double squared = QPointF::dotProduct(along, along);
    const double t = squared > 0
                         ? std::clamp(QPointF::dotProduct(point - from, along) / squared, 0.0, 1.0)
                         : 0.0;
    return distance(point, from + along * t);
}

// The lowest point of the drawn body, the way the painter draws it.
double lowestSurface(const Skeleton &skeleton, PoseView view)
{
    double lowest = std::numeric_limits<double>::max();
    for (const BodyDisc &disc : surfaceOf(skeleton, view))
        lowest = std::min(lowest, disc.centre.y() - disc.radius);
    return lowest;
}

// The held pose, grounded.
Skeleton held(const char *id)
{
    return groundedSkeletonOf(illustration(id).keyframes.at(1));
}

TEST(IllustrationTest, EveryStretchHasAnIllustration)
{
    for (const Stretch &stretch : stretches()) {
        SCOPED_TRACE(stretch.id().toStdString());
        const Illustration &drawing = illustrationOf(stretch.id());
        const bool flow = stretch.kind() == StretchKind::Flow;
        EXPECT_GE(drawing.keyframes.size(), flow ? 3 : 2);
        EXPECT_EQ(drawing.isFlow, flow);
        EXPECT_GT(drawing.cycleMs, 0);
        EXPECT_FALSE(drawing.highlighted.isEmpty());
        EXPECT_GE(drawing.arrows.size(), 1);
    }
}

TEST(IllustrationTest, UnknownIdsHaveNoIllustration)
{
    for (const QString &id : {QString(), QStringLiteral("no-such-stretch"),
                              QStringLiteral("Cat-Cow"), QStringLiteral("cat-cow ")}) {
        const Illustration &drawing = illustrationOf(id);
        EXPECT_TRUE(drawing.keyframes.isEmpty() && drawing.highlighted.isEmpty() &&
                    drawing.arrows.isEmpty() && drawing.cycleMs == 0)
            << id.toStdString();
    }
}

TEST(IllustrationTest, EveryKeyframeIsAnatomicallyPlausible)
{
    for (const Stretch &stretch : stretches()) {
        const QList<Pose> &keyframes = illustrationOf(stretch.id()).keyframes;
        for (qsizetype index = 0; index < keyframes.size(); ++index) {
            const QList<QString> problems = anatomy::violations(keyframes.at(index));
            EXPECT_TRUE(problems.isEmpty())
                << stretch.id().toStdString() << " keyframe " << index << ": "
                << problems.join(QStringLiteral("; ")).toStdString();
        }
    }
}

TEST(IllustrationTest, KeyframesOfAStretchShareAView)
{
    for (const Stretch &stretch : stretches()) {
        const QList<Pose> &keyframes = illustrationOf(stretch.id()).keyframes;
        for (const Pose &pose : keyframes)
            EXPECT_EQ(pose.view, keyframes.first().view) << stretch.id().toStdString();
    }
}

TEST(IllustrationTest, AnatomyFlagsImpossibleJoints)
{
    Pose pose;
    EXPECT_TRUE(anatomy::violations(pose).isEmpty());
    pose.nearLeg.middle = -10; // a knee bending backward
    pose.farArm.middle = 170;
    pose.spineFlexion = 80;
    pose.nearLeg.upperScale = 0;
    const QList<QString> problems = anatomy::violations(pose);
    ASSERT_EQ(problems.size(), 4) << problems.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("spine")));
    EXPECT_TRUE(problems.join(QLatin1Char(' ')).contains(QStringLiteral("near knee")));
    EXPECT_TRUE(problems.join(QLatin1Char(' ')).contains(QStringLiteral("far elbow")));
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

TEST(IllustrationPlausibilityTest, ChildsPoseKneelsWithArmsForward)
{
    const Skeleton pose = held("childs-pose");
    for (const Skeleton::Limb *leg : {&pose.nearLeg, &pose.farLeg}) {
        EXPECT_LT(leg->middle.y() - body::kneeRadius, 0.05);
        EXPECT_LT(leg->end.y() - body::ankleRadius, 0.05);
        EXPECT_LT(leg->tip.y() - body::toeRadius, 0.05); // the tops of the feet down too
        // Sitting back: the hips over the heels, not over the knees.
        EXPECT_LT(std::abs(pose.pelvis.x() - leg->end.x()), 0.12);
    }
    for (const Skeleton::Limb *arm : {&pose.nearArm, &pose.farArm}) {
        EXPECT_GT(arm->end.x(), pose.head.x() + body::headRadius);
        EXPECT_NEAR(arm->end.y(), body::wristRadius, 0.02); // hands on the floor
    }
    // The forehead down: the head rests on the floor.
    EXPECT_LT(pose.head.y() - body::headRadius, 0.03);
}

TEST(IllustrationPlausibilityTest, BothKneesAreDrawnToTheChest)
{
    const Skeleton pose = held("both-knees-to-chest");
    for (const Skeleton::Limb *leg : {&pose.nearLeg, &pose.farLeg}) {
        EXPECT_GT(leg->middle.y(), pose.pelvis.y() + 0.2);
        EXPECT_LT(leg->middle.x(), pose.pelvis.x()); // toward the head
    }
    // Each hand round its own shin.
    EXPECT_LT(distanceToSegment(pose.nearArm.end, pose.nearLeg.middle, pose.nearLeg.end), 0.12);
    EXPECT_LT(distanceToSegment(pose.farArm.end, pose.farLeg.middle, pose.farLeg.end), 0.12);
}

TEST(IllustrationPlausibilityTest, KneeToChestHoldsOneShinBelowTheKnee)
{
    const Skeleton pose = held("knee-to-chest");
    EXPECT_GT(pose.nearLeg.middle.y(), pose.pelvis.y() + 0.2);
    for (const Skeleton::Limb *arm : {&pose.nearArm, &pose.farArm}) {
        EXPECT_LT(distanceToSegment(arm->end, pose.nearLeg.middle, pose.nearLeg.end), 0.12);
        EXPECT_LT(distance(arm->end, pose.nearLeg.middle), 0.2);
    }
    // The other leg long on the floor, the head down.
    EXPECT_LT(pose.farLeg.end.y(), 0.12);
    EXPECT_GT(pose.farLeg.end.x(), pose.pelvis.x() + 0.7);
    EXPECT_LT(pose.head.y() - body::headRadius, 0.03);
}

TEST(IllustrationPlausibilityTest, RunnersLungeKeepsTheFrontKneeOverTheAnkle)
{
    const Skeleton pose = held("runners-lunge");
    const bool nearInFront = pose.nearLeg.end.x() > pose.farLeg.end.x();
    const Skeleton::Limb &front = nearInFront ? pose.nearLeg : pose.farLeg;
    const Skeleton::Limb &back = nearInFront ? pose.farLeg : pose.nearLeg;
    // The knee is over the ankle, never past the toes.
    EXPECT_LT(front.middle.x(), front.end.x() + 0.05);
    EXPECT_LT(front.middle.x(), front.tip.x());
    EXPECT_LT(front.end.y(), front.middle.y());
    EXPECT_LT(front.tip.y() - body::toeRadius, 0.02); // front foot flat
    EXPECT_LT(front.end.y() - body::ankleRadius, 0.02);
    // The back leg long, heel lifted, toes down.
    EXPECT_LT(back.end.x(), pose.pelvis.x() - 0.5);
    EXPECT_GT(back.end.y() - body::ankleRadius, 0.05);
    EXPECT_NEAR(back.tip.y() - body::toeRadius, 0, 0.01);
    const LimbPose &backAngles = nearInFront
                                     ? illustration("runners-lunge").keyframes.at(1).farLeg
                                     : illustration("runners-lunge").keyframes.at(1).nearLeg;
    EXPECT_LT(backAngles.middle, 10); // knee straight
}

TEST(IllustrationPlausibilityTest, HappyBabyHoldsTheSolesWithShinsUp)
{
    const Skeleton pose = held("happy-baby");
    for (const auto &[leg, arm] :
         {std::pair{&pose.nearLeg, &pose.nearArm}, std::pair{&pose.farLeg, &pose.farArm}}) {
        const QPointF shin = leg->end - leg->middle;
        EXPECT_GT(shin.y(), 0.9 * length(shin)); // shins about plumb, feet up
        EXPECT_LT(distanceToSegment(arm->end, leg->end, leg->tip), 0.1); // hands at the feet
        EXPECT_LT(leg->middle.x(), pose.pelvis.x());                     // knees toward the armpits
    }
}

TEST(IllustrationPlausibilityTest, CatCowStaysOnAllFours)
{
    for (const Pose &keyframe : illustration("cat-cow").keyframes) {
        const Skeleton pose = groundedSkeletonOf(keyframe);
        for (const Skeleton::Limb *arm : {&pose.nearArm, &pose.farArm}) {
            EXPECT_NEAR(arm->end.x(), arm->root.x(), 0.05); // wrists under shoulders
            EXPECT_NEAR(arm->end.y(), body::wristRadius, 0.02);
        }
        for (const Skeleton::Limb *leg : {&pose.nearLeg, &pose.farLeg}) {
            EXPECT_NEAR(leg->middle.x(), leg->root.x(), 0.05); // knees under hips
            EXPECT_NEAR(leg->middle.y(), body::kneeRadius, 0.02);
        }
    }
    // Cat rounds the back up and drops the head; cow dips it and lifts the head.
    const Skeleton cat = groundedSkeletonOf(illustration("cat-cow").keyframes.at(1));
    const Skeleton cow = groundedSkeletonOf(illustration("cat-cow").keyframes.at(2));
    const auto sag = [](const Skeleton &pose) {
        return (pose.pelvis.y() + pose.neck.y()) / 2 - pose.midSpine.y();
    };
    EXPECT_LT(sag(cat), -0.05);
    EXPECT_GT(sag(cow), 0.03);
    EXPECT_LT(cat.head.y(), cat.neck.y());
    EXPECT_GT(cow.head.y(), cow.neck.y());
}

TEST(IllustrationPlausibilityTest, ButterflyHoldsTheSolesTogether)
{
    for (const Pose &keyframe : illustration("butterfly").keyframes) {
        const Skeleton pose = groundedSkeletonOf(keyframe);
        EXPECT_LT(distance(pose.nearLeg.end, pose.farLeg.end), 0.15);
        EXPECT_LT(distance(pose.nearArm.end, pose.nearLeg.end), 0.12);
        EXPECT_LT(distance(pose.farArm.end, pose.farLeg.end), 0.12);
        // Knees out to the sides.
        EXPECT_LT(pose.nearLeg.middle.x(), pose.pelvis.x() - 0.3);
        EXPECT_GT(pose.farLeg.middle.x(), pose.pelvis.x() + 0.3);
    }
    // Held, the knees are lower than at the start.
    const Skeleton start = groundedSkeletonOf(illustration("butterfly").keyframes.at(0));
    EXPECT_LT(held("butterfly").nearLeg.middle.y(), start.nearLeg.middle.y() - 0.05);
}

TEST(IllustrationPlausibilityTest, FigureFourRestsTheAnkleOnTheOtherThigh)
{
    const Skeleton pose = held("figure-four");
    const Skeleton::Limb &crossed = pose.nearLeg;
    const Skeleton::Limb &support = pose.farLeg;
    EXPECT_LT(distanceToSegment(crossed.end, support.root, support.middle), 0.1);
    EXPECT_GT(distance(crossed.end, support.root), 0.5 * body::thighLength); // near the knee
    EXPECT_GT(crossed.middle.x(), support.middle.x()); // the crossed knee turned out
    EXPECT_GT(illustration("figure-four").keyframes.at(1).nearLeg.turnOut, 45);
    // Hands on the supporting thigh.
    for (const Skeleton::Limb *arm : {&pose.nearArm, &pose.farArm})
        EXPECT_LT(distanceToSegment(arm->end, support.root, support.middle), 0.15);
}

TEST(IllustrationPlausibilityTest, SeatedTwistHooksAnElbowOverTheBentKnee)
{
    const Pose &angles = illustration("seated-spinal-twist").keyframes.at(1);
    const Skeleton pose = held("seated-spinal-twist");
    EXPECT_GT(std::abs(angles.twist), 30);
    EXPECT_LT(distance(pose.farArm.middle, pose.nearLeg.middle), 0.1);
    EXPECT_GT(pose.nearLeg.middle.y(), 0.3);                   // knee up
    EXPECT_LT(pose.nearLeg.end.y() - body::ankleRadius, 0.02); // foot flat on the floor
    EXPECT_LT(pose.farLeg.middle.y(), 0.15);                   // the other leg long
    EXPECT_LT(pose.nearArm.end.x(), pose.pelvis.x());          // hand on the floor behind
    EXPECT_LT(pose.nearArm.end.y(), 0.05);
}

TEST(IllustrationPlausibilityTest, MarchingLiftsOneKneeWithTheOtherArm)
{
    const QList<Pose> &keyframes = illustration("warm-up-march").keyframes;
    for (qsizetype index = 1; index < keyframes.size(); ++index) {
        const Pose &angles = keyframes.at(index);
        const Skeleton pose = groundedSkeletonOf(angles);
        const bool nearLifted = angles.nearLeg.root > angles.farLeg.root;
        const Skeleton::Limb &lifted = nearLifted ? pose.nearLeg : pose.farLeg;
        const Skeleton::Limb &standing = nearLifted ? pose.farLeg : pose.nearLeg;
        EXPECT_GT(lifted.middle.y(), standing.middle.y() + 0.2);
        EXPECT_LT(standing.end.y() - body::ankleRadius, 0.02); // foot on the floor
        // The opposite arm swings forward.
        const LimbPose &forward = nearLifted ? angles.farArm : angles.nearArm;
        const LimbPose &back = nearLifted ? angles.nearArm : angles.farArm;
        EXPECT_GT(forward.root, back.root + 30);
    }
    EXPECT_NE(keyframes.at(1).nearLeg.root > keyframes.at(1).farLeg.root,
              keyframes.at(2).nearLeg.root > keyframes.at(2).farLeg.root);
}

TEST(IllustrationPlausibilityTest, KneeRotationsRockTheBentKneesBothWays)
{
    const QList<Pose> &keyframes = illustration("knee-rotations").keyframes;
    for (const Pose &pose : keyframes) {
        EXPECT_EQ(pose.view, PoseView::Top);
        EXPECT_GT(pose.nearLeg.middle, 60); // knees bent
        EXPECT_GT(pose.farLeg.middle, 60);
    }
    EXPECT_EQ(keyframes.at(0).pelvisRoll, 0);
    EXPECT_LT(keyframes.at(1).pelvisRoll * keyframes.at(2).pelvisRoll, 0);
    // Rolled, the knees lie out to one side of the body.
    const Skeleton rolled = skeletonOf(keyframes.at(1));
    const Skeleton centre = skeletonOf(keyframes.at(0));
    EXPECT_GT(std::abs(rolled.nearLeg.middle.y() - centre.nearLeg.middle.y()), 0.15);
    EXPECT_GT(centre.nearLeg.middleDepth, 0.2); // knees up toward the viewer
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
