#include "figures/Pose.h"
#include "IllustrationTestSupport.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::illustrationtest;

namespace {

// How deep a point lies inside the drawn torso, as a share of the torso's half-thickness
// where it is nearest: 0 on the outline, 1 on the spine, negative outside.
double depthInTorso(const Skeleton &skeleton, PoseView view, const QPointF &point)
{
    double deepest = -1e9;
    constexpr int samples = 48;
    for (int index = 0; index <= samples; ++index) {
        const double t = double(index) / samples;
        const double radius = body::torsoRadiusAt(view, t, skeleton.twist);
        deepest = std::max(deepest, 1.0 - distance(spinePoint(skeleton, t), point) / radius);
    }
    return deepest;
}

// Every frame a stretch can show: its keyframes and points between consecutive ones.
QList<Pose> framesOf(const Illustration &drawing)
{
    QList<Pose> frames;
    const QList<Pose> &keys = drawing.keyframes;
    for (qsizetype index = 0; index < keys.size(); ++index) {
        frames.append(keys.at(index));
        if (index + 1 < keys.size()) {
            for (int step = 1; step < 8; ++step)
                frames.append(interpolate(keys.at(index), keys.at(index + 1), step / 8.0));
        }
    }
    return frames;
}

} // namespace

// In profile a knee or foot drawn inside the torso's outline reads as a leg through the body
// (the old knee-to-chest tangle). Today the closest is child's pose, whose knees sit under
// the chest at 0.43 of the torso's half-thickness outside its outline.
TEST(BodyClearanceTest, NoKneeOrFootPassesThroughTheTorso)
{
    for (const Stretch &stretch : stretches()) {
        const QList<Pose> frames = framesOf(illustrationOf(stretch.id()));
        for (qsizetype index = 0; index < frames.size(); ++index) {
            const Pose &pose = frames.at(index);
            if (pose.view != PoseView::Side)
                continue;
            const Skeleton skeleton = groundedSkeletonOf(pose);
            for (const Skeleton::Limb *leg : {&skeleton.nearLeg, &skeleton.farLeg}) {
                for (const QPointF &joint : {leg->middle, leg->end, leg->tip}) {
                    EXPECT_LT(depthInTorso(skeleton, pose.view, joint), 0.0)
                        << stretch.id().toStdString() << " frame " << index << " at " << joint.x()
                        << ',' << joint.y();
                }
            }
        }
    }
}

// Grounding rests the lowest part on the floor; nothing of any frame may sink below it.
TEST(BodyClearanceTest, NothingSinksBelowTheFloorInAnyFrame)
{
    for (const Stretch &stretch : stretches()) {
        const QList<Pose> frames = framesOf(illustrationOf(stretch.id()));
        for (qsizetype index = 0; index < frames.size(); ++index) {
            const Pose &pose = frames.at(index);
            if (pose.view == PoseView::Top)
                continue; // seen from above, the floor is the picture's background
            const Skeleton skeleton = groundedSkeletonOf(pose);
            for (const BodyDisc &disc : surfaceOf(skeleton, pose.view)) {
                EXPECT_GE(disc.centre.y() - disc.radius, -1e-6)
                    << stretch.id().toStdString() << " frame " << index;
            }
        }
    }
}
