#include "player/PlayerView.h"

#include "handout/HandoutActions.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "playback/Timeline.h"
#include "player/AnnouncementLabel.h"
#include "player/HurtNotice.h"
#include "player/PainQuestionPage.h"
#include "player/PlayerAnnouncements.h"
#include "player/PlayerControlBar.h"
#include "player/PlayerPrompts.h"
#include "player/PlayingPage.h"
#include "player/PracticeJournal.h"
#include "player/ReadyPage.h"
#include "player/SummaryPage.h"
#include "widgets/KeyBindings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <utility>

namespace limber {

namespace {
constexpr int controlsHideDelayMs = 3000;

} // namespace

PlayerView::PlayerView(const Catalog &catalog, RoutinePlayer &player, SessionRecorder &recorder,
                       QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_player(player)
    , m_recorder(recorder)
    , m_pages(new QStackedWidget(this))
    , m_readyPage(new ReadyPage(catalog, this))
    , m_painPage(new PainQuestionPage(this))
    , m_playing(new PlayingPage(catalog, this))
    , m_hurtNotice(new HurtNotice(catalog, player, this))
    , m_controls(new PlayerControlBar(this))
    , m_summary(new SummaryPage(this))
    , m_cueStatus(new QLabel(this))
    , m_announcements(new PlayerAnnouncements(catalog, player, this))
    , m_announcement(new AnnouncementLabel(this))
    , m_confirmStop(askToStop)
    , m_chooseAfterHurt(askAfterHurt)
{
    // Holds the focus for the player's keys but is no Tab stop: it has nothing to show focus on.
    setFocusPolicy(Qt::ClickFocus);
    auto *playingPanel = new QWidget(this);
    auto *playingLayout = new QVBoxLayout(playingPanel);
    playingLayout->setContentsMargins(0, 0, 0, 0);
    playingLayout->setSpacing(0);
    playingLayout->addWidget(m_hurtNotice);
    playingLayout->addWidget(m_playing, 1);
    playingLayout->addWidget(m_controls);

    m_pages->addWidget(m_readyPage);
    m_pages->addWidget(playingPanel);
    m_pages->addWidget(m_summary);
    m_pages->addWidget(m_painPage);

    m_cueStatus->setWordWrap(true);
    m_cueStatus->setForegroundRole(QPalette::PlaceholderText);
    m_cueStatus->setContentsMargins(24, 0, 24, 4);
    m_cueStatus->hide();
    // Always shown (empty before playing): only a visible widget is in the accessible tree.
    m_announcement->setForegroundRole(QPalette::PlaceholderText);
    m_announcement->setContentsMargins(24, 2, 24, 2);
    connect(m_announcements, &PlayerAnnouncements::announced, m_announcement,
            &AnnouncementLabel::announce);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_announcement);
    layout->addWidget(m_cueStatus);

    m_hideControls.setSingleShot(true);
    m_hideControls.setInterval(controlsHideDelayMs);
    connect(&m_hideControls, &QTimer::timeout, this, [this] {
        if (m_floorMode && m_player.state() == RoutinePlayer::State::Running) {
            // The focus must not stay on a button nobody can see.
            if (m_controls->isAncestorOf(QApplication::focusWidget()))
                setFocus();
            m_controls->hide();
        }
    });

    connect(m_readyPage, &ReadyPage::startClicked, this, &PlayerView::start);
    connect(m_readyPage, &ReadyPage::savePdfClicked, this,
            [this] { HandoutActions::saveAsPdf(this, m_routine, m_preferences, m_catalog); });
    connect(m_readyPage, &ReadyPage::printClicked, this,
            [this] { HandoutActions::print(this, m_routine, m_preferences, m_catalog); });
    connect(m_controls, &PlayerControlBar::playPauseClicked, &m_player,
            &RoutinePlayer::togglePause);
    connect(m_controls, &PlayerControlBar::previousClicked, &m_player, &RoutinePlayer::previous);
    connect(m_controls, &PlayerControlBar::nextClicked, &m_player, &RoutinePlayer::next);
    connect(m_controls, &PlayerControlBar::extendClicked, this,
            [this] { m_player.extendCurrent(); });
    connect(m_controls, &PlayerControlBar::stopClicked, this, &PlayerView::requestStop);
    connect(m_controls, &PlayerControlBar::itHurtsClicked, this, &PlayerView::itHurts);
    connect(m_controls, &PlayerControlBar::muteToggled, this, &PlayerView::setMuted);
    connect(m_controls, &PlayerControlBar::fullScreenClicked, this,
            &PlayerView::fullScreenToggleRequested);
    connect(m_summary, &SummaryPage::playAgainClicked, this, &PlayerView::start);
    connect(m_summary, &SummaryPage::doneClicked, this, &PlayerView::leaveSummary);
    connect(m_painPage, &PainQuestionPage::answered, this, [this](std::optional<int> pain) {
        if (m_journal)
            m_journal->setPainBefore(pain);
        startNow();
    });

    connect(&m_player, &RoutinePlayer::stateChanged, this, &PlayerView::onStateChanged);
    connect(&m_player, &RoutinePlayer::segmentChanged, this, &PlayerView::onSegmentChanged);
    connect(&m_player, &RoutinePlayer::positionChanged, this, &PlayerView::onPositionChanged);
    connect(&m_player, &RoutinePlayer::timelineChanged, this, &PlayerView::onPositionChanged);
    setUpShortcuts();
    retranslateUi();
    onStateChanged();
}

void PlayerView::retranslateUi()
{
    // The view itself takes the keyboard (its keys work wherever the person is).
    setAccessibleName(tr("Player"));
    m_cueStatus->setAccessibleDescription(tr("Sound and voice status"));
    // Re-worded, not said again: nothing happened in the routine.
    m_announcement->setText(m_announcements->lastAnnouncement());
}

void PlayerView::setUpShortcuts()
{
    const auto bind = [this](KeyCommand command, auto slot) {
        KeyBindings::bind(this, command, Qt::WidgetWithChildrenShortcut, slot);
    };
    bind(KeyCommand::PlayPause, [this] {
        // A button reached with Tab is pressed by Space, as everywhere else; the shortcut
        // would otherwise take the key from it.
        auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
        if (button && isAncestorOf(button)) {
            button->click();
            return;
        }
        // From the start page or the summary, Space starts as the Start button does: with the
        // pain question first when that is on.
        if (m_pages->currentWidget() == m_painPage)
            return;
        const RoutinePlayer::State state = m_player.state();
        if (state == RoutinePlayer::State::Idle || state == RoutinePlayer::State::Finished)
            start();
        else
            m_player.togglePause();
    });
    bind(KeyCommand::NextStep, [this] { m_player.next(); });
    bind(KeyCommand::PreviousStep, [this] { m_player.previous(); });
    bind(KeyCommand::ExtendHold, [this] { m_player.extendCurrent(); });
    bind(KeyCommand::StopOrBack, [this] {
        if (m_pages->currentWidget() == m_painPage)
            Q_EMIT m_painPage->answered(std::nullopt);
        else if (m_pages->currentWidget() == m_summary)
            leaveSummary();
        else
            requestStop();
    });
    bind(KeyCommand::FullScreen, [this] { Q_EMIT fullScreenToggleRequested(); });
    bind(KeyCommand::ItHurts, [this] { itHurts(); });
    bind(KeyCommand::Mute, [this] { setMuted(!m_muted); });
}

void PlayerView::setRoutine(const Routine &routine, const TimingPreferences &preferences)
{
    m_routine = routine;
    m_preferences = preferences;
    m_player.setTimeline(Timeline::build(routine, preferences, m_catalog));
    m_readyPage->showRoutine(routine, preferences, !m_player.timeline().isEmpty());
    // A stopped session's summary stays until the person leaves it, even when the Play view
    // goes back to the selected routine underneath.
    if (m_pages->currentWidget() != m_summary)
        m_pages->setCurrentWidget(m_readyPage);
}

void PlayerView::setRoutineName(const QString &name)
{
    m_routine.name = name;
    m_readyPage->setRoutineName(name);
}

void PlayerView::setJournal(PracticeJournal *journal)
{
    m_journal = journal;
    m_summary->followJournal(journal);
}

void PlayerView::setHurtMarks(QHash<QString, QDateTime> marks)
{
    m_hurtNotice->setMarks(std::move(marks));
}

void PlayerView::start()
{
    if (m_journal && m_askPainBefore && !m_player.timeline().isEmpty()) {
        m_pages->setCurrentWidget(m_painPage);
        m_painPage->ask();
        return;
    }
    startNow();
}

void PlayerView::startNow()
{
    m_player.start();
    setFocus();
}

void PlayerView::leaveSummary()
{
    if (m_player.state() == RoutinePlayer::State::Finished)
        m_player.stop();
    else
        m_pages->setCurrentWidget(m_readyPage);
}

bool PlayerView::requestStop()
{
    const RoutinePlayer::State state = m_player.state();
    if (state != RoutinePlayer::State::Running && state != RoutinePlayer::State::Paused)
        return false;
    const bool wasRunning = state == RoutinePlayer::State::Running;
    m_player.pause(); // nothing moves on while the question is open
    if (m_confirmStop(this)) {
        m_player.stop();
        return true;
    }
    if (wasRunning)
        m_player.resume();
    return false;
}

void PlayerView::itHurts()
{
    const RoutinePlayer::State state = m_player.state();
    if (state != RoutinePlayer::State::Running && state != RoutinePlayer::State::Paused)
        return;
    m_player.pause();
    m_recorder.noteItHurts();
    const Segment *segment = m_player.currentSegment();
    const Stretch *stretch = segment ? m_catalog.find(segment->stretchId) : nullptr;
    switch (m_chooseAfterHurt(this, stretch ? stretch->name() : tr("this stretch"))) {
    case ItHurtsDialog::SkipStretch:
        m_player.next();
        // After skipping, rest or get ready for what comes next before going on.
        if (m_player.state() == RoutinePlayer::State::Paused)
            m_player.resume();
        break;
    case ItHurtsDialog::EndRoutine:
        m_player.stop();
        break;
    case ItHurtsDialog::Continue:
        m_player.resume();
        break;
    }
}

void PlayerView::setFloorMode(bool floorMode)
{
    if (floorMode == m_floorMode)
        return;
    m_floorMode = floorMode;
    // Mouse movement anywhere reveals the controls, but only matters in the floor view.
    if (floorMode) {
        qApp->installEventFilter(this);
        revealControls();
    } else {
        qApp->removeEventFilter(this);
        m_hideControls.stop();
        m_controls->show();
    }
}

bool PlayerView::areControlsVisible() const
{
    return m_controls->isVisible();
}

void PlayerView::setCueStatus(const QString &message)
{
    m_cueStatus->setText(message);
    m_cueStatus->setVisible(!message.isEmpty());
}

void PlayerView::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    m_controls->setMuted(muted);
    Q_EMIT muteToggled(muted);
}

QWidget *PlayerView::currentPage() const
{
    return m_pages->currentWidget();
}

void PlayerView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The player's keys work from the start; but someone walking the side bar with the
    // arrows keeps the focus there.
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !focus->isVisible() || focus->window() != window())
        setFocus();
}

void PlayerView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

bool PlayerView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove)
        revealControls();
    return QWidget::eventFilter(watched, event);
}

void PlayerView::revealControls()
{
    m_controls->show();
    if (m_floorMode && m_player.state() == RoutinePlayer::State::Running)
        m_hideControls.start();
    else
        m_hideControls.stop();
}

void PlayerView::onStateChanged()
{
    const RoutinePlayer::State state = m_player.state();
    const bool running = state == RoutinePlayer::State::Running;
    m_controls->setPlaying(running);
    m_playing->setRunning(running);
    const bool wasActive = std::exchange(m_wasActive, state == RoutinePlayer::State::Running ||
                                                          state == RoutinePlayer::State::Paused);
    switch (state) {
    case RoutinePlayer::State::Idle:
        // A session stopped after holding something ends on its summary too: there is
        // something to rate and keep.
        if (wasActive && m_recorder.heldAnything()) {
            m_summary->showSummary(m_recorder.summary(), false);
            m_pages->setCurrentWidget(m_summary);
        } else if (m_pages->currentWidget() != m_painPage) {
            m_pages->setCurrentWidget(m_readyPage);
        }
        break;
    case RoutinePlayer::State::Running:
    case RoutinePlayer::State::Paused:
        m_pages->setCurrentIndex(1);
        break;
    case RoutinePlayer::State::Finished:
        m_summary->showSummary(m_recorder.summary());
        m_pages->setCurrentWidget(m_summary);
        break;
    }
    revealControls();
}

void PlayerView::onSegmentChanged(int index)
{
    const QList<Segment> &segments = m_player.timeline().segments();
    if (index < 0 || index >= segments.size())
        return;
    const Segment &segment = segments.at(index);
    m_playing->showSegment(segment, segment.stretchOrdinal + 1, m_player.timeline().stretchCount());
    onPositionChanged();
}

void PlayerView::onPositionChanged()
{
    const Segment *segment = m_player.currentSegment();
    if (!segment)
        return;
    m_playing->showTimes(m_player.segmentRemainingMs(), segment->durationMs,
                         m_player.remainingMs());
}

} // namespace limber
