#include "settings/AppearanceSettingsSection.h"

#include "settings/SettingsForm.h"
#include "storage/Settings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

namespace limber {

namespace {
// Each language by its own name, so that someone who cannot read the current language can
// still find theirs. Never translated.
QString nativeLanguageName(const QString &code)
{
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"it")
        return QStringLiteral("Italiano");
    if (code == u"pt_BR")
        return QStringLiteral("Português (Brasil)");
    if (code == u"ar")
        return QStringLiteral("العربية");
    return code;
}
} // namespace

AppearanceSettingsSection::AppearanceSettingsSection(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_form(createSettingsForm())
    , m_heading(createSectionHeading(this))
    , m_theme(new QButtonGroup(this))
{
    m_themeRow = buildTheme();
    addFormRow(m_form, m_themeRow);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    for (const QString &code : Settings::supportedLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    addFormRow(m_form, m_language);

    createSectionLayout(this, m_heading, m_form);

    retranslateUi();
    connect(m_theme, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_settings.setColorScheme(ColorScheme(id));
    });
    onDataChosen(m_language, this, [this](const QString &code) { m_settings.setLanguage(code); });
    connect(&m_settings, &Settings::colorSchemeChanged, this, &AppearanceSettingsSection::refresh);
    connect(&m_settings, &Settings::languageChanged, this, &AppearanceSettingsSection::refresh);
    refresh();
}

QWidget *AppearanceSettingsSection::buildTheme()
{
    auto *row = new QWidget(this);
    QList<QWidget *> buttons;
    const std::pair<ColorScheme, QString> choices[] = {
        {ColorScheme::System, QStringLiteral("themeSystem")},
        {ColorScheme::Light, QStringLiteral("themeLight")},
        {ColorScheme::Dark, QStringLiteral("themeDark")},
    };
    for (const auto &[scheme, name] : choices) {
        auto *button = new QRadioButton(row);
        button->setObjectName(name);
        m_theme->addButton(button, int(scheme));
        buttons.append(button);
    }
    layOutRow(row, 18, buttons);
    return row;
}

void AppearanceSettingsSection::retranslateUi()
{
    m_heading->setText(tr("Appearance"));
    setRowLabel(m_form, m_themeRow, tr("Theme:"));
    const std::pair<ColorScheme, QString> themes[] = {
        {ColorScheme::System, tr("Follow the system")},
        {ColorScheme::Light, tr("Light")},
        {ColorScheme::Dark, tr("Dark")},
    };
    for (const auto &[scheme, text] : themes) {
        QAbstractButton *button = m_theme->button(int(scheme));
        button->setText(text);
        button->setAccessibleName(tr("Theme: %1").arg(text));
    }
    setRowLabel(m_form, m_language, tr("Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("Same as the system"));
}

void AppearanceSettingsSection::refresh()
{
    // The group reports its buttons' toggles itself, past the button's own blocker.
    const QSignalBlocker blocker(m_theme);
    if (QAbstractButton *button = m_theme->button(int(m_settings.colorScheme())))
        showChecked(button, true);
    showData(m_language, m_settings.language());
}

} // namespace limber
