#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace limber {

class Settings;

// The theme and the language.
class AppearanceSettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit AppearanceSettingsSection(Settings &settings, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    // The page calls this when the language changes, before it lines the forms up again.
    void retranslateUi();

private:
    QWidget *buildTheme();
    void refresh();

    Settings &m_settings;
    QFormLayout *m_form;
    QLabel *m_heading;
    QWidget *m_themeRow;
    QButtonGroup *m_theme;
    QComboBox *m_language;

public:
    QComboBox *languageBox() const { return m_language; }
};

} // namespace limber
