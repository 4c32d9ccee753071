#pragma once

#include "figures/Pose.h"

// Contacts as geometry: where a body point lies, how far two surfaces are apart, and the
// solver that keeps hands on what they hold while the figure moves between keyframes.

namespace limber {

// The disc of the drawn body at a body point: on the segment's axis, with its thickness.
BodyDisc discAt(const Skeleton &skeleton, PoseView view, const BodyPoint &point);

// How far apart the surfaces of a contact are in a grounded skeleton (body units): positive
// when they do not meet, negative when they overlap (a hand wrapped round a shin). For the
// floor it is the height of the point's underside, so it is never negative.
double contactGap(const Skeleton &grounded, PoseView view, const Contact &contact);

// Re-solves the arms so that every hand contact of the pose holds again: after blending two
// keyframes' angles, a hand that held a shin in both would otherwise drift off it.
void keepContacts(Pose &pose);

} // namespace limber
