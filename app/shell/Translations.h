#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace limber {

// Limber's and Qt's own translations for one language at a time. Switching at runtime removes
// the previous catalogues and installs the new ones, upon which Qt sends every widget a
// LanguageChange event and the views put up their texts again.
class Translations
{
public:
    Translations() = default;
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;
    ~Translations();

    // languageCode: "de", "es_ES", "pt_BR", …; empty follows the system's languages. A language
    // Limber has no catalogue for falls back to English.
    void switchTo(const QString &languageCode);
    // The language the texts are now in, for number formats and the voice.
    QLocale locale() const { return m_locale; }
    // The catalogue in use ("de", "pt_BR", "en").
    QString catalogue() const { return m_catalogue; }

    // The languages with a catalogue of their own, as codes ("de", "en", "pt_BR").
    static QStringList available();

private:
    void removeInstalled();

    QTranslator m_qt;
    QTranslator m_limber;
    QLocale m_locale;
    QString m_catalogue;
    bool m_installed = false;
};

} // namespace limber
