#pragma once

#include "figures/Pose.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace limber {

// A position the pose editor offers to start a drawing from: a neutral one, or the held pose
// of a built-in stretch.
struct StartingPose
{
    // Stable across languages: "neutral:standing" or "stretch:<built-in id>".
    QString key;
    QString name; // translated when the list is made
    Pose pose;
};

class StartingPoses
{
    Q_DECLARE_TR_FUNCTIONS(StartingPoses)

public:
    // The neutral positions (standing, lying, kneeling, seated), then every built-in stretch
    // with a drawing, in the catalog's order.
    static QList<StartingPose> all();
};

} // namespace limber
