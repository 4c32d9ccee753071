#pragma once

#include "figures/Pose.h"

#include <QList>
#include <QStringView>

namespace limber {

// Parts of the drawn body that can be highlighted as a stretch's target.
enum class BodyPart
{
    LowerBack,
    UpperBack,
    Pelvis, // hips, glutes and piriformis sit here
    NearThigh,
    FarThigh,
    NearShin,
    FarShin,
};

enum class Joint
{
    Pelvis,
    MidSpine,
    Neck,
    Head,
    NearKnee,
    FarKnee,
    NearAnkle,
    FarAnkle,
    NearElbow,
    NearHand,
    FarHand,
};

// A curved arrow around a joint showing the movement that matters, e.g. the knee drawn to
// the chest. Angles are world degrees of the unmirrored figure (y up).
struct MotionArrow
{
    Joint anchor = Joint::Pelvis;
    double radius = 0.2;
    double fromAngle = 0;
    double toAngle = 90;
    bool bothWays = false;
    // Height of the arc over its width: below 1 it is an ellipse seen at a slant, which reads
    // as a turn around an upright axis (a twist).
    double aspect = 1.0;
    // The arc's centre relative to the anchor, in body units.
    QPointF offset;

    friend bool operator==(const MotionArrow &, const MotionArrow &) = default;
};

// How a stretch is drawn: keyframes of the figure, what is highlighted, what moves.
struct Illustration
{
    // keyframes[0] is the starting position, keyframes[1] the held pose; a flow moves back
    // and forth through keyframes[1..] for as long as it lasts.
    QList<Pose> keyframes;
    QList<BodyPart> highlighted;
    QList<MotionArrow> arrows;
    bool isFlow = false;
    // A flow's full cycle (there and back); the ease into a hold.
    int cycleMs = 0;

    friend bool operator==(const Illustration &, const Illustration &) = default;
};

// The drawing of a built-in stretch; an empty illustration for an unknown id.
const Illustration &illustrationOf(QStringView stretchId);

// The picture that says what the stretch is, for lists, summaries and handouts: the held
// pose of a hold, and the first turning point of a flow (the cat's rounded back, the knees
// rolled to one side, a knee lifted). Keyframes are ordered so that this is keyframes[1].
const Pose &stillPoseOf(const Illustration &illustration);

// A world point of the skeleton, for anchoring arrows and highlights.
QPointF jointPosition(const Skeleton &skeleton, Joint joint);

// Anatomical ranges the keyframes must stay within (degrees), per view.
struct JointRange
{
    double min;
    double max;
};

namespace anatomy {
JointRange hipRange(PoseView view);
JointRange kneeRange(PoseView view);
JointRange ankleRange(PoseView view);
JointRange shoulderRange(PoseView view);
JointRange elbowRange(PoseView view);
JointRange wristRange();
JointRange spineRange();
JointRange neckRange();
// Out of the picture plane: a leg's abduction and turn-out, the chest's twist, the head's
// turn and the pelvis's roll.
JointRange abductionRange();
JointRange turnOutRange();
JointRange twistRange();
JointRange headTurnRange();
JointRange pelvisRollRange();
// Angles of a pose that lie outside these ranges, described for a test failure; empty when
// the pose is anatomically plausible.
QList<QString> violations(const Pose &pose);
} // namespace anatomy

} // namespace limber
