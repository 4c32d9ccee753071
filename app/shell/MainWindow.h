#pragma once

#include "model/Routine.h"
#include "shell/AppServices.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace limber {

class LibraryView;
class PlayerView;
class RoutinesView;
class SettingsView;

// Hosts Limber's views behind a side bar (Ctrl+1 … Ctrl+4) and routes between them: what to
// play, what to add to a routine, files dropped onto the window. The views do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        Player,
        Routines,
        Library,
        Preferences
    };

    // routine is what the Play view offers first; routineId names it when it is built in or
    // stored (empty for a file given on the command line).
    MainWindow(AppServices services, const Routine &routine, const QString &routineId = {},
               QWidget *parent = nullptr);

    void showView(View view);
    View currentView() const;
    PlayerView *playerView() const { return m_player; }
    // Made on first use.
    RoutinesView *routinesView();
    LibraryView *libraryView();
    SettingsView *settingsView();
    void toggleFullScreen();

    // Makes routine the one the Play view offers (and remembers it when it has an id).
    void selectRoutine(const Routine &routine, const QString &routineId);
    const Routine &selectedRoutine() const { return m_mainRoutine; }
    // Imports routine files (a drop on the window); returns how many were added.
    int importFiles(const QStringList &paths);
    // Problems found at start-up (files moved aside, settings that fell back), shown once
    // without blocking: the person may be on the floor, waiting for the routine.
    void reportStartupProblems(const QStringList &problems);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpNavigation();
    void connectViews();
    void retranslateUi();
    void replacePlaceholder(View view, QWidget *widget);
    void playStretchAlone(const QString &stretchId);
    void playRoutine(const Routine &routine);
    void refreshSelectedRoutine();

    AppServices m_services;
    // The routine the Play view offers; a stretch played alone returns to it.
    Routine m_mainRoutine;
    QString m_mainRoutineId;
    QListWidget *m_navigation;
    QStackedWidget *m_views;
    PlayerView *m_player;
    RoutinesView *m_routines = nullptr;
    LibraryView *m_library = nullptr;
    SettingsView *m_settings = nullptr;
};

} // namespace limber
