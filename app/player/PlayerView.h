#pragma once

#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "player/ItHurtsDialog.h"

#include <functional>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace limber {

class AnnouncementLabel;
class Catalog;
class HurtNotice;
class PainQuestionPage;
class PlayerAnnouncements;
class PlayerControlBar;
class PracticeJournal;
class PlayingPage;
class ReadyPage;
class RoutinePlayer;
class SessionRecorder;
class SummaryPage;

// Plays the selected routine: a ready page with a big Start button, the floor view while
// playing, and a summary at the end. Every figure shown comes from the player.
class PlayerView : public QWidget
{
    Q_OBJECT

public:
    // Asked before stopping; the default asks the person in a dialog.
    using StopConfirmer = std::function<bool(QWidget *parent)>;
    // Asked after "It hurts"; the default shows ItHurtsDialog.
    using ItHurtsChooser = std::function<ItHurtsDialog::Choice(QWidget *parent, const QString &)>;

    PlayerView(const Catalog &catalog, RoutinePlayer &player, SessionRecorder &recorder,
               QWidget *parent = nullptr);

    void setRoutine(const Routine &routine, const TimingPreferences &preferences);
    const Routine &routine() const { return m_routine; }
    // Renames the routine without touching what plays (the built-in routine's name follows
    // the language).
    void setRoutineName(const QString &name);
    // Keeps every session in the history; without one nothing is asked or kept.
    void setJournal(PracticeJournal *journal);
    // "How is your back right now?" before Start (needs a journal).
    void setAskPainBefore(bool ask) { m_askPainBefore = ask; }
    // Stretch id → when it last hurt, for the routine being played.
    void setHurtMarks(QHash<QString, QDateTime> marks);
    // Asks the pain question first when that is on, then plays.
    void start();
    // Plays at once, without the question (--start: the person asked for no stop on the way).
    void startNow();
    // Asks to stop (with confirmation) and returns whether it stopped.
    bool requestStop();
    void itHurts();

    // Full screen: everything scales up and the controls hide until the mouse moves.
    void setFloorMode(bool floorMode);
    bool isFloorMode() const { return m_floorMode; }
    bool areControlsVisible() const;
    void setCueStatus(const QString &message);
    void setControlsHideDelay(std::chrono::milliseconds delay)
    {
        m_hideControls.setInterval(delay);
    }
    void setMuted(bool muted);

    void setStopConfirmer(StopConfirmer confirmer) { m_confirmStop = std::move(confirmer); }
    void setItHurtsChooser(ItHurtsChooser chooser) { m_chooseAfterHurt = std::move(chooser); }

    PlayingPage *playingPage() const { return m_playing; }
    SummaryPage *summaryPage() const { return m_summary; }
    PainQuestionPage *painQuestionPage() const { return m_painPage; }
    HurtNotice *hurtNotice() const { return m_hurtNotice; }
    // The line a screen reader speaks at the moments that matter while playing.
    AnnouncementLabel *announcementLabel() const { return m_announcement; }
    PlayerAnnouncements *playerAnnouncements() const { return m_announcements; }
    QWidget *currentPage() const;

Q_SIGNALS:
    void fullScreenToggleRequested();
    void muteToggled(bool muted);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void setUpShortcuts();
    void onStateChanged();
    void onSegmentChanged(int index);
    void onPositionChanged();
    void revealControls();
    void leaveSummary();

    const Catalog &m_catalog;
    RoutinePlayer &m_player;
    SessionRecorder &m_recorder;
    Routine m_routine;
    TimingPreferences m_preferences;
    QStackedWidget *m_pages;
    ReadyPage *m_readyPage;
    PainQuestionPage *m_painPage;
    PlayingPage *m_playing;
    HurtNotice *m_hurtNotice;
    PlayerControlBar *m_controls;
    SummaryPage *m_summary;
    QLabel *m_cueStatus;
    PlayerAnnouncements *m_announcements;
    AnnouncementLabel *m_announcement;
    QTimer m_hideControls;
    bool m_floorMode = false;
    bool m_muted = false;
    bool m_wasActive = false;
    PracticeJournal *m_journal = nullptr;
    bool m_askPainBefore = false;
    StopConfirmer m_confirmStop;
    ItHurtsChooser m_chooseAfterHurt;
};

} // namespace limber
