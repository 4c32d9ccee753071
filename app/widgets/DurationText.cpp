#include "widgets/DurationText.h"

#include <QCoreApplication>

namespace limber {

QString durationText(qint64 milliseconds)
{
    const qint64 totalSeconds = (milliseconds + 999) / 1000;
    const qint64 minutes = totalSeconds / 60;
    const qint64 seconds = totalSeconds % 60;
    if (minutes == 0)
        return QCoreApplication::translate("Duration", "%1 s").arg(seconds);
    if (seconds == 0)
        return QCoreApplication::translate("Duration", "%1 min").arg(minutes);
    return QCoreApplication::translate("Duration", "%1 min %2 s").arg(minutes).arg(seconds);
}

} // namespace limber
