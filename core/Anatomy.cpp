#include "Illustration.h"

#include <QString>

namespace limber::anatomy {

// Ranges are generous active ranges of motion for an adult. The front view shows joint
// angles projected onto the picture plane, where a bent knee seen end-on can look folded
// almost flat, so its bending ranges are wider. Top-view legs are real side-view angles
// (see Pose.h), its arms front-view ones.
JointRange hipRange(PoseView view)
{
    return view == PoseView::Front ? JointRange{-20, 120} : JointRange{-30, 150};
}

JointRange kneeRange(PoseView view)
{
    return view == PoseView::Front ? JointRange{0, 178} : JointRange{0, 160};
}

JointRange ankleRange(PoseView)
{
    return {-30, 90};
}

JointRange shoulderRange(PoseView view)
{
    // From the front, arms reaching forward and slightly inward (to the feet) show as a
    // little adduction.
    return view == PoseView::Side ? JointRange{-60, 180} : JointRange{-20, 180};
}

JointRange elbowRange(PoseView)
{
    return {0, 150};
}

JointRange spineRange()
{
    return {-30, 45};
}

JointRange neckRange()
{
    return {-45, 60};
}

JointRange abductionRange()
{
    return {-30, 60};
}

JointRange turnOutRange()
{
    // Not the hip's own rotation: the turn of the knee's bending plane away from the plane
    // the hip flexes in, after abduction. A flexed, abducted, crossed leg (figure four)
    // turns it a long way.
    return {-45, 125};
}

JointRange twistRange()
{
    return {-60, 60};
}

JointRange pelvisRollRange()
{
    return {-75, 75};
}

JointRange wristRange()
{
    return {-90, 90};
}

namespace {
void check(QList<QString> &out, QLatin1StringView limb, const char *joint, double value,
           JointRange range)
{
    // NaN fails both comparisons, so test for being inside.
    if (!(value >= range.min && value <= range.max)) {
        out.append(QStringLiteral("%1%2 = %3 outside [%4, %5]")
                       .arg(limb, QLatin1StringView(joint))
                       .arg(value)
                       .arg(range.min)
                       .arg(range.max));
    }
}

void checkScale(QList<QString> &out, QLatin1StringView limb, const char *part, double scale)
{
    if (!(scale > 0.0 && scale <= 1.0)) {
        out.append(QStringLiteral("%1%2 scale = %3 outside (0, 1]")
                       .arg(limb, QLatin1StringView(part))
                       .arg(scale));
    }
}
} // namespace

QList<QString> violations(const Pose &pose)
{
    QList<QString> out;
    const QLatin1StringView body;
    if (pose.view == PoseView::Side) {
        check(out, body, "spine", pose.spineFlexion, spineRange());
        check(out, body, "neck", pose.neckFlexion, neckRange());
    }
    check(out, body, "twist", pose.twist, twistRange());
    check(out, body, "pelvis roll", pose.pelvisRoll, pelvisRollRange());
    for (const auto &[name, leg] : {std::pair{QLatin1StringView("near "), &pose.nearLeg},
                                    std::pair{QLatin1StringView("far "), &pose.farLeg}}) {
        check(out, name, "hip", leg->root, hipRange(pose.view));
        check(out, name, "knee", leg->middle, kneeRange(pose.view));
        check(out, name, "ankle", leg->end, ankleRange(pose.view));
        check(out, name, "hip abduction", leg->abduction, abductionRange());
        check(out, name, "hip turn-out", leg->turnOut, turnOutRange());
        checkScale(out, name, "thigh", leg->upperScale);
        checkScale(out, name, "shin", leg->lowerScale);
    }
    for (const auto &[name, arm] : {std::pair{QLatin1StringView("near "), &pose.nearArm},
                                    std::pair{QLatin1StringView("far "), &pose.farArm}}) {
        check(out, name, "shoulder", arm->root, shoulderRange(pose.view));
        check(out, name, "elbow", arm->middle, elbowRange(pose.view));
        check(out, name, "wrist", arm->end, wristRange());
        checkScale(out, name, "upper arm", arm->upperScale);
        checkScale(out, name, "forearm", arm->lowerScale);
    }
    return out;
}

} // namespace limber::anatomy
