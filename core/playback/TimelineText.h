#pragma once

#include <QString>

namespace limber {

class Timeline;

// The machine-readable form printed by `limber --print-timeline`: a header line
// "start_ms<TAB>duration_ms<TAB>kind<TAB>stretch<TAB>side", one line per segment, and a last
// line "total<TAB>MS". Scripts rely on it, so it is never translated.
QString timelineToTsv(const Timeline &timeline);

} // namespace limber
