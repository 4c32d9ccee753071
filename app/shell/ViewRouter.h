#pragma once

#include "model/Routine.h"
#include "shell/AppServices.h"

#include <functional>
#include <QObject>

namespace limber {

struct DataFolderControl;
class HistoryView;
class LibraryView;
class MainWindow;
class PlayerView;
class PracticeJournal;
class RoutinesView;
class SettingsView;
class StretchActions;

// The composition root of the window: builds each view from the services, puts it into the
// MainWindow, and is the one place the views meet. What to play, what to add to a routine,
// which routine the Play view offers, files dropped on the window: the views only say what
// happened (signals), and this decides what follows.
class ViewRouter : public QObject
{
    Q_OBJECT

public:
    // The side-bar order; Ctrl+1 … Ctrl+5.
    enum View
    {
        Player,
        Routines,
        Library,
        Preferences,
        History
    };

    // routine is what the Play view offers first; routineId names it when it is built in or
    // stored (empty for a file given on the command line).
    ViewRouter(AppServices services, MainWindow &window, const Routine &routine,
               const QString &routineId = {});

    void showView(View view);
    View currentView() const;
    PlayerView *playerView() const { return m_player; }
    // Made on first use.
    RoutinesView *routinesView();
    LibraryView *libraryView();
    SettingsView *settingsView();
    HistoryView *historyView();
    PracticeJournal *journal() const { return m_journal; }

    // Makes routine the one the Play view offers (and remembers it when it has an id).
    void selectRoutine(const Routine &routine, const QString &routineId);
    const Routine &selectedRoutine() const { return m_mainRoutine; }
    // Plays routine at once (a reminder's Start now), unless one is already playing.
    void playNow(const Routine &routine, const QString &routineId = {});
    // Called with the settings view when it is made, for sections built outside the views.
    void setSettingsViewHook(std::function<void(SettingsView *)> hook);
    // Imports routine files (a drop on the window); returns how many were added.
    int importFiles(const QStringList &paths);
    // The user's own stretches as the Library's buttons reach them.
    StretchActions *stretchActions() const { return m_stretchActions; }
    // The catalog changed (a stretch of the user's added, edited or deleted): every view made
    // so far looks its stretches up again.
    void reloadStretches();

private:
    void addViews();
    void connectPlayer();
    void connectServices();
    RoutinesView *makeRoutinesView();
    LibraryView *makeLibraryView();
    SettingsView *makeSettingsView();
    HistoryView *makeHistoryView();
    void playStretchAlone(const QString &stretchId);
    void playRoutine(const Routine &routine, const QString &routineId);
    // Puts routine into the Play view, with what the history knows about it.
    void offerRoutine(const Routine &routine, const QString &routineId);
    void refreshHurtMarks();
    void refreshEditorHurtMarks();
    void refreshSelectedRoutine();
    // What the Settings view's data folder section shows and does.
    DataFolderControl dataFolderControl();
    void followSavedRoutine();
    void retranslateBuiltInRoutine();

    AppServices m_services;
    MainWindow &m_window;
    // The routine the Play view offers; a stretch played alone returns to it.
    Routine m_mainRoutine;
    QString m_mainRoutineId;
    // The routine in the Play view (the selected one, or one played alone).
    QString m_offeredRoutineId;
    PlayerView *m_player;
    PracticeJournal *m_journal;
    RoutinesView *m_routines = nullptr;
    LibraryView *m_library = nullptr;
    SettingsView *m_settings = nullptr;
    HistoryView *m_history = nullptr;
    StretchActions *m_stretchActions;
    std::function<void(SettingsView *)> m_settingsHook;
};

} // namespace limber
