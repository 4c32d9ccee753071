#pragma once

#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <array>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace limber {

// The routine's own gaps and warm-up. Each either follows the user's settings ("Use my
// settings (5 s)") or is fixed for this routine, so a routine from a therapist plays as they
// meant it whatever the settings are.
class RoutineTimingPanel : public QWidget
{
    Q_OBJECT

public:
    enum Field
    {
        Prepare,
        Rest,
        Switch,
        Warmup,
    };
    static constexpr int fieldCount = 4;

    explicit RoutineTimingPanel(QWidget *parent = nullptr);

    // Shows the routine's timings; the other fields of routine are ignored.
    void setRoutine(const Routine &routine);
    // Writes the timings shown into routine.
    void applyTo(Routine &routine) const;
    void setPreferences(const TimingPreferences &preferences);
    void setEditable(bool editable);

    QCheckBox *followsSettingsBox(Field field) const { return m_rows.at(field).follows; }
    QSpinBox *secondsSpin(Field field) const { return m_rows.at(field).seconds; }

Q_SIGNALS:
    void timingsEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QCheckBox *follows = nullptr;
        QSpinBox *seconds = nullptr;
        std::optional<int> value;
    };

    void retranslateUi();
    int preferred(Field field) const;
    void showRows();

    QGroupBox *m_box;
    std::array<Row, fieldCount> m_rows;
    TimingPreferences m_preferences;
    bool m_editable = true;
};

} // namespace limber
