#pragma once

#include <QList>
#include <QPointF>

namespace limber {

// A simple articulated body described by joint angles (degrees), drawn by the app. Side view:
// the figure faces +x, y points up; "near" limbs are the ones on the viewer's side. Front
// view: the figure faces the viewer; "near" limbs are the figure's right (viewer's left).
// Top view: seen from above, lying on the floor, laid out like the front view.
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
    double root = 0;
    double middle = 0;
    double end = 0;
    // Foreshortening: a limb turned toward or away from the viewer looks shorter.
    double upperScale = 1.0;
    double lowerScale = 1.0;

    friend bool operator==(const LimbPose &, const LimbPose &) = default;
};

struct Pose
{
    PoseView view = PoseView::Side;
    // World direction from the pelvis to the middle of the spine: 90 standing or sitting,
    // 180 lying on the back (head to the left), 0 on all fours (head to the right).
    double torsoAngle = 90;
    double spineFlexion = 0; // + rounds the back forward (cat), - arches it (cow)
    double neckFlexion = 0;  // + chin toward the chest
    LimbPose nearArm;
    LimbPose farArm;
    LimbPose nearLeg;
    LimbPose farLeg;

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
    };

    QPointF pelvis;
    QPointF midSpine;
    QPointF neck;
    QPointF head; // centre of the head
    Limb nearArm;
    Limb farArm;
    Limb nearLeg;
    Limb farLeg;

    void translate(const QPointF &offset);
};

namespace body {
inline constexpr double headRadius = 0.11;
inline constexpr double neckLength = 0.07;
inline constexpr double lowerTorsoLength = 0.26;
inline constexpr double upperTorsoLength = 0.27;
inline constexpr double upperArmLength = 0.29;
inline constexpr double forearmLength = 0.26;
inline constexpr double handLength = 0.09;
inline constexpr double thighLength = 0.44;
inline constexpr double shinLength = 0.42;
inline constexpr double footLength = 0.14;
// Half-thicknesses of the drawn body, so that posing can rest it on the floor.
inline constexpr double torsoRadius = 0.075;
inline constexpr double thighRadius = 0.06;
inline constexpr double shinRadius = 0.045;
inline constexpr double footRadius = 0.03;
inline constexpr double upperArmRadius = 0.04;
inline constexpr double forearmRadius = 0.035;
inline constexpr double handRadius = 0.03;
// Front view only: half the distance between the hips and between the shoulders.
inline constexpr double hipHalfWidth = 0.09;
inline constexpr double shoulderHalfWidth = 0.17;
} // namespace body

Skeleton skeletonOf(const Pose &pose);
// The same, moved so that the lowest part of the body touches the floor at y = 0.
Skeleton groundedSkeletonOf(const Pose &pose);

// Linear blend of every angle; t in [0, 1]. Both poses must share a view.
Pose interpolate(const Pose &from, const Pose &to, double t);

} // namespace limber
