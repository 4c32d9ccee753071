#include "shell/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace limber {

namespace {
const QString catalogueDirectory = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("limber_");

// Qt takes the layout direction from this string's translation in each catalogue ("RTL" in
// Arabic, "LTR" elsewhere), and re-reads it whenever the catalogues change. Listed here so that
// lupdate keeps it, with the explanation Qt's own lookup uses.
[[maybe_unused]] constexpr const char *const layoutDirectionKey[] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

// The catalogue for a language: the one for its country when there is one ("pt_BR"), else the
// one for the language ("de" for de_AT), else one for another country of the language (pt_BR
// for pt_PT); empty when Limber does not speak it.
QString catalogueFor(const QLocale &locale, const QStringList &available)
{
    if (available.contains(locale.name()))
        return locale.name();
    const QString language = QLocale::languageToCode(locale.language());
    if (available.contains(language))
        return language;
    for (const QString &code : available) {
        if (QLocale(code).language() == locale.language())
            return code;
    }
    return {};
}

// The first of the system's languages that Limber speaks; English when none is.
QLocale systemChoice()
{
    const QStringList available = Translations::available();
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale candidate(name);
        if (!catalogueFor(candidate, available).isEmpty())
            return candidate;
    }
    return QLocale(QLocale::English);
}
} // namespace

Translations::~Translations()
{
    removeInstalled();
}

QStringList Translations::available()
{
    QStringList codes;
    const QStringList files =
        QDir(catalogueDirectory)
            .entryList({cataloguePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(cataloguePrefix.size()).chopped(3));
    return codes;
}

void Translations::switchTo(const QString &languageCode)
{
    removeInstalled();
    const QLocale wanted = languageCode.isEmpty() ? systemChoice() : QLocale(languageCode);
    QString catalogue = catalogueFor(wanted, available());
    m_locale = catalogue.isEmpty() ? QLocale(QLocale::English) : wanted;
    if (catalogue.isEmpty())
        catalogue = QStringLiteral("en");
    QLocale::setDefault(m_locale);

    if (m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // English is the source language, but its plural forms ("1 stretch", "2 stretches") live
    // in a catalogue too.
    if (m_limber.load(cataloguePrefix + catalogue, catalogueDirectory))
        QCoreApplication::installTranslator(&m_limber);
    m_catalogue = catalogue;
    m_installed = true;
}

void Translations::removeInstalled()
{
    if (!m_installed || !QCoreApplication::instance())
        return;
    QCoreApplication::removeTranslator(&m_limber);
    QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
}

} // namespace limber
