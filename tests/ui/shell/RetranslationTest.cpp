#include "catalog/StretchListModel.h"
#include "FakeClock.h"
#include "figures/IllustrationWidget.h"
#include "library/AreaFilterBar.h"
#include "library/GuidelinesView.h"
#include "library/LibraryView.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "player/BreathingPacer.h"
#include "player/ItHurtsDialog.h"
#include "player/PlayerView.h"
#include "player/PlayingPage.h"
#include "player/RoutineStepListModel.h"
#include "PlayerRecorder.h"
#include "TestRoutines.h"

#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <vector>

using namespace limber;
using limber::test::FakeClock;
using limber::test::runFor;

namespace {

const QChar openMark(0x2039);  // ‹
const QChar closeMark(0x203A); // ›

// Marks every word of every text it is asked for, so that a text left in the old language
// shows as a word outside the marks. Placeholders (%1, %n, %L1) are left alone so that arg()
// and plural forms still fill them in.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        QString marked;
        bool inWord = false;
        for (qsizetype i = 0; i < source.size(); ++i) {
            const bool placeholder =
                (i >= 1 && source.at(i - 1) == u'%') ||
                (i >= 2 && source.at(i - 1) == u'L' && source.at(i - 2) == u'%');
            const bool letter = source.at(i).isLetter() && !placeholder;
            if (letter != inWord)
                marked.append(letter ? openMark : closeMark);
            inWord = letter;
            marked.append(source.at(i));
        }
        if (inWord)
            marked.append(closeMark);
        return marked;
    }
    // Without this, installing it would not tell the widgets.
    bool isEmpty() const override { return false; }
};

// Knows a few texts only; asks the next translator for the rest.
class DictionaryTranslator : public QTranslator
{
public:
    void add(const char *context, const char *source, const QString &translation)
    {
        m_texts.insert(key(context, source), translation);
    }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return m_texts.value(key(context, sourceText));
    }
    bool isEmpty() const override { return false; }

private:
    static QString key(const char *context, const char *source)
    {
        return QString::fromUtf8(context) + u'\x1f' + QString::fromUtf8(source);
    }
    QHash<QString, QString> m_texts;
};

struct ShownText
{
    QString where;
    QString text;
};

void addText(QList<ShownText> &texts, const QString &where, const QString &text)
{
    if (!text.isEmpty())
        texts.append({where, text});
}

void addModelTexts(QList<ShownText> &texts, const QString &where, const QAbstractItemModel &model,
                   const QList<int> &roles)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int role : roles)
            addText(texts, QStringLiteral("%1 row %2 role %3").arg(where).arg(row).arg(role),
                    model.index(row, 0).data(role).toString());
    }
}

// What a person sees or a screen reader says in the visible part of a widget tree, with the
// texts of the items in its views (the standard roles plus the given ones).
QList<ShownText> shownTexts(const QWidget &root, const QList<int> &itemRoles = {})
{
    QList<ShownText> texts;
    QList<const QWidget *> widgets{&root};
    for (const QWidget *child : root.findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        const QString name =
            QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        if (widget->isWindow())
            addText(texts, name + QStringLiteral(" title"), widget->windowTitle());
        addText(texts, name + QStringLiteral(" tooltip"), widget->toolTip());
        addText(texts, name + QStringLiteral(" accessible name"), widget->accessibleName());
        addText(texts, name + QStringLiteral(" accessible description"),
                widget->accessibleDescription());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            addText(texts, name, label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            addText(texts, name, button->text());
        if (const auto *field = qobject_cast<const QLineEdit *>(widget))
            addText(texts, name + QStringLiteral(" placeholder"), field->placeholderText());
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (view->model()) {
                addModelTexts(texts, name, *view->model(),
                              QList<int>{Qt::DisplayRole, Qt::ToolTipRole, Qt::StatusTipRole,
                                         Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole} +
                                  itemRoles);
            }
        }
    }
    return texts;
}

// The texts with a word outside the marks: left in the old language.
QStringList unmarked(const QList<ShownText> &texts)
{
    static const QRegularExpression markedWord(
        QStringLiteral("%1[^%1%2]*%2").arg(openMark, closeMark));
    QStringList offenders;
    for (const ShownText &shown : texts) {
        const QString rest = QString(shown.text).remove(markedWord);
        if (std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); }))
            offenders.append(shown.where + QStringLiteral(": ") + shown.text);
    }
    return offenders;
}

QStringList plain(const QList<ShownText> &texts)
{
    QStringList list;
    for (const ShownText &shown : texts)
        list.append(shown.where + QStringLiteral(": ") + shown.text);
    return list;
}

class RetranslationTest : public testing::Test
{
protected:
    void TearDown() override { QCoreApplication::removeTranslator(&marking); }

    void show(QWidget &widget)
    {
        widget.resize(1366, 768);
        widget.show();
        QApplication::setActiveWindow(&widget);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
    }

    static void deliverLanguageChange()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    void installMarks()
    {
        QCoreApplication::installTranslator(&marking);
        deliverLanguageChange();
    }
    void removeMarks()
    {
        QCoreApplication::removeTranslator(&marking);
        deliverLanguageChange();
    }

    // Every shown text follows the marking language in, and the English comes back after it.
    void expectFollowsTheLanguage(const QWidget &root, const QList<int> &itemRoles = {},
                                  const std::function<QList<ShownText>()> &painted = {})
    {
        const auto collect = [&] {
            QList<ShownText> texts = shownTexts(root, itemRoles);
            if (painted)
                texts += painted();
            return texts;
        };
        const QList<ShownText> english = collect();
        ASSERT_FALSE(english.isEmpty());
        EXPECT_FALSE(unmarked(english).isEmpty()) << "the marks must be told apart from English";

        // Views cache what their items look like; they must hear that the texts changed.
        std::vector<std::unique_ptr<QSignalSpy>> itemChanges;
        for (const QAbstractItemView *view : root.findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0) {
                itemChanges.push_back(
                    std::make_unique<QSignalSpy>(view->model(), &QAbstractItemModel::dataChanged));
            }
        }

        installMarks();
        for (const auto &spy : itemChanges)
            EXPECT_GT(spy->count(), 0) << "an item view was not told";
        const QList<ShownText> marked = collect();
        EXPECT_EQ(marked.size(), english.size()) << plain(marked).join(u'\n').toStdString();
        const QStringList offenders = unmarked(marked);
        EXPECT_TRUE(offenders.isEmpty()) << "not retranslated:\n"
                                         << offenders.join(u'\n').toStdString();

        removeMarks();
        EXPECT_EQ(plain(collect()), plain(english));
    }

    MarkingTranslator marking;
};

TEST_F(RetranslationTest, LibraryListAndAreaFilter)
{
    LibraryView view(Catalog::builtIn());
    show(view);
    view.areaFilter()->buttonFor(BodyArea::Hips)->click();
    ASSERT_GT(view.listView()->model()->rowCount(), 0);
    expectFollowsTheLanguage(view,
                             {StretchListModel::SummaryRole, StretchListModel::TargetNamesRole,
                              StretchListModel::HoldTextRole, StretchListModel::SearchTextRole});
}

TEST_F(RetranslationTest, LibraryEmptyState)
{
    LibraryView view(Catalog::builtIn());
    show(view);
    // No letters: what the person typed stays as typed in any language.
    QTest::keyClicks(view.searchField(), QStringLiteral("0000"));
    ASSERT_TRUE(view.emptyState()->isVisible());
    expectFollowsTheLanguage(view);
}

TEST_F(RetranslationTest, StretchDetailPage)
{
    LibraryView view(Catalog::builtIn());
    show(view);
    view.showStretch(QStringLiteral("figure-four"));
    expectFollowsTheLanguage(view);
}

TEST_F(RetranslationTest, Guidelines)
{
    LibraryView view(Catalog::builtIn());
    show(view);
    view.showGuidelines();
    ASSERT_TRUE(view.guidelinesView()->isVisible());
    expectFollowsTheLanguage(view);
}

TEST_F(RetranslationTest, SearchLooksInTheNewLanguage)
{
    DictionaryTranslator french;
    french.add(Stretch::translationContext, "Butterfly stretch", QStringLiteral("Papillon"));
    LibraryView view(Catalog::builtIn());
    show(view);
    QTest::keyClicks(view.searchField(), QStringLiteral("papillon"));
    ASSERT_EQ(view.listView()->model()->rowCount(), 0);

    QCoreApplication::installTranslator(&french);
    deliverLanguageChange();
    ASSERT_EQ(view.listView()->model()->rowCount(), 1);
    EXPECT_EQ(view.listView()->model()->index(0, 0).data(StretchListModel::IdRole).toString(),
              QStringLiteral("butterfly"));
    EXPECT_TRUE(view.listView()->isVisible());
    EXPECT_FALSE(view.emptyState()->isVisible());

    QCoreApplication::removeTranslator(&french);
    deliverLanguageChange();
    EXPECT_EQ(view.listView()->model()->rowCount(), 0);
    EXPECT_TRUE(view.emptyState()->isVisible());
}

TEST_F(RetranslationTest, ItHurtsDialog)
{
    ItHurtsDialog dialog(QStringLiteral("1"));
    show(dialog);
    expectFollowsTheLanguage(dialog);
}

// prepare 5 | knee-to-chest L 20 | switch 5 | R 20 | rest 10 | butterfly 20 | rest 10 |
// butterfly 20 | rest 10 | figure-four L 20   (total 140 s)
class PlayerRetranslationTest : public RetranslationTest
{
protected:
    void SetUp() override
    {
        Routine routine = limber::test::kneeToChestThenButterfly();
        routine.steps[1].repeat = 2;
        routine.steps.append({QStringLiteral("figure-four"), 20, Sides::Left, 1});
        view.setRoutine(routine, TimingPreferences());
        view.setStopConfirmer([](QWidget *) { return false; });
        show(view);
    }

    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    PlayerView view{Catalog::builtIn(), player, recorder};
};

TEST_F(PlayerRetranslationTest, ReadyPage)
{
    expectFollowsTheLanguage(view, {RoutineStepListModel::DetailRole});
}

TEST_F(PlayerRetranslationTest, GettingReady)
{
    view.start();
    runFor(clock, player, 2000);
    ASSERT_FALSE(view.playingPage()->nextUpText().isEmpty());
    expectFollowsTheLanguage(view);
}

TEST_F(PlayerRetranslationTest, MidHoldKeepsTheFigureGoing)
{
    view.start();
    runFor(clock, player, 9000);
    ASSERT_FALSE(view.playingPage()->sideText().isEmpty());
    const BreathingPacer *pacer = view.playingPage()->breathingPacer();
    ASSERT_TRUE(pacer->isVisible());
    const bool animating = view.playingPage()->illustration()->isAnimating();
    expectFollowsTheLanguage(view, {}, [pacer] {
        return QList<ShownText>{{QStringLiteral("breathing pacer"), pacer->phaseText()}};
    });
    EXPECT_EQ(view.playingPage()->illustration()->isAnimating(), animating);
    EXPECT_EQ(player.positionMs(), 9000);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
}

TEST_F(PlayerRetranslationTest, Paused)
{
    view.start();
    runFor(clock, player, 9000);
    player.pause();
    expectFollowsTheLanguage(view);
}

TEST_F(PlayerRetranslationTest, Summary)
{
    view.start();
    runFor(clock, player, 200000);
    ASSERT_EQ(player.state(), RoutinePlayer::State::Finished);
    expectFollowsTheLanguage(view);
}

TEST_F(PlayerRetranslationTest, RenamingKeepsWhatPlays)
{
    view.start();
    runFor(clock, player, 9000);
    view.setRoutineName(QStringLiteral("Renamed"));
    EXPECT_EQ(view.routine().name, QStringLiteral("Renamed"));
    EXPECT_EQ(player.positionMs(), 9000);
    EXPECT_EQ(player.state(), RoutinePlayer::State::Running);
    player.stop();
    bool shown = false;
    for (const QLabel *label : view.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == QStringLiteral("Renamed"));
    EXPECT_TRUE(shown);
}

} // namespace
