#pragma once

#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <functional>
#include <optional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace limber {

class Catalog;

// How the selected step is played: its own hold or the recommended one, which sides, and
// how many times. Shows a hint instead while no step is selected.
class StepEditorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepEditorPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void setStep(const std::optional<RoutineStep> &step);
    std::optional<RoutineStep> step() const { return m_step; }
    // The recommended hold follows the user's settings.
    void setPreferences(const TimingPreferences &preferences);
    void setEditable(bool editable);

    QLabel *titleLabel() const { return m_title; }
    QCheckBox *customHoldBox() const { return m_customHold; }
    QSpinBox *holdSpin() const { return m_hold; }
    QLabel *recommendedLabel() const { return m_recommended; }
    QComboBox *sidesBox() const { return m_sides; }
    QSpinBox *repeatSpin() const { return m_repeat; }

Q_SIGNALS:
    void stepEdited(const limber::RoutineStep &step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStep();
    void edit(const std::function<void(RoutineStep &)> &change);
    int recommendedSeconds() const;

    const Catalog &m_catalog;
    std::optional<RoutineStep> m_step;
    TimingPreferences m_preferences;
    bool m_editable = true;
    QGroupBox *m_box;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    QLabel *m_title;
    QLabel *m_holdLabel;
    QLabel *m_sidesLabel;
    QLabel *m_repeatLabel;
    QCheckBox *m_customHold;
    QSpinBox *m_hold;
    QLabel *m_recommended;
    QComboBox *m_sides;
    QSpinBox *m_repeat;
};

} // namespace limber
