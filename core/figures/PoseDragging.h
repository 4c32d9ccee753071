#pragma once

#include "figures/Pose.h"

#include <QList>

// Posing a figure by dragging its joints, as the pose editor does: the angles behind the
// dragged joint are solved so that it follows the pointer as far as the body allows, and no
// angle ever leaves the anatomy model's range (see anatomy:: in Illustration.h).

namespace limber {

// A joint the user can take hold of. Which of them a view offers: handlesOf.
enum class PoseHandle
{
    Head,      // side view: nods the head at the neck
    Torso,     // the base of the neck: bends the trunk at the hips, the legs stay where they are
    NearElbow, // turns the upper arm at the shoulder
    NearHand,  // the wrist: the whole arm reaches, the hand keeps its direction
    FarElbow,
    FarHand,
    NearKnee, // turns the thigh at the hip
    NearFoot, // the ankle: the whole leg reaches, the foot keeps its direction
    FarKnee,
    FarFoot,
};

// The handles that move something in this view, in a stable order (for keyboard focus).
QList<PoseHandle> handlesOf(PoseView view);

// Where a handle sits in a skeleton (skeletonOf or groundedSkeletonOf coordinates).
QPointF handlePosition(const Skeleton &skeleton, PoseHandle handle);

// The pose with the joint of handle moved as near to target (skeletonOf coordinates, pelvis
// at the origin) as its joint ranges allow, changing as little else as it can. Contacts that
// the dragged limb made are let go; hands holding something else keep holding it; contacts
// that no longer touch are dropped. The result has no anatomy::violations.
Pose dragHandle(const Pose &pose, PoseHandle handle, const QPointF &target);

// The same, with target where the figure is drawn (groundedSkeletonOf coordinates): the
// figure stays resting on the floor, so when the drag changes what rests on it the target is
// re-aimed for the figure's new place.
Pose dragHandleOnFloor(const Pose &pose, PoseHandle handle, const QPointF &target);

// Every angle moved into its anatomy range and every limb scale into (0, 1]; a NaN becomes
// the range's nearest end to zero.
void clampToRanges(Pose &pose);

} // namespace limber
