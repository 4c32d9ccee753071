#include "figures/Illustration.h"

#include "IllustrationTestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace limber;
using namespace limber::illustrationtest;

namespace {

double distanceToSegment(const QPointF &point, const QPointF &from, const QPointF &to)
{
    const QPointF along = to - from;
    const double squared = QPointF::dotProduct(along, along);
    const double t = squared > 0
                         ? std::clamp(QPointF::dotProduct(point - from, along) / squared, 0.0, 1.0)
                         : 0.0;
    return distance(point, from + along * t);
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
        // Up off the body and over the chest, not the belly.
        EXPECT_GT(leg->middle.y(), pose.pelvis.y() + 0.12);
        EXPECT_LT(leg->middle.x(), pose.pelvis.x() - 0.36);
    }
    // Each hand round its own shin.
    EXPECT_LT(distanceToSegment(pose.nearArm.end, pose.nearLeg.middle, pose.nearLeg.end), 0.12);
    EXPECT_LT(distanceToSegment(pose.farArm.end, pose.farLeg.middle, pose.farLeg.end), 0.12);
}

TEST(IllustrationPlausibilityTest, KneeToChestHoldsOneShinBelowTheKnee)
{
    const Skeleton pose = held("knee-to-chest");
    // The knee up off the body and over the chest, not the belly.
    EXPECT_GT(pose.nearLeg.middle.y(), pose.pelvis.y() + 0.12);
    EXPECT_LT(pose.nearLeg.middle.x(), pose.pelvis.x() - 0.38);
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
    EXPECT_NEAR(toesOf(back).ball.y() - ballRadius, 0, 0.01);     // on the ball of the foot
    EXPECT_NEAR(toesOf(back).tip.y() - body::toeRadius, 0, 0.01); // toes flat
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
        EXPECT_LT(distance(pose.nearLeg.tip, pose.farLeg.tip), 2 * body::toeRadius + 0.03);
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

} // namespace
