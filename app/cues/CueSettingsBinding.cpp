#include "cues/CueSettingsBinding.h"

#include "cues/CueAnnouncer.h"
#include "storage/Settings.h"

namespace limber {

namespace {
void apply(const Settings &settings, CueAnnouncer &announcer)
{
    announcer.setSoundEnabled(settings.soundEnabled());
    announcer.setSoundVolume(settings.soundVolume() / 100.0);
    announcer.setTicksEnabled(settings.ticksEnabled());
    announcer.setVoiceEnabled(settings.voiceEnabled());
    announcer.setVoiceName(settings.voiceName());
    announcer.setSpeechRate(settings.speechRate() / 10.0);
}
} // namespace

void bindCueSettings(const Settings &settings, CueAnnouncer &announcer)
{
    apply(settings, announcer);
    QObject::connect(&settings, &Settings::cuesChanged, &announcer,
                     [&settings, &announcer] { apply(settings, announcer); });
}

} // namespace limber
