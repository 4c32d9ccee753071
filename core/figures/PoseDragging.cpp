#include "figures/PoseDragging.h"

#include "figures/Contacts.h"
#include "figures/Illustration.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <QtMath>

// Dragging solves numerically rather than with the two-bone formulas of PoseSolving: the
// answer has to respect every joint range at once (where the formulas would bend a knee
// backwards and clamping afterwards would throw the joint off the pointer), and the same
// search serves the side, front and top views, whose limbs are built differently.

namespace limber {

namespace {

using Angle = std::function<double &(Pose &)>;

// The angles a handle moves, each with its range, and what follows from them.
struct Problem
{
    QList<Angle> angles;
    QList<JointRange> ranges;
    std::function<void(Pose &)> follow = [](Pose &) {};
};

LimbPose &arm(Pose &pose, bool near)
{
    return near ? pose.nearArm : pose.farArm;
}

LimbPose &leg(Pose &pose, bool near)
{
    return near ? pose.nearLeg : pose.farLeg;
}

bool isNear(PoseHandle handle)
{
    return handle == PoseHandle::NearElbow || handle == PoseHandle::NearHand ||
           handle == PoseHandle::NearKnee || handle == PoseHandle::NearFoot;
}

bool isArm(PoseHandle handle)
{
    return handle == PoseHandle::NearElbow || handle == PoseHandle::NearHand ||
           handle == PoseHandle::FarElbow || handle == PoseHandle::FarHand;
}

bool isLimbEnd(PoseHandle handle)
{
    return handle == PoseHandle::NearHand || handle == PoseHandle::FarHand ||
           handle == PoseHandle::NearFoot || handle == PoseHandle::FarFoot;
}

// Bending the trunk leaves the legs where they are, as far as the hips allow: their angles
// are measured from the trunk, so they turn back by what it turned.
void keepLegsInPlace(Pose &pose, const Pose &before)
{
    const double turned = pose.torsoAngle - before.torsoAngle;
    const JointRange hip = anatomy::hipRange(pose.view);
    for (const bool near : {true, false}) {
        // From the front the figure's right hip opens the other way round (see Pose.h).
        const double sign = pose.view == PoseView::Front ? (near ? -1 : 1) : 1;
        const double root = near ? before.nearLeg.root : before.farLeg.root;
        leg(pose, near).root = std::clamp(root - sign * turned, hip.min, hip.max);
    }
}

Problem problemFor(const Pose &pose, PoseHandle handle)
{
    Problem problem;
    const PoseView view = pose.view;
    const bool near = isNear(handle);
    switch (handle) {
    case PoseHandle::Head:
        problem.angles = {[](Pose &p) -> double & { return p.neckFlexion; }};
        problem.ranges = {anatomy::neckRange()};
        break;
    case PoseHandle::Torso: {
        // The trunk may turn all the way round; the hips' range is what stops the legs.
        problem.angles = {[](Pose &p) -> double & { return p.torsoAngle; }};
        problem.ranges = {{pose.torsoAngle - 180, pose.torsoAngle + 180}};
        if (view == PoseView::Side) {
            problem.angles.append([](Pose &p) -> double & { return p.spineFlexion; });
            problem.ranges.append(anatomy::spineRange());
        }
        problem.follow = [before = pose](Pose &p) { keepLegsInPlace(p, before); };
        break;
    }
    case PoseHandle::NearElbow:
    case PoseHandle::FarElbow:
        problem.angles = {[near](Pose &p) -> double & { return arm(p, near).root; }};
        problem.ranges = {anatomy::shoulderRange(view)};
        break;
    case PoseHandle::NearHand:
    case PoseHandle::FarHand:
        problem.angles = {[near](Pose &p) -> double & { return arm(p, near).root; },
                          [near](Pose &p) -> double & { return arm(p, near).middle; }};
        problem.ranges = {anatomy::shoulderRange(view), anatomy::elbowRange(view)};
        break;
    case PoseHandle::NearKnee:
    case PoseHandle::FarKnee:
        problem.angles = {[near](Pose &p) -> double & { return leg(p, near).root; }};
        problem.ranges = {anatomy::hipRange(view)};
        break;
    case PoseHandle::NearFoot:
    case PoseHandle::FarFoot:
        problem.angles = {[near](Pose &p) -> double & { return leg(p, near).root; },
                          [near](Pose &p) -> double & { return leg(p, near).middle; }};
        problem.ranges = {anatomy::hipRange(view), anatomy::kneeRange(view)};
        break;
    }
    // Seen from above, a knee also moves sideways: the hip swings the leg out.
    if (view == PoseView::Top && !isArm(handle) && handle != PoseHandle::Head &&
        handle != PoseHandle::Torso) {
        problem.angles.append([near](Pose &p) -> double & { return leg(p, near).abduction; });
        problem.ranges.append(anatomy::abductionRange());
    }
    return problem;
}

using Values = QList<double>;

// Pattern search inside the ranges: simple, and it never needs a derivative of the
// three-dimensional legs.
Values refined(Values values, const QList<JointRange> &ranges, double step,
               const std::function<double(const Values &)> &cost)
{
    double best = cost(values);
    while (step > 1e-4) {
        bool improved = false;
        for (qsizetype index = 0; index < values.size(); ++index) {
            for (const double way : {1.0, -1.0}) {
                Values trial = values;
                trial[index] =
                    std::clamp(trial[index] + way * step, ranges[index].min, ranges[index].max);
                const double trialCost = cost(trial);
                if (trialCost < best) {
                    best = trialCost;
                    values = trial;
                    improved = true;
                }
            }
        }
        if (!improved)
            step /= 2;
    }
    return values;
}

// Every combination of a few evenly spread values per angle: starting points that keep the
// search out of a wrong local minimum (an elbow bent the other way round the target).
QList<Values> grid(const QList<JointRange> &ranges)
{
    const int samples = ranges.size() > 2 ? 7 : 9;
    QList<Values> points{Values()};
    for (const JointRange &range : ranges) {
        QList<Values> grown;
        for (const Values &point : points) {
            for (int index = 0; index < samples; ++index) {
                Values next = point;
                next.append(range.min + (range.max - range.min) * index / (samples - 1));
                grown.append(next);
            }
        }
        points = grown;
    }
    return points;
}

using Cost = std::function<double(const Values &)>;

// The best of a search from every point of the grid's coarse optimum, or best if it wins.
Values searchedWhole(const Values &best, const QList<JointRange> &ranges, const Cost &cost)
{
    Values fromGrid;
    double gridCost = std::numeric_limits<double>::max();
    for (const Values &point : grid(ranges)) {
        const double pointCost = cost(point);
        if (pointCost < gridCost) {
            gridCost = pointCost;
            fromGrid = point;
        }
    }
    fromGrid = refined(fromGrid, ranges, 12, cost);
    return cost(fromGrid) < cost(best) ? fromGrid : best;
}

Pose applied(const Pose &pose, const Problem &problem, const Values &values)
{
    Pose out = pose;
    for (qsizetype index = 0; index < values.size(); ++index)
        problem.angles[index](out) = values[index];
    problem.follow(out);
    return out;
}

double squaredDistance(const QPointF &a, const QPointF &b)
{
    const QPointF d = a - b;
    return d.x() * d.x() + d.y() * d.y();
}

QPointF unit(const QPointF &vector)
{
    const double length = std::hypot(vector.x(), vector.y());
    return length > 0 ? vector / length : QPointF();
}

// The hand or foot turned at the wrist or ankle so that it points as it did before the drag.
void keepTipDirection(Pose &pose, const Pose &before, PoseHandle handle)
{
    const bool near = isNear(handle);
    const bool armHandle = isArm(handle);
    const auto tipDirection = [&](const Pose &p) {
        const Skeleton skeleton = skeletonOf(p);
        const Skeleton::Limb &limb = armHandle ? (near ? skeleton.nearArm : skeleton.farArm)
                                               : (near ? skeleton.nearLeg : skeleton.farLeg);
        return unit(limb.tip - limb.end);
    };
    const QPointF wanted = tipDirection(before);
    const JointRange range = armHandle ? anatomy::wristRange() : anatomy::ankleRange(pose.view);
    Problem problem;
    problem.angles = {
        [&](Pose &p) -> double & { return armHandle ? arm(p, near).end : leg(p, near).end; }};
    const Values start{problem.angles[0](pose)};
    const Values best = refined(start, {range}, 10, [&](const Values &values) {
        return squaredDistance(tipDirection(applied(pose, problem, values)), wanted);
    });
    pose = applied(pose, problem, best);
}

// The body segments that move with a handle's limb.
QList<BodySegment> segmentsOf(PoseHandle handle)
{
    switch (handle) {
    case PoseHandle::Head:
        return {BodySegment::Head};
    case PoseHandle::Torso:
        return {};
    case PoseHandle::NearElbow:
    case PoseHandle::NearHand:
        return {BodySegment::NearUpperArm, BodySegment::NearForearm, BodySegment::NearHand};
    case PoseHandle::FarElbow:
    case PoseHandle::FarHand:
        return {BodySegment::FarUpperArm, BodySegment::FarForearm, BodySegment::FarHand};
    case PoseHandle::NearKnee:
    case PoseHandle::NearFoot:
        return {BodySegment::NearThigh, BodySegment::NearShin, BodySegment::NearFoot};
    case PoseHandle::FarKnee:
    case PoseHandle::FarFoot:
        return {BodySegment::FarThigh, BodySegment::FarShin, BodySegment::FarFoot};
    }
    return {};
}

void letGo(Pose &pose, PoseHandle handle)
{
    const QList<BodySegment> moved = segmentsOf(handle);
    pose.contacts.removeIf(
        [&](const Contact &contact) { return moved.contains(contact.point.segment); });
}

// A contact counts as kept while its surfaces are this close (body units).
constexpr double contactTolerance = 0.03;

void settleContacts(Pose &pose)
{
    keepContacts(pose);
    clampToRanges(pose);
    const Skeleton grounded = groundedSkeletonOf(pose);
    pose.contacts.removeIf([&](const Contact &contact) {
        return contactGap(grounded, pose.view, contact) > contactTolerance;
    });
}

} // namespace

QList<PoseHandle> handlesOf(PoseView view)
{
    QList<PoseHandle> handles;
    if (view == PoseView::Side)
        handles.append(PoseHandle::Head);
    if (view != PoseView::Top)
        handles.append(PoseHandle::Torso);
    handles.append({PoseHandle::NearElbow, PoseHandle::NearHand, PoseHandle::FarElbow,
                    PoseHandle::FarHand, PoseHandle::NearKnee, PoseHandle::NearFoot,
                    PoseHandle::FarKnee, PoseHandle::FarFoot});
    return handles;
}

QPointF handlePosition(const Skeleton &skeleton, PoseHandle handle)
{
    switch (handle) {
    case PoseHandle::Head:
        return skeleton.head;
    case PoseHandle::Torso:
        return skeleton.neck;
    case PoseHandle::NearElbow:
        return skeleton.nearArm.middle;
    case PoseHandle::NearHand:
        return skeleton.nearArm.end;
    case PoseHandle::FarElbow:
        return skeleton.farArm.middle;
    case PoseHandle::FarHand:
        return skeleton.farArm.end;
    case PoseHandle::NearKnee:
        return skeleton.nearLeg.middle;
    case PoseHandle::NearFoot:
        return skeleton.nearLeg.end;
    case PoseHandle::FarKnee:
        return skeleton.farLeg.middle;
    case PoseHandle::FarFoot:
        return skeleton.farLeg.end;
    }
    return skeleton.pelvis;
}

Pose dragHandle(const Pose &pose, PoseHandle handle, const QPointF &target)
{
    Pose start = pose;
    clampToRanges(start);
    if (!handlesOf(pose.view).contains(handle) || !std::isfinite(target.x()) ||
        !std::isfinite(target.y()))
        return start;
    letGo(start, handle);
    const Problem problem = problemFor(start, handle);
    Values current;
    for (const Angle &angle : problem.angles)
        current.append(angle(start));
    // Of the poses that put the joint equally near, the one nearest the current pose: a
    // tiny pull toward it keeps the rest of the limb from flipping about.
    const auto cost = [&](const Values &values) {
        double change = 0;
        for (qsizetype index = 0; index < values.size(); ++index)
            change += std::pow(values[index] - current[index], 2);
        const Pose trial = applied(start, problem, values);
        return squaredDistance(handlePosition(skeletonOf(trial), handle), target) + 1e-8 * change;
    };
    Values best = refined(current, problem.ranges, 8, cost);
    // Following the pointer from where the joint was usually lands on it; only a joint left
    // short (caught on a range's end, or bent the wrong way round) searches the whole range.
    constexpr double onTarget = 1e-6;
    if (cost(best) > onTarget)
        best = searchedWhole(best, problem.ranges, cost);

    Pose out = applied(start, problem, best);
    if (isLimbEnd(handle))
        keepTipDirection(out, start, handle);
    settleContacts(out);
    return out;
}

Pose dragHandleOnFloor(const Pose &pose, PoseHandle handle, const QPointF &target)
{
    if (pose.view == PoseView::Top)
        return dragHandle(pose, handle, target);
    // Grounding lifts the skeleton so that its lowest part rests at y = 0; a drag that
    // changes what is lowest lifts it by a different amount, so aim again.
    QPointF lift = groundedSkeletonOf(pose).pelvis;
    Pose out = dragHandle(pose, handle, target - lift);
    for (int round = 0; round < 4; ++round) {
        const QPointF newLift = groundedSkeletonOf(out).pelvis;
        if (squaredDistance(newLift, lift) < 1e-10)
            break;
        lift = newLift;
        out = dragHandle(pose, handle, target - lift);
    }
    return out;
}

} // namespace limber
