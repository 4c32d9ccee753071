#pragma once

#include <QList>
#include <QPointF>

namespace limber {

// A simple articulated body described by joint angles (degrees), drawn by the app. Side view:
// the figure faces +x, y points up; "near" limbs are the ones on the viewer's side. Front
// view: the figure faces the viewer; "near" limbs are the figure's right (viewer's left).
// Top view: seen from above, lying on the back on the floor, laid out like the front view.
enum class PoseView
{
    Side,
    Front,
    Top
};

struct LimbPose
{
    // Side view: flexion at the hip or shoulder (forward +), knee or elbow (bending +), and
    // ankle (pointing the toes +). Front view: abduction at the hip or shoulder (outward +),
    // and bending at the knee or elbow (the lower part folds toward the body's midline +).
    // Top view: arms as in the front view; legs as in the side view (hip flexion lifts the
    // knee toward the viewer), because a bent leg seen from above is only readable as the
    // projection of a real one.
    double root = 0;
    double middle = 0;
    double end = 0;
    // Foreshortening: a limb turned toward or away from the viewer looks shorter.
    double upperScale = 1.0;
    double lowerScale = 1.0;
    // Legs in the side and top views only. abduction swings the thigh out to the side
    // (toward the viewer for a near leg in the side view); turnOut rotates the leg about the
    // thigh so that the knee points outward and the bent shin swings across the body, as in
    // a crossed leg.
    double abduction = 0;
    double turnOut = 0;

    friend bool operator==(const LimbPose &, const LimbPose &) = default;
};

// A part of the drawn body between two of its joints (the torso from the pelvis to the neck,
// the foot from the heel to the toes).
enum class BodySegment
{
    Torso,
    Head,
    NearUpperArm,
    NearForearm,
    NearHand,
    FarUpperArm,
    FarForearm,
    FarHand,
    NearThigh,
    NearShin,
    NearFoot,
    FarThigh,
    FarShin,
    FarFoot,
};

// A point of the body this share of the way along a segment.
struct BodyPoint
{
    BodySegment segment = BodySegment::Torso;
    double along = 0;

    friend bool operator==(const BodyPoint &, const BodyPoint &) = default;
};

// Something the instructions say touches: a hand closed on a shin, an ankle resting on a
// knee, palms and knees on the floor. The body's surfaces meet there (or overlap, a hand
// wrapping round what it holds); onFloor means the floor rather than other.
struct Contact
{
    BodyPoint point;
    bool onFloor = true;
    BodyPoint other;

    friend bool operator==(const Contact &, const Contact &) = default;
};

struct Pose
{
    PoseView view = PoseView::Side;
    // World direction from the pelvis to the middle of the spine: 90 standing or sitting,
    // 180 lying on the back (head to the left), 0 on all fours (head to the right).
    double torsoAngle = 90;
    double spineFlexion = 0; // + rounds the back forward (cat), - arches it (cow)
    double neckFlexion = 0;  // + chin toward the chest
    // Side view: the head turns toward the viewer (+); past 90 it looks back over the near
    // shoulder.
    double headTurn = 0;
    // Side view: the chest turns toward the viewer (+), bringing the far shoulder forward.
    double twist = 0;
    // Top view: the bent legs roll over toward the figure's right (+) or left (-).
    double pelvisRoll = 0;
    // Side view: an oblique view that draws depth as a shift along x (this much x per unit
    // toward the viewer), so that a leg crossing the body in depth (figure four) shows.
    double depthSlant = 0;
    // Side view: the far arm reaches across in front of the body (hooked over a knee in a
    // twist), so it is drawn in front of the near limbs.
    bool farArmInFront = false;
    // Side view: the arms reach in between the legs (to the feet in happy baby, through the
    // crossed legs in figure four), so the near leg is drawn over the near arm.
    bool armsInsideLegs = false;
    LimbPose nearArm;
    LimbPose farArm;
    LimbPose nearLeg;
    LimbPose farLeg;
    // What touches in this pose; kept while the figure moves (see keepContacts).
    QList<Contact> contacts;

    friend bool operator==(const Pose &, const Pose &) = default;
};

// Joint positions of a posed body, in body units (a standing adult is about 1.75 tall).
struct Skeleton
{
    struct Limb
    {
        QPointF root;   // hip or shoulder
        QPointF middle; // knee or elbow
        QPointF end;    // ankle or wrist
        QPointF tip;    // toes or fingertips
        // How far the knee or elbow stands out toward the viewer: shading and drawing order
        // for limbs seen end-on.
        double middleDepth = 0;
    };

    QPointF pelvis;
    QPointF midSpine;
    QPointF neck;
    QPointF head; // centre of the head
    QPointF nose; // side view: shows which way the face looks; the head's centre when unseen
    // Side view: how far the chest is turned toward the viewer (degrees), which broadens it.
    double twist = 0;
    Limb nearArm;
    Limb farArm;
    Limb nearLeg;
    Limb farLeg;

    void translate(const QPointF &offset);
};

namespace body {
inline constexpr double headRadius = 0.11;
inline constexpr double noseRadius = 0.024;
inline constexpr double neckLength = 0.07;
inline constexpr double lowerTorsoLength = 0.26;
inline constexpr double upperTorsoLength = 0.27;
inline constexpr double upperArmLength = 0.31;
inline constexpr double forearmLength = 0.26;
inline constexpr double handLength = 0.1;
inline constexpr double thighLength = 0.44;
inline constexpr double shinLength = 0.42;
inline constexpr double footLength = 0.16;
// The shoulder joint sits this far below the base of the neck.
inline constexpr double shoulderDrop = 0.03;
// The heel sticks out behind the ankle by this share of the foot.
inline constexpr double heelShare = 0.22;
// The ball of the foot, where the toes bend, lies this share of the way to the toes.
inline constexpr double ballShare = 0.7;
// Half-thicknesses of the drawn body at its joints, so that posing can rest it on the floor
// and the painter draws exactly what was rested. Limbs taper from one joint to the next.
inline constexpr double torsoRadius = 0.08;
inline constexpr double thighRadius = 0.066;
inline constexpr double kneeRadius = 0.05;
inline constexpr double shinRadius = kneeRadius;
inline constexpr double ankleRadius = 0.036;
inline constexpr double footRadius = 0.03;
inline constexpr double toeRadius = 0.022;
inline constexpr double upperArmRadius = 0.042;
inline constexpr double elbowRadius = 0.034;
inline constexpr double forearmRadius = elbowRadius;
inline constexpr double wristRadius = 0.028;
inline constexpr double handRadius = wristRadius;
inline constexpr double fingerRadius = 0.02;
// Front view only: half the distance between the hips and between the shoulders.
inline constexpr double hipHalfWidth = 0.09;
// Front and top views: the torso is a band with corners this round.
inline constexpr double torsoCornerRadius = 0.08;
inline constexpr double shoulderHalfWidth = 0.17;

// Half-thickness of the torso at t along the spine (0 pelvis, 1 neck): full at the seat,
// narrower at the waist, fuller at the chest. The front view shows its width, not depth; a
// chest twisted toward the viewer (degrees) shows some of its width too.
double torsoRadiusAt(PoseView view, double t, double twist = 0);
} // namespace body

// The spine drawn as a smooth curve: a quadratic through the pelvis (t = 0), the middle of
// the spine (t = 0.5) and the neck (t = 1), so a rounded or arched back reads as one curve.
QPointF spinePoint(const Skeleton &skeleton, double t);

// A disc of the drawn body: the body is the union of the hulls of consecutive discs.
struct BodyDisc
{
    QPointF centre;
    double radius = 0;
};

// The torso's cross-section at t along the spine: one disc in profile; from the front or
// above, two rounded corners spanning its width. The painter joins consecutive sections.
QList<BodyDisc> torsoDiscsAt(const Skeleton &skeleton, PoseView view, double t);
inline constexpr int spineSamples = 12;

// Side and top views: the ball of a foot and the tips of its toes. A foot pointing steeply
// down stands on its ball, and its toes bend there to lie level ahead of it.
struct Toes
{
    QPointF ball;
    QPointF tip;
};
Toes toesOf(const Skeleton::Limb &leg);
inline constexpr double ballRadius = body::footRadius * 0.95;

// Every disc the painter draws the body through: spine samples, head, and the joints of each
// limb (with the heel). Grounding rests the lowest of them on the floor.
QList<BodyDisc> surfaceOf(const Skeleton &skeleton, PoseView view);

// The unit vector at this many degrees from +x, counter-clockwise (y up).
QPointF direction(double degrees);

Skeleton skeletonOf(const Pose &pose);
// The same, moved so that the lowest part of the body touches the floor at y = 0 (in the
// top view the figure lies on the floor already and is returned as is).
Skeleton groundedSkeletonOf(const Pose &pose);

// Linear blend of every angle; t in [0, 1]. Both poses must share a view.
Pose interpolate(const Pose &from, const Pose &to, double t);

// Posing helpers (points in skeletonOf coordinates, pelvis at the origin): they set the
// arm's or leg's angles so that its wrist or ankle lands on target, and turn the hand or foot
// to the world direction tipAngle. They return false when the target is out of reach (the
// limb then points at it). Arms work in the side view (the elbow bends forward) and the front
// view (the elbow points outward); legs in the side view (the knee bends backward).
enum class LimbSide
{
    Near,
    Far
};
bool reachWithArm(Pose &pose, LimbSide side, const QPointF &wrist, double tipAngle);
bool reachWithLeg(Pose &pose, LimbSide side, const QPointF &ankle, double tipAngle);
// Side view, for a leg swung out of the picture plane: keeps the hip's flexion and abduction
// and sets the knee bend and turn-out so that the ankle lands on target, the shin reaching
// back toward the body's midline (a crossed leg) or lying in the picture plane when the
// target is a shin's length from the knee.
bool reachWithTurnedLeg(Pose &pose, LimbSide side, const QPointF &ankle);

} // namespace limber
