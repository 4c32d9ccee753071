#include "storage/Settings.h"

#include "storage/SettingsValueReader.h"
#include "storage/SharedSettingKeys.h"
#include "storage/SharedValueStore.h"

#include <QSettings>
#include <QtDebug>
#include <tuple>
#include <utility>

namespace limber {

namespace {
namespace key {
const QString defaultHold = QStringLiteral("timing/default_hold");
const QString holdOverrides = QStringLiteral("timing/hold_overrides");
const QString prepare = QStringLiteral("timing/prepare");
const QString rest = QStringLiteral("timing/rest");
const QString switchGap = QStringLiteral("timing/switch");
const QString warmupEnabled = QStringLiteral("timing/warmup_enabled");
const QString warmup = QStringLiteral("timing/warmup");
const QString sound = QStringLiteral("cues/sound");
const QString volume = QStringLiteral("cues/volume");
const QString ticks = QStringLiteral("cues/ticks");
const QString voice = QStringLiteral("cues/voice");
const QString voiceName = QStringLiteral("cues/voice_name");
const QString speechRate = QStringLiteral("cues/speech_rate");
const QString breathingPacer = QStringLiteral("cues/breathing_pacer");
const QString askPainBefore = QStringLiteral("history/ask_pain_before");
const QString weeklyGoal = QStringLiteral("history/weekly_goal_days");
const QString scheme = QStringLiteral("appearance/scheme");
const QString language = QStringLiteral("appearance/language");
const QString selectedRoutine = QStringLiteral("routines/selected");

QString holdOverride(const QString &stretchId)
{
    return holdOverrides + u'/' + stretchId;
}
} // namespace key

// The warm-up, every cue and the breathing pacer start on: a first routine should show and
// sound like everything Limber can do.
constexpr bool switchedOnByDefault = true;

const QStringList &schemeNames()
{
    static const QStringList names{QStringLiteral("system"), QStringLiteral("light"),
                                   QStringLiteral("dark")};
    return names;
}

// "de_DE" and "de-DE" both mean "de": Limber has one translation per language, except where a
// country's has its own ("pt-BR" is "pt_BR"; "pt" and "pt_PT" take it too).
QString normalisedLanguage(const QString &code)
{
    const auto end =
        std::find_if(code.cbegin(), code.cend(), [](QChar c) { return c == u'_' || c == u'-'; });
    const QString language = code.first(end - code.cbegin()).toLower();
    const QString withCountry =
        end == code.cend() ? QString()
                           : language + u'_' + code.sliced(end - code.cbegin() + 1).toUpper();
    const QStringList supported = Settings::supportedLanguages();
    if (supported.contains(withCountry))
        return withCountry;
    if (supported.contains(language))
        return language;
    for (const QString &candidate : supported) {
        if (candidate.startsWith(language + u'_'))
            return candidate;
    }
    return language;
}
} // namespace

Settings::Settings(QSettings &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    load();
}

QStringList Settings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("pt_BR"),
            QStringLiteral("ar")};
}

void Settings::load()
{
    using Unit = SettingsValueReader::Unit;
    SettingsValueReader stored([this](const QString &key) { return storedValue(key); }, m_warnings);
    m_defaultHold = stored.readInt(key::defaultHold, holdRange, Unit::Seconds,
                                   tr("each stretch keeps its own hold"));
    loadHoldOverrides(stored);
    m_prepare = stored.readInt(key::prepare, prepareRange, Unit::Seconds);
    m_rest = stored.readInt(key::rest, restRange, Unit::Seconds);
    m_switch = stored.readInt(key::switchGap, switchRange, Unit::Seconds);
    m_warmupEnabled = stored.readBool(key::warmupEnabled, switchedOnByDefault);
    m_warmup = stored.readInt(key::warmup, warmupRange, Unit::Seconds);

    m_soundEnabled = stored.readBool(key::sound, switchedOnByDefault);
    m_soundVolume = stored.readInt(key::volume, volumeRange, Unit::Percent);
    m_ticksEnabled = stored.readBool(key::ticks, switchedOnByDefault);
    m_voiceEnabled = stored.readBool(key::voice, switchedOnByDefault);
    m_voiceName = stored.singleLineText(key::voiceName, tr("using the default voice"));
    m_speechRate = stored.readInt(key::speechRate, speechRateRange, Unit::Plain);
    m_breathingPacer = stored.readBool(key::breathingPacer, switchedOnByDefault);

    m_askPainBefore = stored.readBool(key::askPainBefore, true);
    m_weeklyGoal = stored.readInt(key::weeklyGoal, weeklyGoalRange, Unit::Plain);

    m_colorScheme = ColorScheme::System;
    if (m_store.contains(key::scheme)) {
        const QString value = stored.text(key::scheme);
        const qsizetype index = schemeNames().indexOf(value.toLower());
        if (index >= 0)
            m_colorScheme = ColorScheme(index);
        else
            stored.warn(key::scheme, value,
                        tr("is not one of %1").arg(schemeNames().join(QStringLiteral(", "))),
                        tr("using system"));
    }

    m_language.clear();
    if (m_store.contains(key::language)) {
        const QString value = stored.text(key::language);
        const QString code = normalisedLanguage(value);
        if (code.isEmpty() || supportedLanguages().contains(code))
            m_language = code;
        else
            stored.warn(key::language, value,
                        tr("is not a supported language (%1)")
                            .arg(supportedLanguages().join(QStringLiteral(", "))),
                        tr("following the system"));
    }

    m_selectedRoutine =
        stored.singleLineText(key::selectedRoutine, tr("using the built-in routine"));
}

void Settings::loadHoldOverrides(SettingsValueReader &stored)
{
    m_holdOverrides.clear();
    QStringList ids;
    if (m_shared) {
        for (const QString &shared : m_shared->keys(SharedSettingKeys::holdOverridePrefix))
            ids.append(shared.sliced(SharedSettingKeys::holdOverridePrefix.size()));
    } else {
        m_store.beginGroup(key::holdOverrides);
        ids = m_store.childKeys();
        m_store.endGroup();
    }
    for (const QString &id : ids) {
        const QString fullKey = key::holdOverride(id);
        if (!SharedSettingKeys::isStretchId(id)) {
            stored.warn(fullKey, id, tr("is not a stretch id (only a-z, 0-9 and -)"),
                        tr("the override is dropped"));
            continue;
        }
        if (const auto seconds =
                stored.readInt(fullKey, holdRange, SettingsValueReader::Unit::Seconds,
                               tr("the override is dropped")))
            m_holdOverrides.insert(id, *seconds);
    }
}

void Settings::writeInt(const QString &key, int &member, int value, IntRange range,
                        void (Settings::*changed)())
{
    const int clamped = range.clamp(value);
    put(key, clamped);
    if (std::exchange(member, clamped) != clamped)
        Q_EMIT(this->*changed)();
}

void Settings::writeBool(const QString &key, bool &member, bool value, void (Settings::*changed)())
{
    put(key, value);
    if (std::exchange(member, value) != value)
        Q_EMIT(this->*changed)();
}

bool Settings::writeText(const QString &key, QString &member, const QString &value)
{
    m_store.setValue(key, value);
    return std::exchange(member, value) != value;
}

void Settings::setDefaultHoldSeconds(std::optional<int> seconds)
{
    if (seconds) {
        seconds = holdRange.clamp(*seconds);
        put(key::defaultHold, *seconds);
    } else {
        drop(key::defaultHold);
    }
    if (std::exchange(m_defaultHold, seconds) != seconds)
        Q_EMIT timingChanged();
}

std::optional<int> Settings::holdOverride(const QString &stretchId) const
{
    const auto found = m_holdOverrides.constFind(stretchId);
    return found == m_holdOverrides.constEnd() ? std::nullopt : std::optional(*found);
}

void Settings::setHoldOverride(const QString &stretchId, std::optional<int> seconds)
{
    if (!SharedSettingKeys::isStretchId(stretchId)) {
        qWarning().noquote() << tr("Ignoring a hold override for \"%1\": not a stretch id")
                                    .arg(SettingsValueReader::shown(stretchId));
        return;
    }
    const QString fullKey = key::holdOverride(stretchId);
    bool changed = false;
    if (seconds) {
        const int clamped = holdRange.clamp(*seconds);
        put(fullKey, clamped);
        changed = holdOverride(stretchId) != clamped;
        m_holdOverrides.insert(stretchId, clamped);
    } else {
        drop(fullKey);
        changed = m_holdOverrides.remove(stretchId);
    }
    if (changed)
        Q_EMIT timingChanged();
}

void Settings::setPrepareSeconds(int seconds)
{
    writeInt(key::prepare, m_prepare, seconds, prepareRange, &Settings::timingChanged);
}

void Settings::setRestSeconds(int seconds)
{
    writeInt(key::rest, m_rest, seconds, restRange, &Settings::timingChanged);
}

void Settings::setSwitchSeconds(int seconds)
{
    writeInt(key::switchGap, m_switch, seconds, switchRange, &Settings::timingChanged);
}

void Settings::setWarmupEnabled(bool enabled)
{
    writeBool(key::warmupEnabled, m_warmupEnabled, enabled, &Settings::timingChanged);
}

void Settings::setWarmupSeconds(int seconds)
{
    writeInt(key::warmup, m_warmup, seconds, warmupRange, &Settings::timingChanged);
}

TimingPreferences Settings::timing() const
{
    return {.defaultHoldSeconds = m_defaultHold,
            .holdOverrides = m_holdOverrides,
            .prepareSeconds = m_prepare,
            .restSeconds = m_rest,
            .switchSeconds = m_switch,
            .warmupSeconds = m_warmupEnabled ? m_warmup : 0};
}

void Settings::setSoundEnabled(bool enabled)
{
    writeBool(key::sound, m_soundEnabled, enabled, &Settings::cuesChanged);
}

void Settings::setSoundVolume(int percent)
{
    writeInt(key::volume, m_soundVolume, percent, volumeRange, &Settings::cuesChanged);
}

void Settings::setTicksEnabled(bool enabled)
{
    writeBool(key::ticks, m_ticksEnabled, enabled, &Settings::cuesChanged);
}

void Settings::setVoiceEnabled(bool enabled)
{
    writeBool(key::voice, m_voiceEnabled, enabled, &Settings::cuesChanged);
}

void Settings::setVoiceName(const QString &name)
{
    if (writeText(key::voiceName, m_voiceName, name))
        Q_EMIT cuesChanged();
}

void Settings::setSpeechRate(int tenths)
{
    writeInt(key::speechRate, m_speechRate, tenths, speechRateRange, &Settings::cuesChanged);
}

void Settings::setBreathingPacerEnabled(bool enabled)
{
    writeBool(key::breathingPacer, m_breathingPacer, enabled, &Settings::cuesChanged);
}

void Settings::setAskPainBefore(bool ask)
{
    writeBool(key::askPainBefore, m_askPainBefore, ask, &Settings::historyChanged);
}

void Settings::setWeeklyGoalDays(int days)
{
    writeInt(key::weeklyGoal, m_weeklyGoal, days, weeklyGoalRange, &Settings::historyChanged);
}

void Settings::setColorScheme(ColorScheme scheme)
{
    m_store.setValue(key::scheme, schemeNames().at(int(scheme)));
    if (std::exchange(m_colorScheme, scheme) != scheme)
        Q_EMIT colorSchemeChanged(scheme);
}

void Settings::setLanguage(const QString &code)
{
    const QString language = normalisedLanguage(code);
    if (!language.isEmpty() && !supportedLanguages().contains(language)) {
        qWarning().noquote() << tr("Ignoring the language \"%1\": not one of %2")
                                    .arg(SettingsValueReader::shown(code),
                                         supportedLanguages().join(QStringLiteral(", ")));
        return;
    }
    if (writeText(key::language, m_language, language))
        Q_EMIT languageChanged(language);
}

void Settings::setSelectedRoutine(const QString &id)
{
    if (writeText(key::selectedRoutine, m_selectedRoutine, id))
        Q_EMIT selectedRoutineChanged(id);
}

void Settings::resetToDefaults()
{
    if (m_shared) {
        for (const QString &shared : m_shared->keys(SharedSettingKeys::holdOverridePrefix))
            drop(shared);
    }
    for (const QString &key :
         {key::defaultHold, key::holdOverrides, key::prepare, key::rest, key::switchGap,
          key::warmupEnabled, key::warmup, key::sound, key::volume, key::ticks, key::voice,
          key::voiceName, key::speechRate, key::breathingPacer, key::askPainBefore, key::weeklyGoal,
          key::scheme, key::language})
        drop(key);
    // Everything but the selected routine now reads as its default.
    reloadAndSignal();
}

void Settings::reloadAndSignal()
{
    const auto timingState = [this] {
        return std::tuple(m_defaultHold, m_holdOverrides, m_prepare, m_rest, m_switch,
                          m_warmupEnabled, m_warmup);
    };
    const auto cueState = [this] {
        return std::tuple(m_soundEnabled, m_soundVolume, m_ticksEnabled, m_voiceEnabled,
                          m_voiceName, m_speechRate, m_breathingPacer);
    };
    const auto historyState = [this] { return std::tuple(m_askPainBefore, m_weeklyGoal); };
    const auto oldTiming = timingState();
    const auto oldCues = cueState();
    const auto oldHistory = historyState();
    const ColorScheme oldScheme = m_colorScheme;
    const QString oldLanguage = m_language;

    // Each value warned about is read again, and warned about again if still unusable.
    m_warnings.clear();
    load();

    if (timingState() != oldTiming)
        Q_EMIT timingChanged();
    if (cueState() != oldCues)
        Q_EMIT cuesChanged();
    if (historyState() != oldHistory)
        Q_EMIT historyChanged();
    if (m_colorScheme != oldScheme)
        Q_EMIT colorSchemeChanged(m_colorScheme);
    if (m_language != oldLanguage)
        Q_EMIT languageChanged(m_language);
}

} // namespace limber
