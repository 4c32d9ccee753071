#include "history/HistoryView.h"

#include "history/GoalSummary.h"
#include "history/HistoryStore.h"
#include "history/MinutesChart.h"
#include "history/PainChart.h"
#include "history/PracticeCalendar.h"
#include "history/SessionDetailsDialog.h"
#include "history/SessionListModel.h"
#include "model/Catalog.h"
#include "shell/Translations.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QUndoStack>

using namespace limber;

namespace {

// A Friday. The sessions below fall on Tuesdays to Thursdays, so the week figures are the same
// whether the locale starts its weeks on Sunday or Monday.
const QDate today(2026, 12, 4);

Session makeSession(QDate date, QTime time, int minutes, std::optional<int> before = std::nullopt,
                    std::optional<int> after = std::nullopt)
{
    Session session;
    session.started = QDateTime(date, time);
    session.ended = session.started.addSecs(minutes * 60);
    session.activeMs = qint64(minutes) * 60 * 1000;
    session.routineId = QStringLiteral("back-and-hips");
    session.routineName = QStringLiteral("Back and hips");
    session.painBefore = before;
    session.painAfter = after;
    SessionHold hold;
    hold.stretchId = QStringLiteral("knee-to-chest");
    hold.stretchName = QStringLiteral("Knee to chest");
    hold.side = Side::Left;
    hold.plannedMs = hold.heldMs = 25000;
    session.holds.append(hold);
    return session;
}

class HistoryViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        view.setTodaySource([] { return today; });
        view.resize(1366, 768);
        view.show();
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    }

    QString add(const Session &session)
    {
        const HistoryStore::Result result = store.add(session);
        EXPECT_TRUE(result.ok());
        return result.id;
    }
    // What another device (or the next start) reads from the folder.
    QList<Session> reloaded() const
    {
        HistoryStore other(folder.path(), QStringLiteral("other-device"), QStringLiteral("Other"));
        other.load();
        return other.sessions();
    }
    QStringList listedIds() const
    {
        QStringList ids;
        const SessionListModel *model = view.sessionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row).data(SessionListModel::IdRole).toString());
        return ids;
    }

    QTemporaryDir folder;
    HistoryStore store{folder.path(), QStringLiteral("3f2a0c1e-0000-4000-8000-000000000001"),
                       QStringLiteral("Test device")};
    HistoryView view{Catalog::builtIn(), store};
};

TEST_F(HistoryViewTest, TheEmptyStateSaysWhatWillAppearUntilTheFirstSession)
{
    EXPECT_TRUE(view.emptyState()->isVisible());
    EXPECT_FALSE(view.content()->isVisible());
    bool explained = false;
    for (const QLabel *label : view.emptyState()->findChildren<QLabel *>())
        explained = explained || label->text().startsWith(u"Your practice will appear here");
    EXPECT_TRUE(explained);

    add(makeSession(today, QTime(8, 0), 10));
    EXPECT_FALSE(view.emptyState()->isVisible());
    EXPECT_TRUE(view.content()->isVisible());
    EXPECT_EQ(view.sessionModel()->rowCount(), 1);
}

TEST_F(HistoryViewTest, PractisedDaysAreMarkedInTheCalendarAndOthersAreNot)
{
    add(makeSession(QDate(2026, 12, 1), QTime(18, 5), 12));
    add(makeSession(QDate(2026, 12, 3), QTime(7, 30), 10));
    const PracticeCalendar *calendar = view.calendar();
    EXPECT_EQ(calendar->monthShown(), 12);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 12, 1)).fontWeight(), QFont::Bold);
    EXPECT_TRUE(
        calendar->dateTextFormat(QDate(2026, 12, 3)).hasProperty(QTextFormat::BackgroundBrush));
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 12, 2)), QTextCharFormat());
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 12, 4)), QTextCharFormat());
    // The months after today hold nothing: the calendar does not go there.
    EXPECT_EQ(calendar->maximumDate(), today);
}

TEST_F(HistoryViewTest, TheGoalShowsDaysThisWeekAndWeeksInARow)
{
    for (const QDate &weekTuesday :
         {QDate(2026, 11, 17), QDate(2026, 11, 24), QDate(2026, 12, 1)}) {
        for (int day = 0; day < 3; ++day)
            add(makeSession(weekTuesday.addDays(day), QTime(19, 0), 10));
    }
    const GoalSummary *goal = view.goalSummary();
    EXPECT_EQ(goal->progress().daysThisWeek, 3);
    EXPECT_EQ(goal->progress().weeksInARow, 3);
    EXPECT_TRUE(goal->thisWeekLabel()->text().startsWith(u"This week: 3 day"));
    EXPECT_TRUE(goal->thisWeekLabel()->text().contains(u"goal met"));
    EXPECT_TRUE(goal->weeksLabel()->text().startsWith(u"3 week"));

    view.setWeeklyGoal(4);
    EXPECT_EQ(goal->progress().goalDays, 4);
    EXPECT_TRUE(goal->thisWeekLabel()->text().startsWith(u"This week: 3 of 4 day"));
    EXPECT_EQ(goal->progress().weeksInARow, 0);
    EXPECT_EQ(goal->weeksLabel()->text(),
              QStringLiteral("Each week that meets the goal adds to a run of weeks."));
    view.setWeeklyGoal(12);
    EXPECT_EQ(view.weeklyGoal(), 7);
}

TEST_F(HistoryViewTest, TheAverageChangeIsWordedForThePeriod)
{
    add(makeSession(QDate(2026, 11, 20), QTime(18, 0), 10, 6)); // before only: not counted
    EXPECT_EQ(view.painChangeLabel()->text(),
              QStringLiteral("Rate your pain before and after a session to see whether it helps."));

    add(makeSession(QDate(2026, 12, 1), QTime(18, 0), 10, 6, 4));
    add(makeSession(QDate(2026, 11, 28), QTime(18, 0), 10, 5, 4));
    add(makeSession(QDate(2026, 11, 10), QTime(18, 0), 10, 7, 4));
    add(makeSession(QDate(2026, 10, 1), QTime(18, 0), 10, 3, 7)); // 64 days ago
    EXPECT_TRUE(view.painChangeLabel()->text().startsWith(
        u"After is 2.0 lower on average over the last 30 days (3 session"));

    QTest::mouseClick(view.periodButton(90), Qt::LeftButton);
    EXPECT_EQ(view.period(), 90);
    // (−2 −1 −3 +4) / 4
    EXPECT_TRUE(view.painChangeLabel()->text().startsWith(
        u"After is 0.5 lower on average over the last 90 days (4 session"));

    add(makeSession(QDate(2026, 10, 2), QTime(18, 0), 10, 2, 4));
    EXPECT_TRUE(view.painChangeLabel()->text().startsWith(
        u"After is the same as before on average over the last 90 days (5 session"));
    add(makeSession(QDate(2026, 10, 3), QTime(18, 0), 10, 2, 8));
    EXPECT_TRUE(view.painChangeLabel()->text().startsWith(
        u"After is 1.0 higher on average over the last 90 days (6 session"));
}

TEST_F(HistoryViewTest, TheChartsHaveAPointADayAndABarAWeek)
{
    add(makeSession(QDate(2026, 12, 1), QTime(8, 0), 10, 6, 4));
    add(makeSession(QDate(2026, 12, 1), QTime(20, 0), 20, 4, 2));
    add(makeSession(QDate(2026, 12, 3), QTime(8, 0), 15, 7, std::nullopt));
    const QScatterSeries *before = view.painChart()->beforeDays();
    const QScatterSeries *after = view.painChart()->afterDays();
    ASSERT_EQ(before->count(), 2);
    EXPECT_DOUBLE_EQ(before->at(0).y(), 5.0);
    ASSERT_EQ(after->count(), 1);
    EXPECT_DOUBLE_EQ(after->at(0).y(), 3.0);
    // Over a month the line joins the days themselves.
    EXPECT_EQ(view.painChart()->beforeLine()->points(), before->points());

    EXPECT_EQ(view.minutesChart()->minutes()->count(), 12);
    EXPECT_DOUBLE_EQ(view.minutesChart()->minutes()->at(11), 45.0);
    EXPECT_EQ(view.minutesChart()->weekAxis()->count(), 12);
    // 13 Sep … 29 Nov: September, October, November.
    EXPECT_EQ(view.minutesChart()->monthAxis()->count(), 3);
    view.setPeriod(365);
    // Over a year the line is the trend: here the mean of both days.
    ASSERT_EQ(view.painChart()->beforeLine()->count(), 2);
    EXPECT_DOUBLE_EQ(view.painChart()->beforeLine()->at(0).y(), 6.0);
    EXPECT_DOUBLE_EQ(view.painChart()->beforeLine()->at(1).y(), 6.0);
    EXPECT_EQ(view.painChart()->beforeDays()->count(), 2);
    EXPECT_EQ(view.minutesChart()->minutes()->count(), 52);
    // A year is labelled by month.
    EXPECT_FALSE(view.minutesChart()->weekAxis()->isVisible());
    EXPECT_GE(view.minutesChart()->monthAxis()->count(), 12);
    EXPECT_LE(view.minutesChart()->monthAxis()->count(), 13);
}

TEST_F(HistoryViewTest, TheListIsNewestFirstWithOneLineASession)
{
    const QString middle = add(makeSession(QDate(2026, 11, 20), QTime(9, 0), 10));
    const QString newest = add(makeSession(QDate(2026, 12, 1), QTime(18, 5), 12, 6, 4));
    const QString oldest = add(makeSession(QDate(2026, 10, 2), QTime(9, 0), 10));
    EXPECT_EQ(listedIds(), (QStringList{newest, middle, oldest}));
    const QString time = QLocale().toString(QTime(18, 5), QLocale::ShortFormat);
    EXPECT_EQ(view.sessionModel()->index(0).data().toString(),
              QStringLiteral("Tue 1 Dec 2026, %1 · Back and hips · 12 min · pain 6 → 4").arg(time));
}

TEST_F(HistoryViewTest, ClickingAPractisedDayFindsItsSessionInTheList)
{
    const QString wanted = add(makeSession(QDate(2026, 11, 20), QTime(9, 0), 10));
    for (int day = 21; day <= 30; ++day)
        add(makeSession(QDate(2026, 11, day), QTime(9, 0), 10));
    Q_EMIT view.calendar()->clicked(QDate(2026, 11, 20));
    EXPECT_EQ(view.sessionList()->currentIndex().data(SessionListModel::IdRole).toString(), wanted);
    // A day without practice leaves the list where it was.
    Q_EMIT view.calendar()->clicked(QDate(2026, 11, 19));
    EXPECT_EQ(view.sessionList()->currentIndex().data(SessionListModel::IdRole).toString(), wanted);
}

TEST_F(HistoryViewTest, DeleteRemovesTheSessionAndUndoBringsItBack)
{
    const QString kept = add(makeSession(QDate(2026, 11, 20), QTime(9, 0), 10));
    const QString doomed = add(makeSession(QDate(2026, 12, 1), QTime(18, 5), 12, 6, 4));
    view.sessionList()->setFocus();
    view.sessionList()->setCurrentIndex(view.sessionModel()->index(0));
    EXPECT_FALSE(view.undoBar()->isVisible());

    QTest::keyClick(view.sessionList(), Qt::Key_Delete);
    EXPECT_EQ(listedIds(), QStringList{kept});
    ASSERT_EQ(reloaded().size(), 1);
    EXPECT_EQ(reloaded().first().id, kept);
    EXPECT_TRUE(view.undoBar()->isVisible());
    // The next session is current, ready for another Delete.
    EXPECT_EQ(view.sessionList()->currentIndex().row(), 0);

    QTest::keyClick(view.sessionList(), Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(view.sessionModel()->rowCount(), 2);
    const QList<Session> back = reloaded();
    ASSERT_EQ(back.size(), 2);
    EXPECT_EQ(back.last().started, QDateTime(QDate(2026, 12, 1), QTime(18, 5)));
    EXPECT_EQ(back.last().painAfter, 4);
    EXPECT_FALSE(view.undoBar()->isVisible());

    QTest::keyClick(view.sessionList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(listedIds(), QStringList{kept});
    EXPECT_EQ(reloaded().size(), 1);

    // The visible button undoes too.
    QPushButton *undo = nullptr;
    for (QPushButton *button : view.undoBar()->findChildren<QPushButton *>())
        undo = button->text() == QStringLiteral("Undo") ? button : undo;
    ASSERT_NE(undo, nullptr);
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(view.sessionModel()->rowCount(), 2);
    EXPECT_EQ(reloaded().size(), 2);
}

TEST_F(HistoryViewTest, DeletingTheLastSessionShowsTheEmptyStateWithUndoStillThere)
{
    const QString only = add(makeSession(QDate(2026, 12, 1), QTime(18, 5), 12));
    ASSERT_TRUE(view.deleteSession(only));
    EXPECT_TRUE(view.emptyState()->isVisible());
    EXPECT_TRUE(view.undoBar()->isVisible());
    view.undoStack()->undo();
    EXPECT_TRUE(view.content()->isVisible());
}

TEST_F(HistoryViewTest, UndoLastsOnlyWhileTheViewIsOpen)
{
    const QString id = add(makeSession(QDate(2026, 12, 1), QTime(18, 5), 12));
    ASSERT_TRUE(view.deleteSession(id));
    EXPECT_EQ(view.undoStack()->count(), 1);
    view.hide();
    EXPECT_EQ(view.undoStack()->count(), 0);
    view.show();
    EXPECT_FALSE(view.undoBar()->isVisible());
    EXPECT_TRUE(reloaded().isEmpty());
}

TEST_F(HistoryViewTest, AHiddenViewCatchesUpWhenShown)
{
    view.hide();
    add(makeSession(QDate(2026, 12, 1), QTime(18, 5), 12));
    EXPECT_EQ(view.sessionModel()->rowCount(), 0); // not yet: nobody is looking
    view.show();
    EXPECT_EQ(view.sessionModel()->rowCount(), 1);
    EXPECT_TRUE(view.content()->isVisible());
}

TEST_F(HistoryViewTest, TheDetailsListEveryHoldAndNameAStretchThisLimberDoesNotKnow)
{
    Session session = makeSession(QDate(2026, 12, 1), QTime(18, 5), 12, 6, 4);
    session.note = QStringLiteral("Left hip tight in the morning.");
    SessionHold unknown;
    unknown.stretchId = QStringLiteral("pigeon-pose");
    unknown.stretchName = QStringLiteral("Pigeon pose");
    unknown.outcome = HoldOutcome::Hurt;
    unknown.plannedMs = 30000;
    unknown.heldMs = 8000;
    session.holds.append(unknown);
    add(session);

    view.sessionList()->setFocus();
    view.sessionList()->setCurrentIndex(view.sessionModel()->index(0));
    QTest::keyClick(view.sessionList(), Qt::Key_Return);
    auto *dialog = view.findChild<SessionDetailsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QTableWidget *holds = dialog->holdsTable();
    ASSERT_EQ(holds->rowCount(), 2);
    EXPECT_EQ(holds->item(0, 0)->text(), QStringLiteral("Knee to chest"));
    EXPECT_EQ(holds->item(0, 1)->text(), QStringLiteral("Left"));
    EXPECT_EQ(holds->item(0, 2)->text(), QStringLiteral("Done"));
    EXPECT_EQ(holds->item(0, 3)->text(), QStringLiteral("25 s"));
    EXPECT_EQ(holds->item(1, 0)->text(), QStringLiteral("Pigeon pose (not in this Limber)"));
    EXPECT_EQ(holds->item(1, 2)->text(), QStringLiteral("It hurts"));
    EXPECT_EQ(holds->item(1, 3)->text(), QStringLiteral("8 s"));
    EXPECT_EQ(dialog->noteLabel()->text(), session.note);

    // Delete from the dialog: the same undoable deletion.
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    EXPECT_EQ(view.sessionModel()->rowCount(), 0);
    EXPECT_EQ(view.undoStack()->count(), 1);
}

TEST_F(HistoryViewTest, ALanguageChangeFollowsTheLocalesFirstDayOfTheWeek)
{
    add(makeSession(QDate(2026, 11, 30), QTime(18, 5), 12)); // a Monday
    view.setWeeklyGoal(1);
    {
        Translations german;
        german.switchTo(QStringLiteral("de"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        EXPECT_EQ(view.calendar()->firstDayOfWeek(), Qt::Monday);
        // Monday 30 November starts the week of Friday 4 December.
        EXPECT_EQ(view.goalSummary()->progress().daysThisWeek, 1);
        Translations english;
        english.switchTo(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        EXPECT_EQ(view.calendar()->firstDayOfWeek(), Qt::Sunday);
        EXPECT_EQ(view.goalSummary()->progress().daysThisWeek, 1);
    }
    // The suite's own English catalogue is back in charge once these are gone.
    Translations english;
    english.switchTo(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace
