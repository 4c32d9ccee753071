#pragma once

#include <QString>

class QSettings;

namespace limber {

// Which device this is, for the history file it writes. The id is made once and kept in the
// local settings, which are never synced; the name is the host name.
class DeviceIdentity
{
public:
    static QString id(QSettings &localSettings);
    static QString name();
};

} // namespace limber
