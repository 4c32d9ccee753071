#pragma once

#include <QString>

namespace limber {

// "45 s", "2 min", "12 min 30 s": how durations read everywhere in the UI.
QString durationText(qint64 milliseconds);

} // namespace limber
