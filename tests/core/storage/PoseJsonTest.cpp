// The figure as JSON: every built-in drawing survives a round trip exactly (so every field of a
// pose is written and read), and each kind of wrong value is refused naming its field.

#include "storage/PoseJson.h"

#include "model/Catalog.h"
#include "QtPrinters.h"
#include "storage/IllustrationJson.h"
#include "StretchFileTestSupport.h"

#include <gtest/gtest.h>
#include <QJsonArray>

using namespace limber;
using namespace limber::test;

namespace {
// The refusals of reading value as a figure named "figure" in "my.json".
QStringList figureRefusals(const QJsonValue &value)
{
    JsonFieldReader reader(latin("my.json"));
    const auto illustration = IllustrationJson::fromJson(value, latin("figure"), reader);
    QStringList messages;
    for (const RoutineFileError &error : reader.takeErrors())
        messages.append(error.message());
    if (illustration && !messages.isEmpty())
        messages.append(latin("<and an illustration was returned>"));
    return messages;
}

QJsonObject kneeToChestJson()
{
    return IllustrationJson::toJson(illustrationOf(u"knee-to-chest"));
}

// The figure with one field of keyframes[1] set.
QJsonObject withPoseField(const char *key, const QJsonValue &value)
{
    QJsonObject figure = kneeToChestJson();
    QJsonArray keyframes = figure.value(latin("keyframes")).toArray();
    QJsonObject pose = keyframes.at(1).toObject();
    pose.insert(latin(key), value);
    keyframes.replace(1, pose);
    figure.insert(latin("keyframes"), keyframes);
    return figure;
}

QJsonObject withLimbField(const char *limb, const char *key, const QJsonValue &value)
{
    const QJsonObject figure = kneeToChestJson();
    QJsonObject limbObject =
        figure.value(latin("keyframes")).toArray().at(1).toObject().value(latin(limb)).toObject();
    limbObject.insert(latin(key), value);
    return withPoseField(limb, limbObject);
}

QString refusal(const char *fieldAndReason)
{
    return latin("my.json: figure.") + latin(fieldAndReason);
}
} // namespace

TEST(PoseJsonTest, EveryBuiltInDrawingSurvivesARoundTripExactly)
{
    for (const Stretch &stretch : Catalog::builtIn().stretches()) {
        SCOPED_TRACE(stretch.id().toStdString());
        const Illustration &original = stretch.illustration();
        const QJsonObject json = IllustrationJson::toJson(original);
        // Through text, as a file would go.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        JsonFieldReader reader(latin("my.json"));
        const auto read = IllustrationJson::fromJson(reread, latin("figure"), reader);
        ASSERT_TRUE(read.has_value()) << reader.takeErrors().value(0).message().toStdString();
        EXPECT_TRUE(*read == original);
        EXPECT_EQ(read->keyframes, original.keyframes);
    }
}

TEST(PoseJsonTest, PoseWritesEveryFieldUnderItsName)
{
    Pose pose;
    pose.view = PoseView::Top;
    pose.farArmInFront = true;
    pose.nearLeg.turnOut = 12.5;
    pose.contacts = {{{BodySegment::NearHand, 0.5}, false, {BodySegment::FarShin, 1}}};
    const QJsonObject json = PoseJson::toJson(pose);
    EXPECT_EQ(json.value(latin("view")).toString(), latin("top"));
    EXPECT_EQ(json.value(latin("far_arm_in_front")).toBool(), true);
    EXPECT_EQ(json.value(latin("near_leg")).toObject().value(latin("turn_out")).toDouble(), 12.5);
    EXPECT_EQ(json.value(latin("contacts")).toArray().at(0).toObject(),
              (QJsonObject{{latin("segment"), latin("near-hand")},
                           {latin("along"), 0.5},
                           {latin("touches"), latin("far-shin")},
                           {latin("touches_along"), 1}}));
    EXPECT_EQ(json.size(), 15);
}

TEST(PoseJsonTest, FieldsLeftOutTakeThePoseDefaults)
{
    QJsonObject figure = kneeToChestJson();
    figure.insert(latin("keyframes"), QJsonArray{QJsonObject{}, QJsonObject{}});
    JsonFieldReader reader(latin("my.json"));
    const auto read = IllustrationJson::fromJson(figure, latin("figure"), reader);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->keyframes, (QList<Pose>{Pose(), Pose()}));
}

TEST(PoseJsonTest, AngleOutsideItsJointRangeIsRefusedNamingTheJoint)
{
    EXPECT_EQ(figureRefusals(withLimbField("near_leg", "hip", 151)),
              QStringList{refusal("keyframes[1].near_leg.hip: must be a number from -30 to 150")});
    EXPECT_EQ(figureRefusals(withLimbField("far_arm", "elbow", -1)),
              QStringList{refusal("keyframes[1].far_arm.elbow: must be a number from 0 to 150")});
    EXPECT_EQ(figureRefusals(withPoseField("spine_flexion", 46)),
              QStringList{refusal("keyframes[1].spine_flexion: must be a number from -30 to 45")});
    EXPECT_EQ(
        figureRefusals(withLimbField("near_leg", "thigh_scale", 0)),
        QStringList{refusal("keyframes[1].near_leg.thigh_scale: must be a number above 0 and at "
                            "most 1")});
}

TEST(PoseJsonTest, WrongTypesAndUnknownFieldsAreRefused)
{
    EXPECT_EQ(figureRefusals(withPoseField("twist", latin("10"))),
              QStringList{refusal("keyframes[1].twist: must be a number from -60 to 60")});
    EXPECT_EQ(figureRefusals(withPoseField("arms_inside_legs", 1)),
              QStringList{refusal("keyframes[1].arms_inside_legs: must be true or false")});
    EXPECT_EQ(figureRefusals(withPoseField("elbow", 10)),
              QStringList{refusal("keyframes[1].elbow: is not a known field")});
    EXPECT_EQ(figureRefusals(withLimbField("near_arm", "abduction", 10)),
              QStringList{refusal("keyframes[1].near_arm.abduction: is not a known field")});
    EXPECT_EQ(figureRefusals(withPoseField("view", latin("back"))),
              QStringList{refusal("keyframes[1].view: must be \"side\", \"front\" or \"top\"")});
}

TEST(PoseJsonTest, KeyframesMustShareOneView)
{
    EXPECT_EQ(
        figureRefusals(withPoseField("view", latin("top"))),
        QStringList{refusal("keyframes[1].view: must be the view of the first keyframe (side)")});
}

TEST(PoseJsonTest, ContactsNameTheirPartsAndTheFloorTakesNoShare)
{
    const auto contact = [](QJsonObject object) {
        return withPoseField("contacts", QJsonArray{object});
    };
    const QJsonObject floor{{latin("segment"), latin("near-foot")},
                            {latin("along"), 1},
                            {latin("touches"), latin("floor")}};
    EXPECT_TRUE(figureRefusals(contact(floor)).isEmpty());
    EXPECT_EQ(figureRefusals(contact(with(floor, "touches_along", 0.5))),
              QStringList{refusal("keyframes[1].contacts[0].touches_along: is only for a contact "
                                  "with a part of the body")});
    EXPECT_EQ(figureRefusals(contact(with(floor, "touches", latin("near-shin")))),
              QStringList{refusal("keyframes[1].contacts[0].touches_along: is missing")});
    EXPECT_EQ(figureRefusals(contact(with(floor, "along", 1.5))),
              QStringList{refusal("keyframes[1].contacts[0].along: must be a number from 0 to 1")});
    const QStringList badSegment = figureRefusals(contact(with(floor, "segment", latin("tail"))));
    ASSERT_EQ(badSegment.size(), 1);
    EXPECT_TRUE(badSegment.at(0).startsWith(refusal("keyframes[1].contacts[0].segment: must be a "
                                                    "part of the body: \"torso\", \"head\"")))
        << badSegment.at(0).toStdString();
}

TEST(PoseJsonTest, KeyframeCountFollowsHoldOrFlow)
{
    QJsonObject figure = kneeToChestJson();
    const QJsonArray two = figure.value(latin("keyframes")).toArray();
    figure.insert(latin("keyframes"), QJsonArray{two.at(0), two.at(1), two.at(1)});
    EXPECT_EQ(figureRefusals(figure),
              QStringList{refusal("keyframes: a held figure has 2 keyframes, the start and the "
                                  "held pose (it lists 3)")});
    figure.insert(latin("flow"), true);
    EXPECT_TRUE(figureRefusals(figure).isEmpty());
    figure.insert(latin("keyframes"), QJsonArray{two.at(0), two.at(1), two.at(1), two.at(0)});
    EXPECT_EQ(
        figureRefusals(figure),
        QStringList{refusal("keyframes: a flowing figure has 2 to 3 keyframes (it lists 4)")});
    figure.insert(latin("keyframes"), QJsonArray{two.at(0)});
    EXPECT_EQ(
        figureRefusals(figure),
        QStringList{refusal("keyframes: a flowing figure has 2 to 3 keyframes (it lists 1)")});
}

TEST(PoseJsonTest, HighlightsArrowsAndCycleAreChecked)
{
    QJsonObject figure = kneeToChestJson();
    EXPECT_EQ(figureRefusals(with(figure, "cycle_ms", 100)),
              QStringList{refusal("cycle_ms: must be a whole number from 500 to 60000")});
    EXPECT_EQ(
        figureRefusals(with(figure, "highlighted", QJsonArray{latin("pelvis"), latin("pelvis")})),
        QStringList{refusal("highlighted[1]: lists \"pelvis\" a second time")});
    QJsonObject arrow = figure.value(latin("arrows")).toArray().at(0).toObject();
    EXPECT_EQ(figureRefusals(with(figure, "arrows", QJsonArray{with(arrow, "offset", 3)})),
              QStringList{refusal("arrows[0].offset: must be [x, y] with each from -2 to 2")});
    const QStringList badJoint =
        figureRefusals(with(figure, "arrows", QJsonArray{with(arrow, "around", latin("toe"))}));
    ASSERT_EQ(badJoint.size(), 1);
    EXPECT_TRUE(badJoint.at(0).startsWith(refusal("arrows[0].around: must be \"pelvis\", ")))
        << badJoint.at(0).toStdString();
    EXPECT_EQ(figureRefusals(without(figure, "flow")), QStringList{refusal("flow: is missing")});
}
