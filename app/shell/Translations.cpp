#include "shell/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace limber {

namespace {
const QString catalogueDirectory = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("limber_");

// The first of the system's languages that Limber speaks; English when none is.
QLocale systemChoice()
{
    const QStringList available = Translations::available();
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale candidate(name);
        if (available.contains(QLocale::languageToCode(candidate.language())))
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
    const bool known = available().contains(QLocale::languageToCode(wanted.language()));
    m_locale = known ? wanted : QLocale(QLocale::English);
    QLocale::setDefault(m_locale);

    if (m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // English is the source language, but its plural forms ("1 stretch", "2 stretches") live
    // in a catalogue too.
    if (m_limber.load(m_locale, QStringLiteral("limber"), QStringLiteral("_"), catalogueDirectory))
        QCoreApplication::installTranslator(&m_limber);
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
