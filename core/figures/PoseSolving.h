#pragma once

#include "figures/Pose.h"

// Building blocks for posing the built-in stretches: base positions and solvers that put a
// hand or a body part on its contact (a shin, the floor) instead of guessing angles. Points
// are in skeletonOf coordinates, pelvis at the origin.

namespace limber {

// Hip to ankle for a leg lying long: a hair short of thigh plus shin, so the knee is soft.
inline constexpr double longLeg = 0.857;

// Angles of an arm or leg in the picture plane; nothing turned out of it.
LimbPose limb(double root, double middle = 0, double end = 0, double upperScale = 1.0,
              double lowerScale = 1.0);

// Where the floor is under a pose (skeletonOf coordinates) when the arms are not what rests
// on it: they are raised out of the way while measuring.
double floorUnder(Pose pose);

// Tilts the head at the neck until it touches the floor, searching between two flexions
// (the head rises or falls monotonically between them).
void restHead(Pose &pose, double floor, double from, double to);

// The skeleton's arm or, with leg, its leg on that side.
const Skeleton::Limb &limbOf(const Skeleton &skeleton, LimbSide side, bool leg);

// A point by a shin: along is the share of the way from the knee to the ankle, lift how far
// off the shin's axis toward its front.
QPointF onShin(const Pose &pose, LimbSide side, double along, double lift);

// Lays an arm long on the floor: the wrist rests on it reach from the shoulder, ahead
// (way +1) or behind (way -1), so the elbow stays nearly straight and off the floor.
void reachAlongFloor(Pose &pose, LimbSide side, double floor, double reach, double way,
                     double tipAngle);

// Lying on the back, legs long, arms along the body, everything resting on the mat.
Pose supine();

// On hands and knees: thighs plumb under the hips, arms plumb under the shoulders, shins and
// the tops of the feet on the floor. The spine's shape is the caller's.
Pose allFours(double torso, double spine, double neck);

// Upright, arms loose with soft elbows: where standing stretches start.
Pose standing();

// Both hands clasped over the front of a shin, just below the knee, fingers curled over it.
void holdShin(Pose &pose, LimbSide arm, LimbSide leg, double along);

// Side view: the upper arm points at elbow (foreshortened when it reaches toward the viewer),
// the forearm and hand along world directions.
void pointArm(Pose &pose, LimbSide side, const QPointF &elbow, double forearmAngle,
              double handAngle);

} // namespace limber
