#pragma once

#include <QString>

class QCoreApplication;

namespace limber {

// Installs Limber's and Qt's translations for languageCode ("de", "es_ES"), or for the
// system's languages when it is empty. English needs none.
void installTranslations(QCoreApplication &application, const QString &languageCode);

} // namespace limber
