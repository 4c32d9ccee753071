#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace limber {

class Catalog;
class HoldOverridesModel;
class HoldOverridesTable;
class Settings;

// How long things last: the hold every stretch gets, the gaps between them, the warm-up,
// and each stretch's own hold.
class TimingSettingsSection : public QWidget
{
    Q_OBJECT

public:
    TimingSettingsSection(Settings &settings, const Catalog &catalog, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    HoldOverridesTable *holdOverridesTable() const { return m_table; }
    // The page calls this when the language changes, before it lines the forms up again.
    void retranslateUi();
    // The per-stretch holds read the catalog again (the user's own stretches changed).
    void reloadStretches();

private:
    QWidget *buildHoldChoice();
    QWidget *buildWarmup();
    void connectControls();
    void refresh();

    Settings &m_settings;
    QFormLayout *m_form;
    QLabel *m_heading;
    QWidget *m_holdChoice;
    QRadioButton *m_recommendedHold;
    QRadioButton *m_sameHold;
    QSpinBox *m_defaultHold;
    QSpinBox *m_prepare;
    QSpinBox *m_rest;
    QSpinBox *m_switch;
    QWidget *m_warmupRow;
    QCheckBox *m_warmup;
    QSpinBox *m_warmupLength;
    QLabel *m_overridesHeading;
    QLabel *m_overridesCaption;
    HoldOverridesModel *m_model;
    HoldOverridesTable *m_table;
};

} // namespace limber
