#include "figures/Contacts.h"
#include "figures/Illustration.h"
#include "figures/PoseSolving.h"
#include "IllustrationTestSupport.h"

#include <gtest/gtest.h>
#include <limits>

using namespace limber;
using namespace limber::illustrationtest;

namespace {

constexpr int reviewSize = 512;
// A contact holds when its surfaces are within this many pixels of the review picture.
constexpr double pixelsApart = 4;

// Body units per pixel of a reviewSize picture of the illustration: its bodies' bounds (the
// painter adds a margin and room for arrows, so this is the stricter measure).
double unitsPerPixel(const Illustration &drawing)
{
    double left = std::numeric_limits<double>::max();
    double right = -left;
    double bottom = left;
    double top = -left;
    for (const Pose &pose : drawing.keyframes) {
        for (const BodyDisc &disc : surfaceOf(groundedSkeletonOf(pose), pose.view)) {
            left = std::min(left, disc.centre.x() - disc.radius);
            right = std::max(right, disc.centre.x() + disc.radius);
            bottom = std::min(bottom, disc.centre.y() - disc.radius);
            top = std::max(top, disc.centre.y() + disc.radius);
        }
    }
    return std::max(right - left, top - bottom) / reviewSize;
}

std::string describe(const Contact &contact)
{
    return "segment " + std::to_string(int(contact.point.segment)) + " at " +
           std::to_string(contact.point.along) +
           (contact.onFloor ? std::string(" on the floor")
                            : " on segment " + std::to_string(int(contact.other.segment)) + " at " +
                                  std::to_string(contact.other.along));
}

// Floor contacts sit on the floor; body contacts meet or overlap.
void expectContactsHold(const Pose &pose, double tolerance)
{
    const Skeleton skeleton = groundedSkeletonOf(pose);
    for (const Contact &contact : pose.contacts) {
        const double gap = contactGap(skeleton, pose.view, contact);
        EXPECT_LE(gap, tolerance) << describe(contact);
        if (contact.onFloor) {
            EXPECT_GE(gap, -1e-9) << describe(contact);
        }
    }
}

TEST(ContactTest, EveryStretchStatesTheContactsItsStepsName)
{
    for (const Stretch &stretch : stretches()) {
        const Illustration &drawing = illustrationOf(stretch.id());
        if (drawing.keyframes.first().view == PoseView::Top)
            continue; // lying flat seen from above: the whole back is on the floor
        for (qsizetype index = 1; index < drawing.keyframes.size(); ++index)
            EXPECT_GE(drawing.keyframes.at(index).contacts.size(), 2)
                << stretch.id().toStdString() << " keyframe " << index;
    }
}

TEST(ContactTest, ContactsHoldInEveryKeyframe)
{
    for (const Stretch &stretch : stretches()) {
        const Illustration &drawing = illustrationOf(stretch.id());
        const double tolerance = pixelsApart * unitsPerPixel(drawing);
        for (qsizetype index = 0; index < drawing.keyframes.size(); ++index) {
            SCOPED_TRACE(stretch.id().toStdString() + " keyframe " + std::to_string(index));
            expectContactsHold(drawing.keyframes.at(index), tolerance);
        }
    }
}

TEST(ContactTest, ContactsHoldWhileTheFigureMoves)
{
    for (const Stretch &stretch : stretches()) {
        const Illustration &drawing = illustrationOf(stretch.id());
        const double tolerance = pixelsApart * unitsPerPixel(drawing);
        for (qsizetype index = 1; index < drawing.keyframes.size(); ++index) {
            for (int step = 1; step < 10; ++step) {
                Pose pose = interpolate(drawing.keyframes.at(index - 1),
                                        drawing.keyframes.at(index), step / 10.0);
                keepContacts(pose);
                SCOPED_TRACE(stretch.id().toStdString() + " keyframe " + std::to_string(index) +
                             " step " + std::to_string(step));
                expectContactsHold(pose, tolerance);
                EXPECT_TRUE(anatomy::violations(pose).isEmpty());
            }
        }
    }
}

TEST(ContactTest, OnlyWhatTouchesInBothPosesTouchesBetweenThem)
{
    Pose from;
    Pose to;
    const Contact both{{BodySegment::NearHand, 0.5}, true, {}};
    const Contact onlyTo{{BodySegment::FarHand, 0.5}, false, {BodySegment::NearShin, 0.2}};
    from.contacts = {both};
    to.contacts = {both, onlyTo};
    EXPECT_EQ(interpolate(from, to, 0).contacts, QList<Contact>{both});
    EXPECT_EQ(interpolate(from, to, 0.5).contacts, QList<Contact>{both});
    EXPECT_EQ(interpolate(from, to, 1).contacts, (QList<Contact>{both, onlyTo}));
}

TEST(ContactTest, KeepingContactsPutsAStrayHandBackOnTheShin)
{
    Pose pose = supine();
    pose.nearLeg = limb(130, 140, 20);
    const Contact hold{{BodySegment::NearHand, 0.5}, false, {BodySegment::NearShin, 0.2}};
    pose.contacts = {hold};
    pose.nearArm = limb(60, 10, 0); // nowhere near the shin
    ASSERT_GT(contactGap(skeletonOf(pose), pose.view, hold), 0.1);
    keepContacts(pose);
    EXPECT_LE(contactGap(skeletonOf(pose), pose.view, hold), 1e-6);
}

TEST(ContactTest, GapsMeasureSurfacesNotCentres)
{
    Pose pose = standing();
    const Skeleton skeleton = groundedSkeletonOf(pose);
    // Standing: a foot's sole on the floor, the head far above it.
    EXPECT_NEAR(contactGap(skeleton, pose.view, {{BodySegment::NearFoot, 0}, true, {}}), 0, 0.01);
    EXPECT_GT(contactGap(skeleton, pose.view, {{BodySegment::Head, 0}, true, {}}), 1.3);
    // A hand by the thigh, a little apart from it; the hand's centre against itself overlaps.
    const double apart = contactGap(skeleton, pose.view,
                                    {{BodySegment::NearHand, 0}, false, {BodySegment::FarFoot, 0}});
    EXPECT_GT(apart, 0.5);
    EXPECT_LT(contactGap(skeleton, pose.view,
                         {{BodySegment::NearHand, 0}, false, {BodySegment::NearHand, 0}}),
              -0.05);
}

} // namespace
