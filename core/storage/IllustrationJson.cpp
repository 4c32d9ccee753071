#include "storage/IllustrationJson.h"

#include "model/Stretch.h"
#include "storage/EnumKeys.h"
#include "storage/JsonFieldReader.h"
#include "storage/PoseJson.h"

#include <QJsonArray>

namespace limber {

namespace {
namespace key {
constexpr QLatin1StringView keyframes{"keyframes"};
constexpr QLatin1StringView highlighted{"highlighted"};
constexpr QLatin1StringView arrows{"arrows"};
constexpr QLatin1StringView flow{"flow"};
constexpr QLatin1StringView cycleMs{"cycle_ms"};
constexpr QLatin1StringView around{"around"};
constexpr QLatin1StringView radius{"radius"};
constexpr QLatin1StringView from{"from"};
constexpr QLatin1StringView to{"to"};
constexpr QLatin1StringView bothWays{"both_ways"};
constexpr QLatin1StringView aspect{"aspect"};
constexpr QLatin1StringView offset{"offset"};
} // namespace key

constexpr QLatin1StringView illustrationKeys[] = {key::keyframes, key::highlighted, key::arrows,
                                                  key::flow, key::cycleMs};
constexpr QLatin1StringView arrowKeys[] = {key::around,   key::radius, key::from,  key::to,
                                           key::bothWays, key::aspect, key::offset};

constexpr EnumKey<BodyPart> partKeys[] = {
    {BodyPart::LowerBack, QLatin1StringView("lower-back")},
    {BodyPart::UpperBack, QLatin1StringView("upper-back")},
    {BodyPart::Pelvis, QLatin1StringView("pelvis")},
    {BodyPart::NearThigh, QLatin1StringView("near-thigh")},
    {BodyPart::FarThigh, QLatin1StringView("far-thigh")},
    {BodyPart::NearShin, QLatin1StringView("near-shin")},
    {BodyPart::FarShin, QLatin1StringView("far-shin")},
};

constexpr EnumKey<Joint> jointKeys[] = {
    {Joint::Pelvis, QLatin1StringView("pelvis")},
    {Joint::MidSpine, QLatin1StringView("mid-spine")},
    {Joint::Neck, QLatin1StringView("neck")},
    {Joint::Head, QLatin1StringView("head")},
    {Joint::NearKnee, QLatin1StringView("near-knee")},
    {Joint::FarKnee, QLatin1StringView("far-knee")},
    {Joint::NearAnkle, QLatin1StringView("near-ankle")},
    {Joint::FarAnkle, QLatin1StringView("far-ankle")},
    {Joint::NearElbow, QLatin1StringView("near-elbow")},
    {Joint::NearHand, QLatin1StringView("near-hand")},
    {Joint::FarHand, QLatin1StringView("far-hand")},
};

// In body units (a standing adult is about 1.75 tall) and world degrees.
constexpr double maxArrowRadius = 2;
constexpr double maxArrowOffset = 2;
constexpr double maxArrowAngle = 360;

void readHighlights(const QJsonObject &object, const QString &prefix, Illustration &illustration,
                    JsonFieldReader &reader)
{
    const QJsonValue value = object.value(key::highlighted);
    if (value.isUndefined())
        return;
    const QString field = prefix + key::highlighted;
    const auto list =
        reader.array(value, field, 0, int(std::size(partKeys)), IllustrationJson::tr("body parts"));
    if (!list)
        return;
    for (qsizetype index = 0; index < list->size(); ++index) {
        const QJsonValue entry = list->at(index);
        const auto part = valueOf<BodyPart>(partKeys, entry.toString());
        if (!entry.isString() || !part)
            reader.refuse(indexedField(field, index),
                          IllustrationJson::tr("must be %1")
                              .arg(keyChoices<BodyPart>(partKeys, IllustrationJson::tr(" or "))));
        else if (illustration.highlighted.contains(*part))
            reader.refuse(indexedField(field, index),
                          IllustrationJson::tr("lists \"%1\" a second time").arg(entry.toString()));
        else
            illustration.highlighted.append(*part);
    }
}

std::optional<MotionArrow> readArrow(const QJsonValue &value, const QString &field,
                                     JsonFieldReader &reader)
{
    const auto object =
        reader.object(value, field,
                      QStringLiteral("{\"around\": \"pelvis\", \"radius\": 0.3, \"from\": 0, "
                                     "\"to\": 90}"));
    if (!object)
        return std::nullopt;
    const QString prefix = field + QLatin1Char('.');
    reader.refuseUnknownKeys(*object, prefix, arrowKeys);
    const int before = reader.refusalCount();
    MotionArrow arrow;
    if (const QJsonValue around = reader.required(*object, key::around, prefix);
        !around.isUndefined()) {
        if (const auto joint = valueOf<Joint>(jointKeys, around.toString());
            around.isString() && joint)
            arrow.anchor = *joint;
        else
            reader.refuse(prefix + key::around,
                          IllustrationJson::tr("must be %1")
                              .arg(keyChoices<Joint>(jointKeys, IllustrationJson::tr(" or "))));
    }
    if (const QJsonValue radius = reader.required(*object, key::radius, prefix);
        !radius.isUndefined())
        arrow.radius = reader.positiveNumber(radius, prefix + key::radius, maxArrowRadius)
                           .value_or(arrow.radius);
    for (const auto &[name, target] :
         {std::pair{key::from, &arrow.fromAngle}, std::pair{key::to, &arrow.toAngle}}) {
        if (const QJsonValue angle = reader.required(*object, name, prefix); !angle.isUndefined())
            *target = reader.number(angle, prefix + name, -maxArrowAngle, maxArrowAngle)
                          .value_or(*target);
    }
    if (const QJsonValue bothWays = object->value(key::bothWays); !bothWays.isUndefined())
        arrow.bothWays = reader.boolean(bothWays, prefix + key::bothWays).value_or(false);
    if (const QJsonValue aspect = object->value(key::aspect); !aspect.isUndefined())
        arrow.aspect = reader.positiveNumber(aspect, prefix + key::aspect, 1.0).value_or(1.0);
    if (const QJsonValue offset = object->value(key::offset); !offset.isUndefined()) {
        const QJsonArray pair = offset.toArray();
        const auto inRange = [](const QJsonValue &v) {
            return v.isDouble() && v.toDouble() >= -maxArrowOffset &&
                   v.toDouble() <= maxArrowOffset;
        };
        if (offset.isArray() && pair.size() == 2 && inRange(pair.at(0)) && inRange(pair.at(1)))
            arrow.offset = QPointF(pair.at(0).toDouble(), pair.at(1).toDouble());
        else
            reader.refuse(prefix + key::offset,
                          IllustrationJson::tr("must be [x, y] with each from -%1 to %1")
                              .arg(maxArrowOffset));
    }
    if (reader.refusalCount() != before)
        return std::nullopt;
    return arrow;
}

void readArrows(const QJsonObject &object, const QString &prefix, Illustration &illustration,
                JsonFieldReader &reader)
{
    const QJsonValue value = object.value(key::arrows);
    if (value.isUndefined())
        return;
    const QString field = prefix + key::arrows;
    const auto list =
        reader.array(value, field, 0, IllustrationJson::maxArrows, IllustrationJson::tr("arrows"));
    if (!list)
        return;
    for (qsizetype index = 0; index < list->size(); ++index) {
        if (auto arrow = readArrow(list->at(index), indexedField(field, index), reader))
            illustration.arrows.append(*arrow);
    }
}

void readKeyframes(const QJsonObject &object, const QString &prefix, Illustration &illustration,
                   JsonFieldReader &reader)
{
    const QJsonValue value = reader.required(object, key::keyframes, prefix);
    if (value.isUndefined())
        return;
    const QString field = prefix + key::keyframes;
    if (!value.isArray()) {
        reader.refuse(field, IllustrationJson::tr("must be a list of poses"));
        return;
    }
    const QJsonArray list = value.toArray();
    const qsizetype count = list.size();
    if (!illustration.isFlow && count != 2) {
        reader.refuse(field, IllustrationJson::tr("a held figure has 2 keyframes, the start and "
                                                  "the held pose (it lists %1)")
                                 .arg(count));
        return;
    }
    if (illustration.isFlow && (count < 2 || count > stretchLimits::maxKeyframes)) {
        reader.refuse(field, IllustrationJson::tr("a flowing figure has 2 to %1 keyframes (it "
                                                  "lists %2)")
                                 .arg(stretchLimits::maxKeyframes)
                                 .arg(count));
        return;
    }
    for (qsizetype index = 0; index < count; ++index) {
        const QString poseField = indexedField(field, index);
        const auto pose = PoseJson::fromJson(list.at(index), poseField, reader);
        if (!pose)
            continue;
        // Keyframes are blended angle by angle, which means something only within one view.
        if (!illustration.keyframes.isEmpty() &&
            pose->view != illustration.keyframes.constFirst().view)
            reader.refuse(poseField + QStringLiteral(".view"),
                          IllustrationJson::tr("must be the view of the first keyframe (%1)")
                              .arg(PoseJson::viewKey(illustration.keyframes.constFirst().view)));
        illustration.keyframes.append(*pose);
    }
}

QJsonObject arrowJson(const MotionArrow &arrow)
{
    return {{key::around, keyOf<Joint>(jointKeys, arrow.anchor)},
            {key::radius, arrow.radius},
            {key::from, arrow.fromAngle},
            {key::to, arrow.toAngle},
            {key::bothWays, arrow.bothWays},
            {key::aspect, arrow.aspect},
            {key::offset, QJsonArray{arrow.offset.x(), arrow.offset.y()}}};
}
} // namespace

QJsonObject IllustrationJson::toJson(const Illustration &illustration)
{
    QJsonArray keyframes;
    for (const Pose &pose : illustration.keyframes)
        keyframes.append(PoseJson::toJson(pose));
    QJsonArray highlighted;
    for (const BodyPart part : illustration.highlighted)
        highlighted.append(keyOf<BodyPart>(partKeys, part));
    QJsonArray arrows;
    for (const MotionArrow &arrow : illustration.arrows)
        arrows.append(arrowJson(arrow));
    return {{key::flow, illustration.isFlow},
            {key::cycleMs, illustration.cycleMs},
            {key::highlighted, highlighted},
            {key::arrows, arrows},
            {key::keyframes, keyframes}};
}

std::optional<Illustration>
IllustrationJson::fromJson(const QJsonValue &value, const QString &field, JsonFieldReader &reader)
{
    const auto object = reader.object(
        value, field,
        QStringLiteral("{\"flow\": false, \"cycle_ms\": 1600, \"keyframes\": [{...}, {...}]}"));
    if (!object)
        return std::nullopt;
    const int before = reader.refusalCount();
    const QString prefix = field + QLatin1Char('.');
    reader.refuseUnknownKeys(*object, prefix, illustrationKeys);

    Illustration illustration;
    const QJsonValue flow = reader.required(*object, key::flow, prefix);
    const auto isFlow =
        flow.isUndefined() ? std::nullopt : reader.boolean(flow, prefix + key::flow);
    illustration.isFlow = isFlow.value_or(false);
    if (const QJsonValue cycle = reader.required(*object, key::cycleMs, prefix);
        !cycle.isUndefined())
        illustration.cycleMs =
            reader.wholeNumber(cycle, prefix + key::cycleMs, minCycleMs, maxCycleMs).value_or(0);
    readHighlights(*object, prefix, illustration, reader);
    readArrows(*object, prefix, illustration, reader);
    // Without knowing whether it flows, the number of keyframes cannot be judged.
    if (isFlow)
        readKeyframes(*object, prefix, illustration, reader);
    if (reader.refusalCount() != before)
        return std::nullopt;
    return illustration;
}

} // namespace limber
