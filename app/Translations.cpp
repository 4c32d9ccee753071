#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace limber {

void installTranslations(QCoreApplication &application, const QString &languageCode)
{
    const QLocale locale = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    if (!languageCode.isEmpty())
        QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // English is the source language, but its plural forms ("1 stretch", "2 stretches") live
    // in a catalogue too, so a language Limber lacks falls back to it.
    auto *limberTranslator = new QTranslator(&application);
    const QString directory = QStringLiteral(":/i18n");
    if (limberTranslator->load(locale, QStringLiteral("limber"), QStringLiteral("_"), directory) ||
        limberTranslator->load(QStringLiteral("limber_en"), directory))
        QCoreApplication::installTranslator(limberTranslator);
}

} // namespace limber
