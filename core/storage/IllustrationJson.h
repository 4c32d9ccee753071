#pragma once

#include "figures/Illustration.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace limber {

class JsonFieldReader;

// A user's drawn figure as JSON (docs/stretch-format.md, "The figure"): its keyframes (see
// PoseJson), the highlighted body parts, the motion arrows, whether it flows, and its cycle.
// A held figure has two keyframes (the start and the hold); a flowing one two or three, all
// in the same view.
class IllustrationJson
{
    Q_DECLARE_TR_FUNCTIONS(IllustrationJson)

public:
    static constexpr int minCycleMs = 500;
    static constexpr int maxCycleMs = 60000;
    static constexpr int maxArrows = 4;

    static QJsonObject toJson(const Illustration &illustration);
    // field names the value in refusals ("figure"). Nothing when anything was refused.
    static std::optional<Illustration> fromJson(const QJsonValue &value, const QString &field,
                                                JsonFieldReader &reader);
};

} // namespace limber
