#pragma once

#include "history/HistoryStatistics.h"

#include <functional>
#include <QDate>
#include <QWidget>

class QAbstractButton;
class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QUndoStack;

namespace limber {

class Catalog;
class DeletionUndoBar;
class GoalSummary;
class HistoryStore;
class MinutesChart;
class PainChangeLabel;
class PainChart;
class PeriodSelector;
class PracticeCalendar;
class SessionDetailsDialog;
class SessionListModel;
struct HistoryProblem;

// The practice history: a month calendar with the practised days, the weekly goal, pain before
// and after over the last 30, 90 or 365 days, minutes per week, and the sessions newest first,
// each openable and deletable (undoable while the view stays open). Refreshes when the store
// changes; while hidden only notes that it must, so a long history costs nothing until shown.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    HistoryView(const Catalog &catalog, HistoryStore &store, QWidget *parent = nullptr);

    // Days a week to aim for, 1–7 (Settings keeps it).
    void setWeeklyGoal(int days);
    int weeklyGoal() const { return m_goalDays; }
    // Where "today" comes from (QDate::currentDate unless a test fixes it).
    void setTodaySource(std::function<QDate()> today);
    QUndoStack *undoStack() const { return m_undo; }

    // The pain and minutes charts' period: 30, 90 or 365 days.
    void setPeriod(int days);
    int period() const { return m_days; }

    // Deletes at once (undo is there to take it back); false when the history could not be
    // written, which the view then says.
    bool deleteSession(const QString &id);
    SessionDetailsDialog *openDetails(const QString &id);

    QWidget *emptyState() const { return m_empty; }
    QWidget *content() const { return m_content; }
    PracticeCalendar *calendar() const { return m_calendar; }
    GoalSummary *goalSummary() const { return m_goal; }
    QLabel *painChangeLabel() const;
    PainChart *painChart() const { return m_painChart; }
    MinutesChart *minutesChart() const { return m_minutesChart; }
    QListView *sessionList() const { return m_list; }
    SessionListModel *sessionModel() const { return m_model; }
    QWidget *undoBar() const;
    QAbstractButton *periodButton(int days) const;

protected:
    void focusInEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildEmptyPage();
    QWidget *buildContentPage();
    void retranslateUi();
    void sessionsChanged();
    void refresh();
    void refreshFigures();
    void showProblem(const HistoryProblem &problem);
    void deleteCurrent();
    void openCurrent();
    QString currentId() const;

    const Catalog &m_catalog;
    HistoryStore &m_store;
    HistoryStatistics m_statistics;
    std::function<QDate()> m_today;
    int m_goalDays = HistoryStatistics::defaultGoalDays;
    int m_days = 30;
    bool m_dirty = true;
    QDate m_shownToday;

    SessionListModel *m_model;
    QUndoStack *m_undo;
    QStackedWidget *m_pages;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    PracticeCalendar *m_calendar = nullptr;
    GoalSummary *m_goal = nullptr;
    QLabel *m_sessionsHeading = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_painHeading = nullptr;
    PeriodSelector *m_periods = nullptr;
    PainChangeLabel *m_change = nullptr;
    PainChart *m_painChart = nullptr;
    QLabel *m_minutesHeading = nullptr;
    MinutesChart *m_minutesChart = nullptr;
    DeletionUndoBar *m_undoBar = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace limber
