#pragma once

#include "model/TimingPreferences.h"

#include <algorithm>
#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace limber {

class SettingsValueReader;
class SharedValueStore;
struct RoutineFileError;

enum class ColorScheme
{
    System,
    Light,
    Dark
};

// One whole-number setting's allowed range and its default.
struct IntRange
{
    int minimum;
    int maximum;
    int defaultValue;

    bool contains(int value) const { return value >= minimum && value <= maximum; }
    int clamp(int value) const { return value < minimum ? minimum : std::min(value, maximum); }
};

// The user's preferences, kept in a QSettings store. Setters clamp to the allowed range, write
// through at once and signal only real changes. A stored value that is unreadable or out of
// range falls back to its default when read, with a warning (warnings()), and never stops the
// app: a hand-edited config file must not be able to break it.
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr IntRange holdRange{5, 600, 30};
    static constexpr IntRange prepareRange{0, 120, 5};
    static constexpr IntRange restRange{0, 120, 10};
    static constexpr IntRange switchRange{0, 120, 5};
    static constexpr IntRange warmupRange{10, 900, 120};
    static constexpr IntRange volumeRange{0, 100, 80};
    // Speaking rate in tenths, -10 (slowest) to 10 (fastest); 0 is the voice's normal pace.
    static constexpr IntRange speechRateRange{-10, 10, 0};
    // Days a week the person means to practise.
    static constexpr IntRange weeklyGoalRange{1, 7, 3};

    // Reads every value from store (which must outlive this object) once.
    explicit Settings(QSettings &store, QObject *parent = nullptr);

    // From now on the values that follow the person (the timings, the per-stretch holds and
    // the weekly goal) are read from and written to shared instead of the QSettings store;
    // the rest stay there. Those of store's values that shared does not know yet are moved
    // over (shared's own win); a change shared reports from another device is taken in and
    // signalled as a local one is. shared should have been read (loaded) first, so that what
    // other devices decided is known before anything is moved.
    void shareThrough(SharedValueStore &shared);

    // Timing. Without a default hold each stretch keeps its own recommended hold.
    std::optional<int> defaultHoldSeconds() const { return m_defaultHold; }
    void setDefaultHoldSeconds(std::optional<int> seconds);
    std::optional<int> holdOverride(const QString &stretchId) const;
    // Unset removes the override. Unknown ids are kept: the catalog checks them when used.
    void setHoldOverride(const QString &stretchId, std::optional<int> seconds);
    const QHash<QString, int> &holdOverrides() const { return m_holdOverrides; }
    int prepareSeconds() const { return m_prepare; }
    void setPrepareSeconds(int seconds);
    int restSeconds() const { return m_rest; }
    void setRestSeconds(int seconds);
    int switchSeconds() const { return m_switch; }
    void setSwitchSeconds(int seconds);
    bool warmupEnabled() const { return m_warmupEnabled; }
    void setWarmupEnabled(bool enabled);
    // The warm-up's length when it is on.
    int warmupSeconds() const { return m_warmup; }
    void setWarmupSeconds(int seconds);
    // What the timeline needs: everything above, the warm-up as 0 when it is off.
    TimingPreferences timing() const;

    // Cues.
    bool soundEnabled() const { return m_soundEnabled; }
    void setSoundEnabled(bool enabled);
    int soundVolume() const { return m_soundVolume; } // percent
    void setSoundVolume(int percent);
    bool ticksEnabled() const { return m_ticksEnabled; }
    void setTicksEnabled(bool enabled);
    bool voiceEnabled() const { return m_voiceEnabled; }
    void setVoiceEnabled(bool enabled);
    // The speech engine's voice name; empty lets Limber pick one for the language.
    QString voiceName() const { return m_voiceName; }
    void setVoiceName(const QString &name);
    int speechRate() const { return m_speechRate; }
    void setSpeechRate(int tenths);
    bool breathingPacerEnabled() const { return m_breathingPacer; }
    void setBreathingPacerEnabled(bool enabled);

    // History. The pain question before Start is on unless turned off.
    bool askPainBefore() const { return m_askPainBefore; }
    void setAskPainBefore(bool ask);
    int weeklyGoalDays() const { return m_weeklyGoal; }
    void setWeeklyGoalDays(int days);

    // Appearance.
    ColorScheme colorScheme() const { return m_colorScheme; }
    void setColorScheme(ColorScheme scheme);
    // Empty follows the system; otherwise one of supportedLanguages().
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    static QStringList supportedLanguages(); // "en", "de", "es", "fr", "it", "pt_BR", "ar"

    // What the routine view plays: a built-in routine id or a saved routine's id.
    QString selectedRoutine() const { return m_selectedRoutine; }
    void setSelectedRoutine(const QString &id);

    // Every setting back to its default, overrides cleared and warnings() emptied (the window
    // geometry and the selected routine are kept).
    void resetToDefaults();

    // One line per stored value that could not be used, naming the key, the value and why.
    const QStringList &warnings() const { return m_warnings; }

Q_SIGNALS:
    void timingChanged();
    void cuesChanged();
    void historyChanged();
    void colorSchemeChanged(limber::ColorScheme scheme);
    void languageChanged(const QString &code);
    void selectedRoutineChanged(const QString &id);
    // A shared value could not be written ("FILE: reason"); it holds for this run only.
    void sharedWriteFailed(const QString &message);

private:
    void load();
    // load(), then the signals for whatever it changed.
    void reloadAndSignal();
    // Where each key's value lives: the shared store for shared keys once sharing.
    std::optional<QVariant> storedValue(const QString &key) const;
    void put(const QString &key, const QVariant &value);
    void drop(const QString &key);
    void reportSharedWrite(const std::optional<RoutineFileError> &error);
    void loadHoldOverrides(SettingsValueReader &stored);
    // Each writes through even when nothing changes (so a bad stored value is replaced) and
    // signals (or returns) whether the member changed.
    void writeInt(const QString &key, int &member, int value, IntRange range,
                  void (Settings::*changed)());
    void writeBool(const QString &key, bool &member, bool value, void (Settings::*changed)());
    bool writeText(const QString &key, QString &member, const QString &value);

    QSettings &m_store;
    QPointer<SharedValueStore> m_shared;
    QStringList m_warnings;
    std::optional<int> m_defaultHold;
    QHash<QString, int> m_holdOverrides;
    int m_prepare = prepareRange.defaultValue;
    int m_rest = restRange.defaultValue;
    int m_switch = switchRange.defaultValue;
    bool m_warmupEnabled = true;
    int m_warmup = warmupRange.defaultValue;
    bool m_soundEnabled = true;
    int m_soundVolume = volumeRange.defaultValue;
    bool m_ticksEnabled = true;
    bool m_voiceEnabled = true;
    QString m_voiceName;
    int m_speechRate = speechRateRange.defaultValue;
    bool m_breathingPacer = true;
    bool m_askPainBefore = true;
    int m_weeklyGoal = weeklyGoalRange.defaultValue;
    ColorScheme m_colorScheme = ColorScheme::System;
    QString m_language;
    QString m_selectedRoutine;
};

} // namespace limber
