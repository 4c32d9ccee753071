#include "widgets/DayText.h"

#include <QCoreApplication>
#include <QLocale>

namespace limber {

QString shortDayText(QDate date)
{
    //: A recent day in a sentence, "Tue 1 Dec" (QDate format: ddd weekday, MMM month)
    return QLocale().toString(date, QCoreApplication::translate("DayText", "ddd d MMM"));
}

} // namespace limber
