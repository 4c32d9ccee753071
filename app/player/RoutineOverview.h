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
    // Only the name changes, e.g. the built-in routine's after the language did.
    void setRoutineName(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showLength();

    const Catalog &m_catalog;
    QLabel *m_title;
    QLabel *m_summary;
    QListView *m_steps;
    RoutineStepListModel *m_model;
    int m_stretchCount = 0;
    qint64 m_totalMs = 0;
};

} // namespace limber
