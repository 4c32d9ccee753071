#include "handout/HandoutLayout.h"

#include "handout/HandoutContent.h"
#include "handout/WrappedText.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "shell/Translations.h"

#include <gtest/gtest.h>
#include <QMap>

using namespace limber;

namespace {

const QDate madeOn(2026, 12, 4);

HandoutLayout layoutOf(const Routine &routine, QPageSize::PageSizeId paper)
{
    return HandoutLayout::compute(
        HandoutContent::build(routine, TimingPreferences{}, Catalog::builtIn(), QLocale(), madeOn),
        QPageSize(paper));
}

// Every item inside the page's margins, and every text's real wrapped extent inside its box.
void expectEverythingInsideTheMargins(const HandoutLayout &layout)
{
    const QRectF content = layout.contentRect();
    for (qsizetype page = 0; page < layout.pages().size(); ++page) {
        for (const HandoutItem &item : layout.pages().at(page).items) {
            const std::string what =
                "page " + std::to_string(page + 1) + ": " + item.text.left(40).toStdString();
            EXPECT_GE(item.rect.left(), content.left()) << what;
            EXPECT_GE(item.rect.top(), content.top()) << what;
            EXPECT_LE(item.rect.right(), content.right()) << what;
            EXPECT_LE(item.rect.bottom(), content.bottom()) << what;
            if (item.kind != HandoutItem::Kind::Text)
                continue;
            const QSizeF extent =
                WrappedText::measure(item.text, HandoutLayout::font(item.font), item.rect.width());
            EXPECT_LE(extent.width(), item.rect.width()) << what;
            EXPECT_LE(extent.height(), item.rect.height()) << what;
        }
    }
}

// The page each step's items are on; fails when a step is on more than one.
QMap<int, qsizetype> pageOfEachStep(const HandoutLayout &layout)
{
    QMap<int, qsizetype> pages;
    for (qsizetype page = 0; page < layout.pages().size(); ++page) {
        for (const HandoutItem &item : layout.pages().at(page).items) {
            if (item.step < 0)
                continue;
            const auto found = pages.constFind(item.step);
            if (found != pages.cend()) {
                EXPECT_EQ(*found, page) << "step " << item.step << " is split across pages";
            }
            pages.insert(item.step, page);
        }
    }
    return pages;
}

Routine thirtySteps()
{
    static const QStringList ids{
        QStringLiteral("knee-to-chest"),  QStringLiteral("both-knees-to-chest"),
        QStringLiteral("knee-rotations"), QStringLiteral("childs-pose"),
        QStringLiteral("runners-lunge"),  QStringLiteral("happy-baby"),
        QStringLiteral("cat-cow"),        QStringLiteral("butterfly"),
        QStringLiteral("figure-four"),    QStringLiteral("seated-spinal-twist")};
    Routine routine;
    routine.name = QStringLiteral("Dreißig Schritte");
    routine.warmupSeconds = 0;
    for (int index = 0; index < 30; ++index)
        routine.steps.append({ids.at(index % ids.size()), 30, Sides::Both, 1 + index % 3});
    return routine;
}

class HandoutLayoutTest
    : public testing::TestWithParam<std::tuple<const char *, QPageSize::PageSizeId>>
{
protected:
    void SetUp() override { m_translations.switchTo(QString::fromLatin1(std::get<0>(GetParam()))); }
    QPageSize::PageSizeId paper() const { return std::get<1>(GetParam()); }

    Translations m_translations;
};

} // namespace

TEST_P(HandoutLayoutTest, TheBuiltInRoutineFitsOnTwoPagesInsideTheMargins)
{
    const HandoutLayout layout = layoutOf(builtin::backAndHips(Catalog::builtIn()), paper());
    EXPECT_GE(layout.pages().size(), 1);
    EXPECT_LE(layout.pages().size(), 2);
    expectEverythingInsideTheMargins(layout);
    // Ten stretches and the warm-up, each on one page.
    EXPECT_EQ(pageOfEachStep(layout).size(), 11);
}

TEST_P(HandoutLayoutTest, ThirtyStepsFlowOntoMorePagesWithoutSplittingAStretch)
{
    const HandoutLayout layout = layoutOf(thirtySteps(), paper());
    EXPECT_GT(layout.pages().size(), 2);
    expectEverythingInsideTheMargins(layout);
    const QMap<int, qsizetype> pages = pageOfEachStep(layout);
    ASSERT_EQ(pages.size(), 30);
    // In order: a later step is never on an earlier page.
    for (int step = 1; step < 30; ++step)
        EXPECT_GE(pages.value(step), pages.value(step - 1)) << step;
}

TEST_P(HandoutLayoutTest, AWordLongerThanALineIsBrokenInsideTheMargins)
{
    Routine routine = builtin::backAndHips(Catalog::builtIn());
    routine.name = QStringLiteral("Rückenschmerzlinderungsdehnungsübungsprogrammzusammenstellung"
                                  "sempfehlungsblattvorlagenverwaltungsausschuss");
    const HandoutLayout layout = layoutOf(routine, paper());
    expectEverythingInsideTheMargins(layout);
}

TEST_P(HandoutLayoutTest, DayNamesInTheChartStayOnOneLine)
{
    const HandoutLayout layout = layoutOf(builtin::backAndHips(Catalog::builtIn()), paper());
    int days = 0;
    for (const HandoutPage &page : layout.pages()) {
        for (const HandoutItem &item : page.items) {
            if (item.kind != HandoutItem::Kind::Text || item.alignment != Qt::AlignHCenter)
                continue;
            ++days;
            const QFont font = HandoutLayout::font(item.font);
            const qreal oneLine = WrappedText::measure(QStringLiteral("X"), font, 1000).height();
            EXPECT_LE(WrappedText::measure(item.text, font, item.rect.width()).height(), oneLine)
                << item.text.toStdString();
        }
    }
    EXPECT_EQ(days, 7);
}

TEST_P(HandoutLayoutTest, EveryPageHasItsNumberAndTheFooter)
{
    const HandoutLayout layout = layoutOf(thirtySteps(), paper());
    const qsizetype count = layout.pages().size();
    for (qsizetype page = 0; page < count; ++page) {
        int footers = 0;
        bool numbered = false;
        for (const HandoutItem &item : layout.pages().at(page).items) {
            if (item.font != HandoutFont::Footer || item.kind != HandoutItem::Kind::Text)
                continue;
            ++footers;
            numbered = numbered || (item.text.contains(QString::number(page + 1)) &&
                                    item.text.contains(QString::number(count)));
        }
        EXPECT_EQ(footers, 2) << page;
        EXPECT_TRUE(numbered) << page;
    }
}

INSTANTIATE_TEST_SUITE_P(LanguagesAndPapers, HandoutLayoutTest,
                         testing::Combine(testing::Values("en", "de", "es", "fr", "it"),
                                          testing::Values(QPageSize::A4, QPageSize::Letter)),
                         [](const auto &info) {
                             return std::string(std::get<0>(info.param)) +
                                    (std::get<1>(info.param) == QPageSize::A4 ? "_A4" : "_Letter");
                         });
