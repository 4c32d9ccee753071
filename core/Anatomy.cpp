#include "Illustration.h"

#include <QString>

namespace limber::anatomy {

// Ranges are generous active ranges of motion for an adult. Front and top views show joint
// angles projected onto the picture plane, where a bent knee seen end-on can look folded
// almost flat, so their bending ranges are wider.
JointRange hipRange(PoseView view)
{
    return view == PoseView::Side ? JointRange{-30, 150} : JointRange{-20, 120};
}

JointRange kneeRange(PoseView view)
{
    return view == PoseView::Side ? JointRange{0, 160} : JointRange{0, 178};
}

JointRange ankleRange(PoseView)
{
    return {-30, 90};
}

JointRange shoulderRange(PoseView view)
{
    return view == PoseView::Side ? JointRange{-60, 180} : JointRange{-10, 180};
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

namespace {
void check(QList<QString> &out, const char *name, double value, JointRange range)
{
    if (value < range.min || value > range.max) {
        out.append(QStringLiteral("%1 = %2 outside [%3, %4]")
                       .arg(QLatin1StringView(name))
                       .arg(value)
                       .arg(range.min)
                       .arg(range.max));
    }
}

void checkScale(QList<QString> &out, const char *name, double scale)
{
    if (scale <= 0.0 || scale > 1.0)
        out.append(
            QStringLiteral("%1 scale = %2 outside (0, 1]").arg(QLatin1StringView(name)).arg(scale));
}
} // namespace

QList<QString> violations(const Pose &pose)
{
    QList<QString> out;
    if (pose.view == PoseView::Side) {
        check(out, "spine", pose.spineFlexion, spineRange());
        check(out, "neck", pose.neckFlexion, neckRange());
    }
    for (const auto &[name, leg] :
         {std::pair{"near leg", &pose.nearLeg}, std::pair{"far leg", &pose.farLeg}}) {
        check(out, name, leg->root, hipRange(pose.view));
        check(out, name, leg->middle, kneeRange(pose.view));
        check(out, name, leg->end, ankleRange(pose.view));
        checkScale(out, name, leg->upperScale);
        checkScale(out, name, leg->lowerScale);
    }
    for (const auto &[name, arm] :
         {std::pair{"near arm", &pose.nearArm}, std::pair{"far arm", &pose.farArm}}) {
        check(out, name, arm->root, shoulderRange(pose.view));
        check(out, name, arm->middle, elbowRange(pose.view));
        checkScale(out, name, arm->upperScale);
        checkScale(out, name, arm->lowerScale);
    }
    return out;
}

} // namespace limber::anatomy
