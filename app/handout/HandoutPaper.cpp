#include "handout/HandoutPaper.h"

#include <QPrinterInfo>

namespace limber {

QPageSize paperForLocale(const QLocale &locale)
{
    const bool letter =
        locale.measurementSystem() == QLocale::ImperialUSSystem ||
        locale.territory() == QLocale::Canada || locale.territory() == QLocale::Mexico ||
        locale.territory() == QLocale::Philippines || locale.territory() == QLocale::Chile;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

QPageSize systemPaper()
{
    const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
    if (!printer.isNull() && printer.defaultPageSize().isValid())
        return printer.defaultPageSize();
    return paperForLocale(QLocale::system());
}

std::optional<QPageSize> paperFromKey(QStringView key)
{
    if (key.compare(u"a4", Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (key.compare(u"letter", Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

} // namespace limber
