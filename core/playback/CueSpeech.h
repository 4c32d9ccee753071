#pragma once

#include <QLocale>
#include <QString>

namespace limber {

class Catalog;
class Timeline;
struct Cue;

// What the voice says, kept apart from any audio so the wording can be tested and translated
// (context "CueSpeech"). An empty string means "say nothing": countdowns are ticks, not words.

// The words for a cue the player reached.
QString spokenTextFor(const Cue &cue, const Timeline &timeline, const Catalog &catalog);

// The words for entering a segment. Only the warm-up and the gaps that lead into a stretch
// (prepare, rest) speak here; holds, flows and switches are announced by their cues, so
// nothing is said twice.
QString spokenTextForSegmentStart(int segmentIndex, const Timeline &timeline,
                                  const Catalog &catalog);

// The language the cues are spoken in: the UI language when Limber has been translated into
// it, else English, the language of the untranslated texts. A German voice reading English
// text would be harder to follow than an English one.
QLocale spokenLanguage();

// Halfway is worth a word only when the hold is long enough for the person to wonder.
inline constexpr qint64 halfwaySpokenFromMs = 20'000;

} // namespace limber
