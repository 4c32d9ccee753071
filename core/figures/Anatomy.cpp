#include "figures/Illustration.h"

#include <array>
#include <limits>
#include <QString>
#include <QtMath>

// The body's shape: how thick it is along the spine and which discs make up its surface.
// Grounding rests it on the floor by that surface, and the painter draws the same discs.
namespace limber {

namespace {
// Eases between a few radii along the spine.
double eased(const std::array<std::pair<double, double>, 4> &stops, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    for (std::size_t index = 1; index < stops.size(); ++index) {
        const auto [t0, r0] = stops.at(index - 1);
        const auto [t1, r1] = stops.at(index);
        if (t <= t1) {
            const double s = (t - t0) / (t1 - t0);
            return r0 + (r1 - r0) * s * s * (3 - 2 * s);
        }
    }
    return stops.back().second;
}

} // namespace

double body::torsoRadiusAt(PoseView view, double t, double twist)
{
    const double wide = eased({{{0.0, 0.155}, {0.45, 0.13}, {0.8, 0.16}, {1.0, 0.165}}}, t);
    if (view != PoseView::Side)
        return wide;
    const double deep = eased({{{0.0, 0.1}, {0.42, 0.083}, {0.78, 0.104}, {1.0, 0.084}}}, t);
    // The twist happens above the waist: the hips stay in profile.
    const double s = std::clamp((t - 0.35) / 0.55, 0.0, 1.0);
    const double turned = std::abs(std::sin(qDegreesToRadians(twist))) * s * s * (3 - 2 * s);
    return deep + (wide - deep) * turned;
}

QPointF spinePoint(const Skeleton &skeleton, double t)
{
    const QPointF control = skeleton.midSpine * 2 - (skeleton.pelvis + skeleton.neck) * 0.5;
    const double s = 1 - t;
    return skeleton.pelvis * (s * s) + control * (2 * s * t) + skeleton.neck * (t * t);
}

QList<BodyDisc> torsoDiscsAt(const Skeleton &skeleton, PoseView view, double t)
{
    const QPointF centre = spinePoint(skeleton, t);
    const double radius = body::torsoRadiusAt(view, t, skeleton.twist);
    if (view == PoseView::Side)
        return {{centre, radius}};
    constexpr double cornerRadius = body::torsoCornerRadius;
    const QPointF ahead = spinePoint(skeleton, std::min(1.0, t + 0.01)) -
                          spinePoint(skeleton, std::max(0.0, t - 0.01));
    const double length = std::hypot(ahead.x(), ahead.y());
    const QPointF normal = length > 0 ? QPointF(-ahead.y(), ahead.x()) / length : QPointF();
    return {{centre + normal * (radius - cornerRadius), cornerRadius},
            {centre - normal * (radius - cornerRadius), cornerRadius}};
}

Toes toesOf(const Skeleton::Limb &leg)
{
    const QPointF foot = leg.tip - leg.end;
    const QPointF ball = leg.end + foot * body::ballShare;
    const QPointF toes = leg.tip - ball;
    const double length = std::hypot(toes.x(), toes.y());
    if (!(length > 0) ||
        foot.y() > -std::sin(qDegreesToRadians(40.0)) * std::hypot(foot.x(), foot.y()))
        return {ball, leg.tip};
    const double bottom = ball.y() - ballRadius;
    return {ball, QPointF(ball.x() + (foot.x() < 0 ? -length : length), bottom + body::toeRadius)};
}

QList<BodyDisc> surfaceOf(const Skeleton &skeleton, PoseView view)
{
    QList<BodyDisc> discs;
    for (int index = 0; index <= spineSamples; ++index)
        discs.append(torsoDiscsAt(skeleton, view, index / double(spineSamples)));
    discs.append({skeleton.head, body::headRadius});
    discs.append({skeleton.nose, body::noseRadius});
    for (const Skeleton::Limb *leg : {&skeleton.nearLeg, &skeleton.farLeg}) {
        discs.append({leg->root, body::thighRadius});
        discs.append({leg->middle, body::kneeRadius});
        discs.append({leg->end, body::ankleRadius});
        if (view == PoseView::Front) {
            discs.append({leg->tip, body::toeRadius});
            continue;
        }
        discs.append({leg->end - (leg->tip - leg->end) * body::heelShare, body::footRadius});
        const Toes toes = toesOf(*leg);
        discs.append({toes.ball, ballRadius});
        discs.append({toes.tip, body::toeRadius});
    }
    for (const Skeleton::Limb *arm : {&skeleton.nearArm, &skeleton.farArm}) {
        discs.append({arm->root, body::upperArmRadius});
        discs.append({arm->middle, body::elbowRadius});
        discs.append({arm->end, body::wristRadius});
        discs.append({arm->tip, body::fingerRadius});
    }
    return discs;
}

Skeleton groundedSkeletonOf(const Pose &pose)
{
    Skeleton skeleton = skeletonOf(pose);
    if (pose.view == PoseView::Top)
        return skeleton; // lying on the floor, seen from above: nothing rests below it
    double lowest = std::numeric_limits<double>::max();
    for (const BodyDisc &disc : surfaceOf(skeleton, pose.view))
        lowest = std::min(lowest, disc.centre.y() - disc.radius);
    skeleton.translate(QPointF(0, -lowest));
    return skeleton;
}

} // namespace limber

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
    // Kneeling and sitting back on the heels takes the knee to its passive end, past what
    // its own muscles reach.
    return view == PoseView::Front ? JointRange{0, 178} : JointRange{0, 165};
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

JointRange headTurnRange()
{
    // Relative to the pelvis, counting the chest's twist.
    return {-120, 120};
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
    check(out, body, "head turn", pose.headTurn, headTurnRange());
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
