#pragma once

#include "figures/Pose.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace limber {

class JsonFieldReader;

// One keyframe of a user's figure as JSON (docs/stretch-format.md, "The figure"): every angle
// of a Pose under a snake_case name, limbs named by their joints ("near_leg": {"hip": 80,
// "knee": 90, ...}), enums by stable keys. Reading checks each angle against the anatomy's
// joint ranges for the pose's view and refuses unknown fields.
class PoseJson
{
    Q_DECLARE_TR_FUNCTIONS(PoseJson)

public:
    // Writes every field, so that a written pose reads back exactly.
    static QJsonObject toJson(const Pose &pose);
    // field names the value in refusals ("figure.keyframes[1]"); fields left out take a
    // Pose's defaults. Nothing when anything was refused (the reasons are in reader).
    static std::optional<Pose> fromJson(const QJsonValue &value, const QString &field,
                                        JsonFieldReader &reader);

    static QString viewKey(PoseView view);
    static QString segmentKey(BodySegment segment);
};

} // namespace limber
