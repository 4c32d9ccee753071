#pragma once

#include <QWidget>

class QPushButton;

namespace limber {

class Catalog;
class RoutineOverview;
struct Routine;
struct TimingPreferences;

// Before playing: the routine's overview, a big Start button, and the handout's Save as PDF
// and Print out of the keyboard's way.
class ReadyPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReadyPage(const Catalog &catalog, QWidget *parent = nullptr);

    // canStart: the routine has something to play.
    void showRoutine(const Routine &routine, const TimingPreferences &preferences, bool canStart);
    void setRoutineName(const QString &name);

Q_SIGNALS:
    void startClicked();
    void savePdfClicked();
    void printClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RoutineOverview *m_overview;
    QPushButton *m_start;
    QPushButton *m_savePdf;
    QPushButton *m_print;
};

} // namespace limber
