#include "figures/Pose.h"

#include <algorithm>
#include <QtMath>

namespace limber {

QPointF direction(double degrees)
{
    const double radians = qDegreesToRadians(degrees);
    return {std::cos(radians), std::sin(radians)};
}

namespace {

double angleOf(const QPointF &vector)
{
    return qRadiansToDegrees(std::atan2(vector.y(), vector.x()));
}

// An angle difference folded into (-180, 180], so joint angles come out in their ranges.
double folded(double degrees)
{
    double angle = std::fmod(degrees, 360.0);
    if (angle <= -180)
        angle += 360;
    else if (angle > 180)
        angle -= 360;
    // A fully stretched limb comes out as -1e-14 and the like: keep it exactly straight.
    return std::abs(angle) < 1e-9 ? 0.0 : angle;
}

// Legs are posed in three dimensions so that a turned-out or raised leg foreshortens as it
// would; the picture drops the depth (z, toward the viewer).
struct Vec3
{
    double x = 0;
    double y = 0;
    double z = 0;

    Vec3 operator+(const Vec3 &other) const { return {x + other.x, y + other.y, z + other.z}; }
    Vec3 operator*(double factor) const { return {x * factor, y * factor, z * factor}; }
};

Vec3 planar(const QPointF &point)
{
    return {point.x(), point.y(), 0};
}

double dot(const Vec3 &u, const Vec3 &v)
{
    return u.x * v.x + u.y * v.y + u.z * v.z;
}

Vec3 combine(double a, const Vec3 &u, double b, const Vec3 &v)
{
    return u * a + v * b;
}

double cosd(double degrees)
{
    return std::cos(qDegreesToRadians(degrees));
}

double sind(double degrees)
{
    return std::sin(qDegreesToRadians(degrees));
}

// The body's frame at the hip: down the body, forward (the way the knee points when the hip
// flexes) and outward (the side the leg abducts to).
struct LegFrame
{
    Vec3 down;
    Vec3 forward;
    Vec3 outward;
};

// The thigh and the directions the knee can bend toward, before the knee bends.
struct LegBasis
{
    Vec3 thigh;
    Vec3 back0; // the back of the thigh, in the plane the hip flexes in
    Vec3 side;  // square to the thigh on its outer side: where a turned-out knee points
};

LegBasis legBasis(const LimbPose &leg, const LegFrame &frame)
{
    // Hip flexion tilts the thigh forward; abduction swings it out.
    const Vec3 thigh0 = combine(cosd(leg.root), frame.down, sind(leg.root), frame.forward);
    return {combine(cosd(leg.abduction), thigh0, sind(leg.abduction), frame.outward),
            combine(sind(leg.root), frame.down, -cosd(leg.root), frame.forward),
            combine(-sind(leg.abduction), thigh0, cosd(leg.abduction), frame.outward)};
}

struct LegDirections
{
    Vec3 thigh;
    Vec3 shin;
    Vec3 foot;
};

LegDirections legDirections(const LimbPose &leg, const LegFrame &frame)
{
    // The knee bends toward the back of the thigh, turned out by the turn-out.
    const LegBasis basis = legBasis(leg, frame);
    const Vec3 back = combine(cosd(leg.turnOut), basis.back0, -sind(leg.turnOut), basis.side);
    const double footBend = leg.middle - 90 + leg.end;
    return {basis.thigh, combine(cosd(leg.middle), basis.thigh, sind(leg.middle), back),
            combine(cosd(footBend), basis.thigh, sind(footBend), back)};
}

struct Leg3
{
    Vec3 hip;
    Vec3 knee;
    Vec3 ankle;
    Vec3 toes;
};

Leg3 posedLeg(const Vec3 &hip, const LimbPose &leg, const LegFrame &frame)
{
    const LegDirections dirs = legDirections(leg, frame);
    Leg3 out;
    out.hip = hip;
    out.knee = hip + dirs.thigh * (body::thighLength * leg.upperScale);
    out.ankle = out.knee + dirs.shin * (body::shinLength * leg.lowerScale);
    out.toes = out.ankle + dirs.foot * body::footLength;
    return out;
}

// Drops the depth; an oblique view first shifts each point along x by its depth.
QPointF projected(const Vec3 &point, double slant)
{
    return {point.x + slant * point.z, point.y};
}

Skeleton::Limb flattened(const Leg3 &leg, double slant = 0)
{
    return {projected(leg.hip, slant), projected(leg.knee, slant), projected(leg.ankle, slant),
            projected(leg.toes, slant), leg.knee.z};
}

Skeleton::Limb sideArm(const QPointF &shoulder, double upperTorsoAngle, const LimbPose &arm)
{
    const double upperArm = upperTorsoAngle + 180 + arm.root;
    const double forearm = upperArm + arm.middle;
    const double hand = forearm + arm.end;
    Skeleton::Limb limb;
    limb.root = shoulder;
    limb.middle = shoulder + direction(upperArm) * body::upperArmLength * arm.upperScale;
    limb.end = limb.middle + direction(forearm) * body::forearmLength * arm.lowerScale;
    limb.tip = limb.end + direction(hand) * body::handLength;
    return limb;
}

// Front view: outward is toward -x for the figure's right (viewer's left), +x for its left.
Skeleton::Limb frontLimb(const QPointF &root, double axisAngle, const LimbPose &pose,
                         double outward, double upperLength, double lowerLength, double tipLength,
                         bool isLeg)
{
    const double upper = axisAngle + outward * pose.root;
    const double lower = upper - outward * pose.middle;
    Skeleton::Limb limb;
    limb.root = root;
    limb.middle = root + direction(upper) * upperLength * pose.upperScale;
    limb.end = limb.middle + direction(lower) * lowerLength * pose.lowerScale;
    // Feet point at the viewer and are seen much foreshortened. Hands follow the forearm.
    const double tip = isLeg ? lower + outward * (90 - pose.end) : lower - outward * pose.end;
    limb.tip = limb.end + direction(tip) * tipLength * (isLeg ? 0.6 : 1.0);
    return limb;
}

void poseSideView(Skeleton &skeleton, const Pose &pose, double upperTorso)
{
    const LegFrame near{planar(direction(pose.torsoAngle + 180)),
                        planar(direction(pose.torsoAngle - 90)),
                        {0, 0, 1}};
    LegFrame far = near;
    far.outward = {0, 0, -1};
    const Vec3 pelvis = planar(skeleton.pelvis);
    skeleton.nearLeg = flattened(posedLeg(pelvis, pose.nearLeg, near), pose.depthSlant);
    skeleton.farLeg = flattened(posedLeg(pelvis, pose.farLeg, far), pose.depthSlant);

    // A chest turned toward the viewer shows both shoulders: the near one moves back, the
    // far one forward.
    const QPointF shoulder = skeleton.neck - direction(upperTorso) * body::shoulderDrop;
    const QPointF spread = direction(upperTorso - 90) * body::shoulderHalfWidth *
                           std::sin(qDegreesToRadians(pose.twist));
    skeleton.nearArm = sideArm(shoulder - spread, upperTorso, pose.nearArm);
    skeleton.farArm = sideArm(shoulder + spread, upperTorso, pose.farArm);
}

// Lying on the back seen from above: the legs are real three-dimensional legs, rolled over
// about the body's long axis by the pelvis roll.
void poseTopViewLegs(Skeleton &skeleton, const Pose &pose)
{
    const Vec3 down = planar(direction(pose.torsoAngle + 180));
    const Vec3 up{0, 0, 1};
    const Vec3 right = planar(direction(pose.torsoAngle + 90)); // the near side
    const double roll = pose.pelvisRoll;
    const auto rolled = [&](const Vec3 &point) {
        // Components along the body's right and toward the viewer turn together.
        const double toRight = point.x * right.x + point.y * right.y;
        const double along = point.x * down.x + point.y * down.y;
        const double lifted = point.z;
        const double newRight = lifted * sind(roll) + toRight * cosd(roll);
        const double newLift = lifted * cosd(roll) - toRight * sind(roll);
        return combine(along, down, newRight, right) + up * newLift;
    };
    const Vec3 pelvis = planar(skeleton.pelvis);
    const auto leg = [&](const LimbPose &limb, const Vec3 &outward) {
        Leg3 posed = posedLeg(outward * body::hipHalfWidth, limb, {down, up, outward});
        for (Vec3 *point : {&posed.hip, &posed.knee, &posed.ankle, &posed.toes})
            *point = pelvis + rolled(*point);
        return flattened(posed);
    };
    skeleton.nearLeg = leg(pose.nearLeg, right);
    skeleton.farLeg = leg(pose.farLeg, right * -1);
}

} // namespace

Skeleton skeletonOf(const Pose &pose)
{
    Skeleton skeleton;
    skeleton.pelvis = QPointF(0, 0);
    skeleton.midSpine = skeleton.pelvis + direction(pose.torsoAngle) * body::lowerTorsoLength;
    const double upperTorso =
        pose.view == PoseView::Side ? pose.torsoAngle - pose.spineFlexion : pose.torsoAngle;
    skeleton.neck = skeleton.midSpine + direction(upperTorso) * body::upperTorsoLength;
    const double neckAngle =
        pose.view == PoseView::Side ? upperTorso - pose.neckFlexion : upperTorso;
    skeleton.head = skeleton.neck + direction(neckAngle) * (body::neckLength + body::headRadius);
    skeleton.nose = skeleton.head;
    if (pose.view == PoseView::Side) {
        const double facing = std::cos(qDegreesToRadians(pose.headTurn));
        skeleton.nose += direction(neckAngle - 90) * facing * (body::headRadius - 0.004);
    }

    if (pose.view == PoseView::Side) {
        skeleton.twist = pose.twist;
        poseSideView(skeleton, pose, upperTorso);
        return skeleton;
    }

    const QPointF across = direction(pose.torsoAngle - 90); // toward the figure's left
    const QPointF shoulder = skeleton.neck - direction(upperTorso) * body::shoulderDrop;
    const double down = pose.torsoAngle + 180;
    // "near" is the figure's right, on the viewer's left (-x when upright).
    skeleton.nearArm =
        frontLimb(shoulder - across * body::shoulderHalfWidth, down, pose.nearArm, -1,
                  body::upperArmLength, body::forearmLength, body::handLength, false);
    skeleton.farArm = frontLimb(shoulder + across * body::shoulderHalfWidth, down, pose.farArm, 1,
                                body::upperArmLength, body::forearmLength, body::handLength, false);
    if (pose.view == PoseView::Top) {
        poseTopViewLegs(skeleton, pose);
        return skeleton;
    }
    skeleton.nearLeg = frontLimb(skeleton.pelvis - across * body::hipHalfWidth, down, pose.nearLeg,
                                 -1, body::thighLength, body::shinLength, body::footLength, true);
    skeleton.farLeg = frontLimb(skeleton.pelvis + across * body::hipHalfWidth, down, pose.farLeg, 1,
                                body::thighLength, body::shinLength, body::footLength, true);
    return skeleton;
}

void Skeleton::translate(const QPointF &offset)
{
    for (QPointF *point : {&pelvis, &midSpine, &neck, &head, &nose})
        *point += offset;
    for (Limb *limb : {&nearArm, &farArm, &nearLeg, &farLeg}) {
        for (QPointF *point : {&limb->root, &limb->middle, &limb->end, &limb->tip})
            *point += offset;
    }
}

namespace {
// Two-bone reach in the picture plane. bendSign +1 puts the middle joint clockwise of the
// line to the target (an elbow bending forward), -1 counter-clockwise (a knee).
struct Reach
{
    double upperAngle;
    double lowerAngle;
    bool reached;
};

Reach twoBoneReach(const QPointF &root, const QPointF &target, double upper, double lower,
                   double bendSign)
{
    const QPointF toTarget = target - root;
    const double distance = std::hypot(toTarget.x(), toTarget.y());
    const bool reached =
        distance <= upper + lower + 1e-9 && distance >= std::abs(upper - lower) - 1e-9;
    const double clamped = std::clamp(distance, std::abs(upper - lower), upper + lower);
    const double cosine =
        clamped > 0 ? (upper * upper + clamped * clamped - lower * lower) / (2 * upper * clamped)
                    : 1.0;
    const double opening = qRadiansToDegrees(std::acos(std::clamp(cosine, -1.0, 1.0)));
    const double upperAngle = angleOf(toTarget) - bendSign * opening;
    const QPointF middle = root + direction(upperAngle) * upper;
    const QPointF rest = target - middle;
    const bool degenerate = std::hypot(rest.x(), rest.y()) < 1e-12;
    return {upperAngle, degenerate ? angleOf(toTarget) : angleOf(rest), reached};
}
} // namespace

bool reachWithArm(Pose &pose, LimbSide side, const QPointF &wrist, double tipAngle)
{
    const Skeleton skeleton = skeletonOf(pose);
    LimbPose &arm = side == LimbSide::Near ? pose.nearArm : pose.farArm;
    const QPointF shoulder = side == LimbSide::Near ? skeleton.nearArm.root : skeleton.farArm.root;
    const double upper = body::upperArmLength * arm.upperScale;
    const double lower = body::forearmLength * arm.lowerScale;
    if (pose.view == PoseView::Side) {
        const Reach reach = twoBoneReach(shoulder, wrist, upper, lower, 1);
        const double upperTorso = pose.torsoAngle - pose.spineFlexion;
        arm.root = folded(reach.upperAngle - (upperTorso + 180));
        arm.middle = folded(reach.lowerAngle - reach.upperAngle);
        arm.end = folded(tipAngle - reach.lowerAngle);
        return reach.reached;
    }
    // From the front the elbow points away from the body's midline.
    const double outward = side == LimbSide::Near ? -1 : 1;
    const QPointF across = direction(pose.torsoAngle - 90) * outward;
    Reach reach = twoBoneReach(shoulder, wrist, upper, lower, 1);
    const Reach other = twoBoneReach(shoulder, wrist, upper, lower, -1);
    const auto outwardness = [&](const Reach &candidate) {
        const QPointF elbow = direction(candidate.upperAngle);
        return elbow.x() * across.x() + elbow.y() * across.y();
    };
    if (outwardness(other) > outwardness(reach))
        reach = other;
    const double down = pose.torsoAngle + 180;
    arm.root = folded((reach.upperAngle - down) * outward);
    arm.middle = folded((reach.upperAngle - reach.lowerAngle) * outward);
    arm.end = folded((reach.lowerAngle - tipAngle) * outward);
    return reach.reached;
}

bool reachWithLeg(Pose &pose, LimbSide side, const QPointF &ankle, double tipAngle)
{
    LimbPose &leg = side == LimbSide::Near ? pose.nearLeg : pose.farLeg;
    const Reach reach = twoBoneReach(QPointF(0, 0), ankle, body::thighLength * leg.upperScale,
                                     body::shinLength * leg.lowerScale, -1);
    leg.root = folded(reach.upperAngle - (pose.torsoAngle + 180));
    leg.middle = folded(reach.upperAngle - reach.lowerAngle);
    leg.end = folded(reach.lowerAngle + 90 - tipAngle);
    return reach.reached;
}

bool reachWithTurnedLeg(Pose &pose, LimbSide side, const QPointF &ankle)
{
    LimbPose &leg = side == LimbSide::Near ? pose.nearLeg : pose.farLeg;
    const double outward = side == LimbSide::Near ? 1 : -1;
    const LegFrame frame{planar(direction(pose.torsoAngle + 180)),
                         planar(direction(pose.torsoAngle - 90)),
                         {0, 0, outward}};
    const LegBasis basis = legBasis(leg, frame);
    const Vec3 &thigh = basis.thigh;
    const Vec3 knee = thigh * (body::thighLength * leg.upperScale);

    // The shin reaches the target in the picture, the rest of its length running in depth
    // back toward the midline: with x' = x + slant * z, solve a + slant * c = p for the unit
    // direction (a, b, c) whose b is fixed by the height to climb.
    const double shin = body::shinLength * leg.lowerScale;
    const QPointF flat = (ankle - projected(knee, pose.depthSlant)) / shin;
    const double slant = pose.depthSlant;
    const double b = std::clamp(flat.y(), -1.0, 1.0);
    const double p = flat.x();
    const double rest = 1 - b * b;
    const double discriminant = p * p * slant * slant - (1 + slant * slant) * (p * p - rest);
    const bool reached = discriminant >= -1e-9;
    const double root = std::sqrt(std::max(0.0, discriminant));
    const double c = (p * slant - outward * root) / (1 + slant * slant);
    const double a = p - slant * c;
    const double norm = std::sqrt(a * a + b * b + c * c);
    const Vec3 direction3{a / norm, b / norm, c / norm};

    const double bendCosine = std::clamp(dot(thigh, direction3), -1.0, 1.0);
    const double bend = std::acos(bendCosine);
    const Vec3 back = (direction3 + thigh * -bendCosine) * (1 / std::max(1e-9, std::sin(bend)));
    leg.middle = qRadiansToDegrees(bend);
    leg.turnOut = qRadiansToDegrees(std::atan2(-dot(back, basis.side), dot(back, basis.back0)));
    return reached;
}

} // namespace limber
