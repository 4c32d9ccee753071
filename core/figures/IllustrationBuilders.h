#pragma once

#include "figures/Illustration.h"

// What the files drawing the built-in stretches share: building blocks for arrows and
// contacts, and the stretches drawn in each file.

namespace limber::figuredata {

inline constexpr int holdEaseMs = 1600;
// Hip to ankle for a leg held straight: the knee solves to within a few degrees of straight.
inline constexpr double straightLeg = 0.8595;

MotionArrow arrow(Joint anchor, double radius, double fromAngle, double toAngle,
                  bool bothWays = false, double aspect = 1.0, QPointF offset = {});
Contact touching(BodySegment segment, double along, BodySegment other, double otherAlong);
Contact onFloor(BodySegment segment, double along);

// Lying on the back (LyingIllustrations.cpp).
Illustration kneeToChest();
Illustration bothKneesToChest();
Illustration kneeRotations();
Illustration happyBaby();
Illustration figureFour();

} // namespace limber::figuredata
