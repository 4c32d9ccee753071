#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace limber {

class Catalog;
class RoutineStepListModel;
struct Routine;
struct TimingPreferences;

// The selected routine at a glance: its name, length and stretches in order.
class RoutineOverview : public QWidget
{
    Q_OBJECT

public:
    explicit RoutineOverview(const Catalog &catalog, QWidget *parent = nullptr);

    void showRoutine(const Routine &routine, const TimingPreferences &preferences);

private:
    const Catalog &m_catalog;
    QLabel *m_title;
    QLabel *m_summary;
    QListView *m_steps;
    RoutineStepListModel *m_model;
};

} // namespace limber
