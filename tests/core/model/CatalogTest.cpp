#include "model/Catalog.h"

#include <gtest/gtest.h>
#include <QSet>
#include <string>
#include <vector>

using limber::Catalog;
using limber::Stretch;
using limber::StretchKind;

namespace {

// Saved routines refer to stretches by these ids, so they are spelled out rather than derived;
// the order is the seed's, with the warm-up first.
const std::vector<std::string> expectedIds = {
    "warm-up-march", "knee-to-chest", "both-knees-to-chest", "knee-rotations",
    "childs-pose",   "runners-lunge", "happy-baby",          "cat-cow",
    "butterfly",     "figure-four",   "seated-spinal-twist",
};

const QString generalCaution = QStringLiteral(
    "Stretching should feel like a mild pull, not an intense strain. Stop at once if you feel "
    "sharp pain.");

const QList<Stretch> &stretches()
{
    return Catalog::builtIn().stretches();
}

std::vector<std::string> idsOf(const QList<Stretch> &list)
{
    std::vector<std::string> ids;
    for (const Stretch &stretch : list)
        ids.push_back(stretch.id().toStdString());
    return ids;
}

QSet<QString> idSet(std::initializer_list<const char16_t *> ids)
{
    QSet<QString> set;
    for (const char16_t *id : ids)
        set.insert(QString::fromUtf16(id));
    return set;
}

} // namespace

TEST(CatalogTest, HasTheElevenStretchesInSeedOrder)
{
    EXPECT_EQ(idsOf(stretches()), expectedIds);
}

TEST(CatalogTest, WarmUpComesFirstUnderItsWellKnownId)
{
    ASSERT_FALSE(stretches().isEmpty());
    EXPECT_EQ(stretches().first().id(), Catalog::warmUpId);
}

TEST(CatalogTest, FindReturnsTheStretchWithThatId)
{
    for (const std::string &id : expectedIds) {
        const QString qid = QString::fromStdString(id);
        const Stretch *found = Catalog::builtIn().find(qid);
        ASSERT_NE(found, nullptr) << id;
        EXPECT_EQ(found->id(), qid) << id;
        EXPECT_TRUE(Catalog::builtIn().contains(qid)) << id;
    }
}

TEST(CatalogTest, FindPointsIntoTheCatalogItself)
{
    for (const Stretch &stretch : stretches())
        EXPECT_EQ(Catalog::builtIn().find(stretch.id()), &stretch) << stretch.id().toStdString();
}

TEST(CatalogTest, FindReturnsNullForUnknownIds)
{
    const QStringList unknown = {
        QString(),
        QStringLiteral("unknown"),
        QStringLiteral("Knee-To-Chest"),
        QStringLiteral("KNEE-TO-CHEST"),
        QStringLiteral("knee-to-chest "),
        QStringLiteral("knee_to_chest"),
        QStringLiteral("knee"),
        QStringLiteral("Knee to chest"),
    };
    for (const QString &id : unknown) {
        EXPECT_EQ(Catalog::builtIn().find(id), nullptr) << '"' << id.toStdString() << '"';
        EXPECT_FALSE(Catalog::builtIn().contains(id)) << '"' << id.toStdString() << '"';
    }
}

TEST(CatalogTest, EveryStretchHasCompleteTexts)
{
    for (const Stretch &stretch : stretches()) {
        SCOPED_TRACE(stretch.id().toStdString());
        EXPECT_FALSE(stretch.name().trimmed().isEmpty());
        EXPECT_FALSE(stretch.summary().trimmed().isEmpty());
        EXPECT_EQ(stretch.untranslatedName(), stretch.name());

        const QStringList steps = stretch.steps();
        // Short enough to scan while holding a stretch.
        EXPECT_GE(steps.size(), 3);
        EXPECT_LE(steps.size(), 6);
        for (const QString &step : steps) {
            ASSERT_FALSE(step.trimmed().isEmpty());
            // The UI numbers the steps itself.
            EXPECT_FALSE(step.front().isDigit()) << step.toStdString();
        }

        EXPECT_FALSE(stretch.targets().isEmpty());
    }
}

TEST(CatalogTest, EveryStretchStartsWithTheGeneralCaution)
{
    for (const Stretch &stretch : stretches()) {
        SCOPED_TRACE(stretch.id().toStdString());
        const QStringList cautions = stretch.cautions();
        ASSERT_FALSE(cautions.isEmpty());
        EXPECT_EQ(cautions.first(), generalCaution) << cautions.first().toStdString();
        // The general caution alone says nothing about this particular stretch.
        EXPECT_GE(cautions.size(), 2);
        EXPECT_FALSE(cautions.mid(1).contains(generalCaution));
    }
}

TEST(CatalogTest, OnlyOneSidedStretchesSwitchSides)
{
    const QSet<QString> sided =
        idSet({u"knee-to-chest", u"runners-lunge", u"figure-four", u"seated-spinal-twist"});
    for (const Stretch &stretch : stretches())
        EXPECT_EQ(stretch.isSided(), sided.contains(stretch.id())) << stretch.id().toStdString();
}

TEST(CatalogTest, OnlyTheMovingStretchesAreFlows)
{
    const QSet<QString> flows = idSet({u"warm-up-march", u"knee-rotations", u"cat-cow"});
    for (const Stretch &stretch : stretches()) {
        const StretchKind expected =
            flows.contains(stretch.id()) ? StretchKind::Flow : StretchKind::Hold;
        EXPECT_EQ(stretch.kind(), expected) << stretch.id().toStdString();
    }
}

TEST(CatalogTest, SeedStretchesHoldForTwentyToThirtySeconds)
{
    for (const Stretch &stretch : stretches()) {
        if (stretch.id() == Catalog::warmUpId)
            continue;
        EXPECT_GE(stretch.defaultHoldSeconds(), 20) << stretch.id().toStdString();
        EXPECT_LE(stretch.defaultHoldSeconds(), 30) << stretch.id().toStdString();
    }
}

TEST(CatalogTest, StretchesTheSeedTimesAtThirtySecondsHoldForThirty)
{
    for (const char16_t *id : {u"childs-pose", u"happy-baby", u"cat-cow"}) {
        const Stretch *stretch = Catalog::builtIn().find(QStringView(id));
        ASSERT_NE(stretch, nullptr) << QString::fromUtf16(id).toStdString();
        EXPECT_EQ(stretch->defaultHoldSeconds(), 30) << QString::fromUtf16(id).toStdString();
    }
}

TEST(CatalogTest, WarmUpLastsAFewMinutes)
{
    const Stretch *warmUp = Catalog::builtIn().find(Catalog::warmUpId);
    ASSERT_NE(warmUp, nullptr);
    EXPECT_GE(warmUp->defaultHoldSeconds(), 60);
}

TEST(CatalogTest, IdsAreUnique)
{
    QSet<QString> seen;
    for (const Stretch &stretch : stretches()) {
        EXPECT_FALSE(seen.contains(stretch.id())) << stretch.id().toStdString();
        seen.insert(stretch.id());
    }
}

TEST(CatalogTest, NamesAreUnique)
{
    QSet<QString> seen;
    for (const Stretch &stretch : stretches()) {
        EXPECT_FALSE(seen.contains(stretch.name())) << stretch.name().toStdString();
        seen.insert(stretch.name());
    }
}

TEST(CatalogTest, NoStretchListsATargetTwice)
{
    for (const Stretch &stretch : stretches()) {
        const QList<limber::BodyArea> &targets = stretch.targets();
        const QSet<limber::BodyArea> unique(targets.begin(), targets.end());
        EXPECT_EQ(unique.size(), targets.size()) << stretch.id().toStdString();
    }
}
