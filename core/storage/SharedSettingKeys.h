#pragma once

#include "storage/Settings.h"

#include <optional>
#include <QString>
#include <QStringList>

class QSettings;

namespace limber {

class SharedValueStore;

// Which of Settings' values follow the person rather than the machine (the timings, the
// per-stretch holds and the weekly goal), what each may hold, and moving them from this
// machine's QSettings to the shared store once. Cues, voice, language, scheme, window,
// reminders and the device id stay in QSettings.
class SharedSettingKeys
{
public:
    struct Rule
    {
        enum class Kind
        {
            WholeNumber,
            Boolean
        };
        Kind kind;
        IntRange range; // for whole numbers
    };

    static const QString holdOverridePrefix; // "timing/hold_overrides/"

    // What key may hold; nothing when Settings does not share it.
    static std::optional<Rule> ruleFor(const QString &key);
    static bool isShared(const QString &key) { return ruleFor(key).has_value(); }
    // A hold override's key "timing/hold_overrides/<id>" names a stretch by id.
    static bool isHoldOverrideKey(const QString &key);
    // Ids become keys of their own, so they must not be able to make groups or odd file names.
    static bool isStretchId(const QString &id);

    // Moves every shared value found in store (hold overrides included) that shared does not
    // know yet into shared, as changed when store's file was last modified, and removes it
    // from store. A value shared already knows wins and is only removed from store; an
    // unreadable one is dropped with a warning (appended to warnings), as reading would.
    static void migrate(QSettings &store, SharedValueStore &shared, QStringList &warnings);
};

} // namespace limber
