#pragma once

#include <QMainWindow>

namespace limber {

class Catalog;
class RoutineOverview;
struct Routine;
struct TimingPreferences;

// Hosts Limber's views; it holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Catalog &catalog, const Routine &routine, const TimingPreferences &preferences,
               QWidget *parent = nullptr);

private:
    RoutineOverview *m_overview;
};

} // namespace limber
