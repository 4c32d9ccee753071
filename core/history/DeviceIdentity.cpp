#include "history/DeviceIdentity.h"

#include <QSettings>
#include <QSysInfo>
#include <QUuid>

namespace limber {

namespace {
const QString idKey = QStringLiteral("device/id");
}

QString DeviceIdentity::id(QSettings &localSettings)
{
    const QString stored = localSettings.value(idKey).toString();
    // The id names this device's history file: anything that could leave the folder or
    // collide with another device's file is replaced rather than trusted.
    if (!QUuid::fromString(stored).isNull())
        return stored;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    localSettings.setValue(idKey, made);
    localSettings.sync();
    return made;
}

QString DeviceIdentity::name()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("this device") : host;
}

} // namespace limber
