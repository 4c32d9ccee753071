#include "model/StartingPoses.h"

#include "figures/Illustration.h"
#include "figures/NeutralPoses.h"
#include "model/Catalog.h"

namespace limber {

namespace {

QString neutralKey(NeutralPose which)
{
    switch (which) {
    case NeutralPose::Standing:
        return QStringLiteral("neutral:standing");
    case NeutralPose::Lying:
        return QStringLiteral("neutral:lying");
    case NeutralPose::Kneeling:
        return QStringLiteral("neutral:kneeling");
    case NeutralPose::Seated:
        return QStringLiteral("neutral:seated");
    }
    return {};
}

} // namespace

QList<StartingPose> StartingPoses::all()
{
    const auto neutralName = [](NeutralPose which) {
        switch (which) {
        case NeutralPose::Standing:
            return tr("Standing");
        case NeutralPose::Lying:
            return tr("Lying on the back");
        case NeutralPose::Kneeling:
            return tr("On hands and knees");
        case NeutralPose::Seated:
            return tr("Sitting on the floor");
        }
        return QString();
    };
    QList<StartingPose> poses;
    for (const NeutralPose which : neutralPoseList)
        poses.append({neutralKey(which), neutralName(which), neutralPose(which)});
    for (const Stretch &stretch : Catalog::builtIn().stretches()) {
        const Illustration &drawing = illustrationOf(stretch.id());
        if (!drawing.keyframes.isEmpty())
            poses.append(
                {QStringLiteral("stretch:") + stretch.id(), stretch.name(), stillPoseOf(drawing)});
    }
    return poses;
}

} // namespace limber
