#include "history/HistoryView.h"

#include "history/DeleteSessionCommand.h"
#include "history/DeletionUndoBar.h"
#include "history/GoalSummary.h"
#include "history/HistoryStore.h"
#include "history/MinutesChart.h"
#include "history/PainChangeLabel.h"
#include "history/PainChart.h"
#include "history/PeriodSelector.h"
#include "history/PracticeCalendar.h"
#include "history/SessionDetailsDialog.h"
#include "history/SessionItemDelegate.h"
#include "history/SessionListModel.h"
#include "widgets/KeyBindings.h"
#include "widgets/PaletteTools.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace limber {

namespace {
// Twelve weeks show the rhythm of the last months; a year shows the seasons.
int weeksShown(int days)
{
    return days > 92 ? 52 : 12;
}
// Wide enough for the calendar's seven columns and a session's line, at 1366 × 768.
constexpr int leftColumnWidth = 360;

HistoryStatistics localStatistics()
{
    return HistoryStatistics(QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek());
}
} // namespace

HistoryView::HistoryView(const Catalog &catalog, HistoryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_statistics(localStatistics())
    , m_today([] { return QDate::currentDate(); })
    , m_model(new SessionListModel(this))
    , m_undo(new QUndoStack(this))
    , m_pages(new QStackedWidget(this))
{
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildContentPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    m_undoBar = new DeletionUndoBar(*m_undo, this);
    layout->addWidget(m_undoBar);

    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcuts(KeyBindings::keys(KeyCommand::UndoDeletion));
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcuts(KeyBindings::keys(KeyCommand::RedoDeletion));
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    connect(&m_store, &HistoryStore::sessionsChanged, this, &HistoryView::sessionsChanged);
    retranslateUi();
}

QWidget *HistoryView::buildEmptyPage()
{
    m_empty = new QWidget(this);
    m_emptyTitle = new QLabel(m_empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    m_emptyTitle->setFont(scaledFont(font(), 1.3, true));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    // Without a layout alignment: an aligned label gets its size hint and wraps into too few
    // lines. The stretches keep the lines to half the page.
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addStretch(1);
    column->addWidget(m_emptyTitle);
    column->addWidget(m_emptyText);
    column->addStretch(2);
    auto *layout = new QHBoxLayout(m_empty);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);
    return m_empty;
}

QWidget *HistoryView::buildContentPage()
{
    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setFont(scaledFont(font(), 2.0, true));

    m_calendar = new PracticeCalendar(m_content);
    m_goal = new GoalSummary(m_content);
    m_sessionsHeading = new QLabel(m_content);
    m_sessionsHeading->setFont(scaledFont(font(), 1.1, true));
    m_list = new QListView(m_content);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SessionItemDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QListView::activated, this, &HistoryView::openCurrent);
    m_openAction = new QAction(m_list);
    connect(m_openAction, &QAction::triggered, this, &HistoryView::openCurrent);
    m_deleteAction = new QAction(m_list);
    m_deleteAction->setShortcuts(KeyBindings::keys(KeyCommand::DeleteSession));
    // Only the list's own Delete: elsewhere the key belongs to whatever has the focus.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &HistoryView::deleteCurrent);
    m_list->addActions({m_openAction, m_deleteAction});
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
        const int row = m_model->firstRowOn(date);
        if (row < 0)
            return;
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
    });

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_calendar);
    left->addWidget(m_goal);
    left->addSpacing(4);
    left->addWidget(m_sessionsHeading);
    left->addWidget(m_list, 1);

    m_painHeading = new QLabel(m_content);
    m_painHeading->setFont(scaledFont(font(), 1.1, true));
    m_periods = new PeriodSelector(m_days, m_content);
    connect(m_periods, &PeriodSelector::periodChosen, this, &HistoryView::setPeriod);
    auto *painHeader = new QHBoxLayout;
    painHeader->addWidget(m_painHeading, 1);
    painHeader->addWidget(m_periods);
    m_change = new PainChangeLabel(m_content);
    m_painChart = new PainChart(m_content);
    m_minutesHeading = new QLabel(m_content);
    m_minutesHeading->setFont(scaledFont(font(), 1.1, true));
    m_minutesChart = new MinutesChart(m_content);

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addLayout(painHeader);
    right->addWidget(m_change);
    right->addWidget(m_painChart, 3);
    right->addSpacing(4);
    right->addWidget(m_minutesHeading);
    right->addWidget(m_minutesChart, 2);

    auto *leftColumn = new QWidget(m_content);
    leftColumn->setFixedWidth(leftColumnWidth);
    leftColumn->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(leftColumn);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    return m_content;
}

void HistoryView::retranslateUi()
{
    m_statistics = localStatistics();
    m_emptyTitle->setText(tr("No sessions yet"));
    m_emptyText->setText(tr("Your practice will appear here: each session you play, the days you "
                            "practised, and, if you rate your pain before and after, whether "
                            "stretching helps."));
    m_title->setText(tr("History"));
    m_sessionsHeading->setText(tr("Sessions"));
    m_list->setAccessibleName(tr("Sessions, newest first"));
    m_openAction->setText(tr("Open"));
    m_deleteAction->setText(tr("Delete session"));
    m_painHeading->setText(tr("Pain before and after"));
    m_minutesHeading->setText(tr("Minutes per week"));
    m_calendar->setAccessibleName(tr("Days practised"));
    m_model->retranslate();
    m_dirty = true;
    if (isVisible())
        refresh();
}

QWidget *HistoryView::undoBar() const
{
    return m_undoBar;
}

QLabel *HistoryView::painChangeLabel() const
{
    return m_change;
}

QAbstractButton *HistoryView::periodButton(int days) const
{
    return m_periods->button(days);
}

void HistoryView::setWeeklyGoal(int days)
{
    days = std::clamp(days, 1, 7);
    if (days == m_goalDays)
        return;
    m_goalDays = days;
    if (isVisible())
        m_goal->setProgress(m_statistics.goalProgress(m_store.sessions(), m_shownToday, days));
    else
        m_dirty = true;
}

void HistoryView::setTodaySource(std::function<QDate()> today)
{
    m_today = std::move(today);
    m_dirty = true;
    if (isVisible())
        refresh();
}

void HistoryView::setPeriod(int days)
{
    if (!m_periods->setPeriod(days) || days == m_days)
        return;
    m_days = days;
    if (isVisible())
        refreshFigures();
    else
        m_dirty = true;
}

void HistoryView::focusInEvent(QFocusEvent *event)
{
    // Arriving at the view puts the arrow keys in the sessions, when there are any. Not a
    // focus proxy: the list may be hidden (no sessions yet), and Tab would jump past every
    // control before it.
    QWidget::focusInEvent(event);
    if (m_pages->currentWidget() == m_content)
        m_list->setFocus(event->reason());
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Also the first day after midnight: the calendar, this week and the periods move on.
    if (m_dirty || m_today() != m_shownToday)
        refresh();
}

void HistoryView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Undo lasts while the view is open; minimising the window does not close it.
    if (!event->spontaneous())
        m_undo->clear();
}

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_undoBar->setPalette(palette());
}

void HistoryView::sessionsChanged()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void HistoryView::refresh()
{
    m_dirty = false;
    const QList<Session> &sessions = m_store.sessions();
    const bool empty = sessions.isEmpty();
    m_pages->setCurrentWidget(empty ? m_empty : m_content);
    // The row the person was on stays current after a deletion or an undo.
    const QString current = currentId();
    const int currentRow = m_list->currentIndex().row();
    m_model->setSessions(sessions);
    if (!empty) {
        int row = current.isEmpty() ? -1 : m_model->rowOf(current);
        if (row < 0 && currentRow >= 0)
            row = std::min(currentRow, m_model->rowCount() - 1);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
    }
    refreshFigures();
}

void HistoryView::refreshFigures()
{
    const QList<Session> &sessions = m_store.sessions();
    const QDate today = m_today();
    if (today != m_shownToday) {
        m_calendar->setToday(today);
        m_calendar->setSelectedDate(today);
        m_shownToday = today;
    }
    m_calendar->setPractisedDays(m_statistics.practisedDays(sessions));
    m_goal->setProgress(m_statistics.goalProgress(sessions, today, m_goalDays));
    m_change->showChange(m_statistics.painChange(sessions, today, m_days), m_days);
    m_painChart->setSessions(sessions, m_statistics, today, m_days);
    const int weeks = weeksShown(m_days);
    const QDate thisWeek = m_statistics.weekStart(today);
    m_minutesChart->setWeeks(
        m_statistics.minutesPerWeek(sessions, thisWeek.addDays(-7 * (weeks - 1)), today));
}

void HistoryView::showProblem(const HistoryProblem &problem)
{
    m_undoBar->showProblem(problem.message());
}

bool HistoryView::deleteSession(const QString &id)
{
    const Session *found = m_store.find(id);
    if (!found)
        return false;
    const Session session = *found;
    const HistoryStore::Result result = m_store.remove(id);
    if (!result.ok()) {
        showProblem(*result.problem);
        return false;
    }
    m_undo->push(
        new DeleteSessionCommand(m_store, session, tr("Delete session"),
                                 [this](const HistoryProblem &problem) { showProblem(problem); }));
    return true;
}

SessionDetailsDialog *HistoryView::openDetails(const QString &id)
{
    const Session *session = m_store.find(id);
    if (!session)
        return nullptr;
    auto *dialog = new SessionDetailsDialog(m_catalog, *session, QTimeZone::systemTimeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionDetailsDialog::deleteRequested, this, &HistoryView::deleteSession);
    dialog->open();
    return dialog;
}

QString HistoryView::currentId() const
{
    return m_list->currentIndex().data(SessionListModel::IdRole).toString();
}

void HistoryView::deleteCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        deleteSession(id);
}

void HistoryView::openCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        openDetails(id);
}

} // namespace limber
