#include "figures/Contacts.h"

#include "figures/PoseSolving.h"

#include <QtMath>

namespace limber {

namespace {

struct Span
{
    BodyDisc from;
    BodyDisc to;
};

Span armSpan(const Skeleton::Limb &arm, int part)
{
    switch (part) {
    case 0:
        return {{arm.root, body::upperArmRadius}, {arm.middle, body::elbowRadius}};
    case 1:
        return {{arm.middle, body::elbowRadius}, {arm.end, body::wristRadius}};
    default:
        return {{arm.end, body::wristRadius}, {arm.tip, body::fingerRadius}};
    }
}

Span legSpan(const Skeleton::Limb &leg, PoseView view, int part)
{
    switch (part) {
    case 0:
        return {{leg.root, body::thighRadius}, {leg.middle, body::kneeRadius}};
    case 1:
        return {{leg.middle, body::kneeRadius}, {leg.end, body::ankleRadius}};
    default:
        if (view == PoseView::Front)
            return {{leg.end, body::ankleRadius}, {leg.tip, body::toeRadius}};
        return {{leg.end - (leg.tip - leg.end) * body::heelShare, body::footRadius},
                {toesOf(leg).tip, body::toeRadius}};
    }
}

bool isHand(BodySegment segment)
{
    return segment == BodySegment::NearHand || segment == BodySegment::FarHand;
}

} // namespace

BodyDisc discAt(const Skeleton &skeleton, PoseView view, const BodyPoint &point)
{
    const double t = point.along;
    Span span;
    switch (point.segment) {
    case BodySegment::Torso:
        // From the front or above, the torso's width is no use for touching: its underside
        // is the rounded corners' (see torsoDiscsAt).
        return {spinePoint(skeleton, t), view == PoseView::Side
                                             ? body::torsoRadiusAt(view, t, skeleton.twist)
                                             : body::torsoCornerRadius};
    case BodySegment::Head:
        return {skeleton.head, body::headRadius};
    case BodySegment::NearUpperArm:
    case BodySegment::NearForearm:
    case BodySegment::NearHand:
        span = armSpan(skeleton.nearArm, int(point.segment) - int(BodySegment::NearUpperArm));
        break;
    case BodySegment::FarUpperArm:
    case BodySegment::FarForearm:
    case BodySegment::FarHand:
        span = armSpan(skeleton.farArm, int(point.segment) - int(BodySegment::FarUpperArm));
        break;
    case BodySegment::NearThigh:
    case BodySegment::NearShin:
    case BodySegment::NearFoot:
        span = legSpan(skeleton.nearLeg, view, int(point.segment) - int(BodySegment::NearThigh));
        break;
    case BodySegment::FarThigh:
    case BodySegment::FarShin:
    case BodySegment::FarFoot:
        span = legSpan(skeleton.farLeg, view, int(point.segment) - int(BodySegment::FarThigh));
        break;
    }
    return {span.from.centre + (span.to.centre - span.from.centre) * t,
            span.from.radius + (span.to.radius - span.from.radius) * t};
}

double contactGap(const Skeleton &grounded, PoseView view, const Contact &contact)
{
    const BodyDisc disc = discAt(grounded, view, contact.point);
    if (contact.onFloor)
        return disc.centre.y() - disc.radius;
    const BodyDisc other = discAt(grounded, view, contact.other);
    const QPointF apart = disc.centre - other.centre;
    return std::hypot(apart.x(), apart.y()) - disc.radius - other.radius;
}

void keepContacts(Pose &pose)
{
    for (const Contact &contact : pose.contacts) {
        if (!isHand(contact.point.segment))
            continue;
        const Skeleton skeleton = skeletonOf(pose);
        const LimbSide side =
            contact.point.segment == BodySegment::NearHand ? LimbSide::Near : LimbSide::Far;
        const Skeleton::Limb &arm = limbOf(skeleton, side, false);
        const BodyDisc hand = discAt(skeleton, pose.view, contact.point);
        QPointF shift;
        if (contact.onFloor) {
            shift = QPointF(0, floorUnder(pose) - (hand.centre.y() - hand.radius));
        } else {
            const BodyDisc held = discAt(skeleton, pose.view, contact.other);
            const QPointF apart = hand.centre - held.centre;
            const double distance = std::hypot(apart.x(), apart.y());
            const double gap = distance - hand.radius - held.radius;
            if (gap <= 0 || distance <= 0)
                continue;
            shift = -apart / distance * gap;
        }
        const QPointF fingers = arm.tip - arm.end;
        reachWithArm(pose, side, arm.end + shift,
                     qRadiansToDegrees(std::atan2(fingers.y(), fingers.x())));
    }
}

} // namespace limber
