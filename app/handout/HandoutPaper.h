#pragma once

#include <optional>
#include <QLocale>
#include <QPageSize>
#include <QStringView>

namespace limber {

// Letter where it is the custom paper (the United States, Canada and the others using US
// measures), A4 everywhere else.
QPageSize paperForLocale(const QLocale &locale);
// The default printer's paper when there is a printer, else the locale's.
QPageSize systemPaper();
// "a4" or "letter" (any case); nothing for anything else.
std::optional<QPageSize> paperFromKey(QStringView key);

} // namespace limber
