#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace limber {

class Settings;

// Practice history: the pain question before Start and the weekly goal.
class HistorySettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit HistorySettingsSection(Settings &settings, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void retranslateUi();

private:
    void refresh();

    Settings &m_settings;
    QFormLayout *m_form;
    QLabel *m_heading;
    QCheckBox *m_askPain;
    QSpinBox *m_goal;
};

} // namespace limber
