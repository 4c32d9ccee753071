#pragma once

namespace limber {

class CueAnnouncer;
class Settings;

// Keeps the announcer in step with the cue settings: applies them now and whenever they
// change, so a change in the settings pane is heard at the next cue.
void bindCueSettings(const Settings &settings, CueAnnouncer &announcer);

} // namespace limber
