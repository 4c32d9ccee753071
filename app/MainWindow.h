#pragma once

#include "AppServices.h"
#include "Routine.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace limber {

class LibraryView;
class PlayerView;

// Hosts Limber's views behind a side bar (Ctrl+1, Ctrl+2, …); it holds no logic of its own
// beyond routing between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        Player,
        Library
    };

    MainWindow(AppServices services, const Routine &routine, QWidget *parent = nullptr);

    void showView(View view);
    View currentView() const;
    PlayerView *playerView() const { return m_player; }
    LibraryView *libraryView() const { return m_library; }
    void toggleFullScreen();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void playStretchAlone(const QString &stretchId);

    AppServices m_services;
    // The routine chosen at start; a stretch played alone from the library returns to it.
    Routine m_mainRoutine;
    QListWidget *m_navigation;
    QStackedWidget *m_views;
    PlayerView *m_player;
    LibraryView *m_library;
};

} // namespace limber
