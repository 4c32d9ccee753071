#include "storage/PoseJson.h"

#include "figures/Illustration.h"
#include "storage/EnumKeys.h"
#include "storage/JsonFieldReader.h"

#include <QJsonArray>

namespace limber {

namespace {
namespace key {
constexpr QLatin1StringView view{"view"};
constexpr QLatin1StringView torsoAngle{"torso_angle"};
constexpr QLatin1StringView spineFlexion{"spine_flexion"};
constexpr QLatin1StringView neckFlexion{"neck_flexion"};
constexpr QLatin1StringView headTurn{"head_turn"};
constexpr QLatin1StringView twist{"twist"};
constexpr QLatin1StringView pelvisRoll{"pelvis_roll"};
constexpr QLatin1StringView depthSlant{"depth_slant"};
constexpr QLatin1StringView farArmInFront{"far_arm_in_front"};
constexpr QLatin1StringView armsInsideLegs{"arms_inside_legs"};
constexpr QLatin1StringView nearArm{"near_arm"};
constexpr QLatin1StringView farArm{"far_arm"};
constexpr QLatin1StringView nearLeg{"near_leg"};
constexpr QLatin1StringView farLeg{"far_leg"};
constexpr QLatin1StringView contacts{"contacts"};
constexpr QLatin1StringView shoulder{"shoulder"};
constexpr QLatin1StringView elbow{"elbow"};
constexpr QLatin1StringView wrist{"wrist"};
constexpr QLatin1StringView upperArmScale{"upper_arm_scale"};
constexpr QLatin1StringView forearmScale{"forearm_scale"};
constexpr QLatin1StringView hip{"hip"};
constexpr QLatin1StringView knee{"knee"};
constexpr QLatin1StringView ankle{"ankle"};
constexpr QLatin1StringView thighScale{"thigh_scale"};
constexpr QLatin1StringView shinScale{"shin_scale"};
constexpr QLatin1StringView abduction{"abduction"};
constexpr QLatin1StringView turnOut{"turn_out"};
constexpr QLatin1StringView segment{"segment"};
constexpr QLatin1StringView along{"along"};
constexpr QLatin1StringView touches{"touches"};
constexpr QLatin1StringView touchesAlong{"touches_along"};
} // namespace key

constexpr QLatin1StringView poseKeys[] = {
    key::view,    key::torsoAngle, key::spineFlexion, key::neckFlexion,   key::headTurn,
    key::twist,   key::pelvisRoll, key::depthSlant,   key::farArmInFront, key::armsInsideLegs,
    key::nearArm, key::farArm,     key::nearLeg,      key::farLeg,        key::contacts};
constexpr QLatin1StringView armKeys[] = {key::shoulder, key::elbow, key::wrist, key::upperArmScale,
                                         key::forearmScale};
constexpr QLatin1StringView legKeys[] = {
    key::hip, key::knee, key::ankle, key::thighScale, key::shinScale, key::abduction, key::turnOut};
constexpr QLatin1StringView contactKeys[] = {key::segment, key::along, key::touches,
                                             key::touchesAlong};
const QString floorKey = QStringLiteral("floor");

constexpr EnumKey<PoseView> viewKeys[] = {
    {PoseView::Side, QLatin1StringView("side")},
    {PoseView::Front, QLatin1StringView("front")},
    {PoseView::Top, QLatin1StringView("top")},
};

constexpr EnumKey<BodySegment> segmentKeys[] = {
    {BodySegment::Torso, QLatin1StringView("torso")},
    {BodySegment::Head, QLatin1StringView("head")},
    {BodySegment::NearUpperArm, QLatin1StringView("near-upper-arm")},
    {BodySegment::NearForearm, QLatin1StringView("near-forearm")},
    {BodySegment::NearHand, QLatin1StringView("near-hand")},
    {BodySegment::FarUpperArm, QLatin1StringView("far-upper-arm")},
    {BodySegment::FarForearm, QLatin1StringView("far-forearm")},
    {BodySegment::FarHand, QLatin1StringView("far-hand")},
    {BodySegment::NearThigh, QLatin1StringView("near-thigh")},
    {BodySegment::NearShin, QLatin1StringView("near-shin")},
    {BodySegment::NearFoot, QLatin1StringView("near-foot")},
    {BodySegment::FarThigh, QLatin1StringView("far-thigh")},
    {BodySegment::FarShin, QLatin1StringView("far-shin")},
    {BodySegment::FarFoot, QLatin1StringView("far-foot")},
};

// What no joint range covers: the body's direction in the world, the oblique view's slant,
// and the spine and neck in views that do not show them bending.
constexpr JointRange torsoAngleRange{-360, 360};
constexpr JointRange depthSlantRange{-1, 1};
constexpr JointRange unseenBendRange{-180, 180};
// More contacts than this describe no pose a person can hold still.
constexpr int maxContacts = 16;

// Reads one value when present; left as it was (a Pose's default) when absent.
class FieldsOf
{
public:
    FieldsOf(const QJsonObject &object, QString prefix, JsonFieldReader &reader)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_reader(reader)
    {
    }

    void angle(QLatin1StringView name, double &target, JointRange range)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return;
        if (const auto number = m_reader.number(value, m_prefix + name, range.min, range.max))
            target = *number;
    }

    void scale(QLatin1StringView name, double &target)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return;
        if (const auto number = m_reader.positiveNumber(value, m_prefix + name, 1.0))
            target = *number;
    }

    void flag(QLatin1StringView name, bool &target)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return;
        if (const auto flag = m_reader.boolean(value, m_prefix + name))
            target = *flag;
    }

    const QString &prefix() const { return m_prefix; }

private:
    const QJsonObject &m_object;
    QString m_prefix;
    JsonFieldReader &m_reader;
};

std::optional<QJsonObject> limbObject(const QJsonObject &pose, QLatin1StringView name,
                                      const QString &prefix, JsonFieldReader &reader,
                                      const char *example)
{
    const QJsonValue value = pose.value(name);
    if (value.isUndefined())
        return std::nullopt;
    return reader.object(value, prefix + name, QString::fromLatin1(example));
}

void readArm(const QJsonObject &pose, QLatin1StringView name, PoseView view, LimbPose &arm,
             const QString &prefix, JsonFieldReader &reader)
{
    const auto object =
        limbObject(pose, name, prefix, reader, "{\"shoulder\": 40, \"elbow\": 10, \"wrist\": 0}");
    if (!object)
        return;
    FieldsOf fields(*object, prefix + name + QLatin1Char('.'), reader);
    reader.refuseUnknownKeys(*object, fields.prefix(), armKeys);
    fields.angle(key::shoulder, arm.root, anatomy::shoulderRange(view));
    fields.angle(key::elbow, arm.middle, anatomy::elbowRange(view));
    fields.angle(key::wrist, arm.end, anatomy::wristRange());
    fields.scale(key::upperArmScale, arm.upperScale);
    fields.scale(key::forearmScale, arm.lowerScale);
}

void readLeg(const QJsonObject &pose, QLatin1StringView name, PoseView view, LimbPose &leg,
             const QString &prefix, JsonFieldReader &reader)
{
    const auto object =
        limbObject(pose, name, prefix, reader, "{\"hip\": 90, \"knee\": 90, \"ankle\": 0}");
    if (!object)
        return;
    FieldsOf fields(*object, prefix + name + QLatin1Char('.'), reader);
    reader.refuseUnknownKeys(*object, fields.prefix(), legKeys);
    fields.angle(key::hip, leg.root, anatomy::hipRange(view));
    fields.angle(key::knee, leg.middle, anatomy::kneeRange(view));
    fields.angle(key::ankle, leg.end, anatomy::ankleRange(view));
    fields.scale(key::thighScale, leg.upperScale);
    fields.scale(key::shinScale, leg.lowerScale);
    fields.angle(key::abduction, leg.abduction, anatomy::abductionRange());
    fields.angle(key::turnOut, leg.turnOut, anatomy::turnOutRange());
}

std::optional<BodySegment> readSegment(const QJsonValue &value, const QString &field,
                                       JsonFieldReader &reader)
{
    if (const auto segment = valueOf<BodySegment>(segmentKeys, value.toString());
        value.isString() && segment)
        return segment;
    reader.refuse(field, PoseJson::tr("must be a part of the body: %1")
                             .arg(keyChoices<BodySegment>(segmentKeys, PoseJson::tr(" or "))));
    return std::nullopt;
}

std::optional<Contact> readContact(const QJsonValue &value, const QString &field,
                                   JsonFieldReader &reader)
{
    const auto object = reader.object(
        value, field,
        QStringLiteral("{\"segment\": \"near-hand\", \"along\": 0.5, \"touches\": \"floor\"}"));
    if (!object)
        return std::nullopt;
    const QString prefix = field + QLatin1Char('.');
    reader.refuseUnknownKeys(*object, prefix, contactKeys);
    const int before = reader.refusalCount();
    Contact contact;
    if (const QJsonValue segment = reader.required(*object, key::segment, prefix);
        !segment.isUndefined())
        contact.point.segment =
            readSegment(segment, prefix + key::segment, reader).value_or(BodySegment::Torso);
    if (const QJsonValue along = reader.required(*object, key::along, prefix); !along.isUndefined())
        contact.point.along = reader.number(along, prefix + key::along, 0, 1).value_or(0);

    const QJsonValue touches = reader.required(*object, key::touches, prefix);
    const QJsonValue touchesAlong = object->value(key::touchesAlong);
    if (touches.isString() && touches.toString() == floorKey) {
        if (!touchesAlong.isUndefined())
            reader.refuse(prefix + key::touchesAlong,
                          PoseJson::tr("is only for a contact with a part of the body"));
    } else if (!touches.isUndefined()) {
        contact.onFloor = false;
        if (touches.isString() && valueOf<BodySegment>(segmentKeys, touches.toString()))
            contact.other.segment = *valueOf<BodySegment>(segmentKeys, touches.toString());
        else
            reader.refuse(prefix + key::touches,
                          PoseJson::tr("must be \"floor\" or a part of the body: %1")
                              .arg(keyChoices<BodySegment>(segmentKeys, PoseJson::tr(" or "))));
        if (!touchesAlong.isUndefined())
            contact.other.along =
                reader.number(touchesAlong, prefix + key::touchesAlong, 0, 1).value_or(0);
        else
            reader.refuse(prefix + key::touchesAlong, PoseJson::tr("is missing"));
    }
    if (reader.refusalCount() != before)
        return std::nullopt;
    return contact;
}

void readContacts(const QJsonObject &object, const QString &prefix, Pose &pose,
                  JsonFieldReader &reader)
{
    const QJsonValue value = object.value(key::contacts);
    if (value.isUndefined())
        return;
    const QString field = prefix + key::contacts;
    const auto list = reader.array(value, field, 0, maxContacts, PoseJson::tr("contacts"));
    if (!list)
        return;
    for (qsizetype index = 0; index < list->size(); ++index) {
        if (auto contact = readContact(list->at(index), indexedField(field, index), reader))
            pose.contacts.append(*contact);
    }
}

QJsonObject armJson(const LimbPose &arm)
{
    return {{key::shoulder, arm.root},
            {key::elbow, arm.middle},
            {key::wrist, arm.end},
            {key::upperArmScale, arm.upperScale},
            {key::forearmScale, arm.lowerScale}};
}

QJsonObject legJson(const LimbPose &leg)
{
    return {{key::hip, leg.root},
            {key::knee, leg.middle},
            {key::ankle, leg.end},
            {key::thighScale, leg.upperScale},
            {key::shinScale, leg.lowerScale},
            {key::abduction, leg.abduction},
            {key::turnOut, leg.turnOut}};
}

QJsonObject contactJson(const Contact &contact)
{
    QJsonObject object{{key::segment, PoseJson::segmentKey(contact.point.segment)},
                       {key::along, contact.point.along}};
    if (contact.onFloor) {
        object.insert(key::touches, floorKey);
    } else {
        object.insert(key::touches, PoseJson::segmentKey(contact.other.segment));
        object.insert(key::touchesAlong, contact.other.along);
    }
    return object;
}
} // namespace

QString PoseJson::viewKey(PoseView view)
{
    return keyOf<PoseView>(viewKeys, view);
}

QString PoseJson::segmentKey(BodySegment segment)
{
    return keyOf<BodySegment>(segmentKeys, segment);
}

QJsonObject PoseJson::toJson(const Pose &pose)
{
    QJsonArray contacts;
    for (const Contact &contact : pose.contacts)
        contacts.append(contactJson(contact));
    return {{key::view, viewKey(pose.view)},
            {key::torsoAngle, pose.torsoAngle},
            {key::spineFlexion, pose.spineFlexion},
            {key::neckFlexion, pose.neckFlexion},
            {key::headTurn, pose.headTurn},
            {key::twist, pose.twist},
            {key::pelvisRoll, pose.pelvisRoll},
            {key::depthSlant, pose.depthSlant},
            {key::farArmInFront, pose.farArmInFront},
            {key::armsInsideLegs, pose.armsInsideLegs},
            {key::nearArm, armJson(pose.nearArm)},
            {key::farArm, armJson(pose.farArm)},
            {key::nearLeg, legJson(pose.nearLeg)},
            {key::farLeg, legJson(pose.farLeg)},
            {key::contacts, contacts}};
}

std::optional<Pose> PoseJson::fromJson(const QJsonValue &value, const QString &field,
                                       JsonFieldReader &reader)
{
    const auto object =
        reader.object(value, field, QStringLiteral("{\"view\": \"side\", \"torso_angle\": 90}"));
    if (!object)
        return std::nullopt;
    const int before = reader.refusalCount();
    const QString prefix = field + QLatin1Char('.');
    reader.refuseUnknownKeys(*object, prefix, poseKeys);

    Pose pose;
    if (const QJsonValue view = object->value(key::view); !view.isUndefined()) {
        if (const auto parsed = valueOf<PoseView>(viewKeys, view.toString());
            view.isString() && parsed)
            pose.view = *parsed;
        else
            reader.refuse(prefix + key::view,
                          tr("must be %1").arg(keyChoices<PoseView>(viewKeys, tr(" or "))));
    }
    const bool side = pose.view == PoseView::Side;
    FieldsOf fields(*object, prefix, reader);
    fields.angle(key::torsoAngle, pose.torsoAngle, torsoAngleRange);
    fields.angle(key::spineFlexion, pose.spineFlexion,
                 side ? anatomy::spineRange() : unseenBendRange);
    fields.angle(key::neckFlexion, pose.neckFlexion, side ? anatomy::neckRange() : unseenBendRange);
    fields.angle(key::headTurn, pose.headTurn, anatomy::headTurnRange());
    fields.angle(key::twist, pose.twist, anatomy::twistRange());
    fields.angle(key::pelvisRoll, pose.pelvisRoll, anatomy::pelvisRollRange());
    fields.angle(key::depthSlant, pose.depthSlant, depthSlantRange);
    fields.flag(key::farArmInFront, pose.farArmInFront);
    fields.flag(key::armsInsideLegs, pose.armsInsideLegs);
    readArm(*object, key::nearArm, pose.view, pose.nearArm, prefix, reader);
    readArm(*object, key::farArm, pose.view, pose.farArm, prefix, reader);
    readLeg(*object, key::nearLeg, pose.view, pose.nearLeg, prefix, reader);
    readLeg(*object, key::farLeg, pose.view, pose.farLeg, prefix, reader);
    readContacts(*object, prefix, pose, reader);
    if (reader.refusalCount() != before)
        return std::nullopt;
    // Each field was checked against its range above; the anatomy model has the last word,
    // so a range it adds later cannot be missed here.
    for (const QString &violation : anatomy::violations(pose))
        reader.refuse(field, tr("is not a pose a body can take: %1").arg(violation));
    if (reader.refusalCount() != before)
        return std::nullopt;
    return pose;
}

} // namespace limber
