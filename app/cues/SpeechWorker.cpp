#include "cues/SpeechWorker.h"

#include <algorithm>
#include <QLoggingCategory>
#include <QVoice>

namespace limber {

namespace {
Q_LOGGING_CATEGORY(lcSpeech, "limber.speech", QtWarningMsg)

// What Linux desktops ship; it speaks many languages and plays through PulseAudio, where
// Qt 6.4's flite engine goes to Error ("Audio streaming error") and plays nothing.
const QString preferredEngine = QStringLiteral("speechd");

// At Qt's default of 1.0, espeak-ng through speech-dispatcher clipped (peaks at full scale,
// recorded from a PulseAudio null sink); at 0.45 its peaks sit near 0.65, so a chime and a
// phrase starting together stay clear of clipping.
constexpr double defaultVolume = 0.45;

QLocale speakableLanguage(const QLocale &language)
{
    // The C locale (no LANG) reads as English, the source language of every cue.
    return language.language() == QLocale::C ? QLocale(QLocale::English) : language;
}
} // namespace

QString SpeechWorker::noVoiceReason()
{
    return tr("No text-to-speech voice is available, so cues are not spoken. "
              "Install speech-dispatcher and espeak-ng for spoken cues.");
}

qsizetype SpeechWorker::automaticVoice(const QStringList &voiceNames, const QLocale &language)
{
    const QString country = u'(' + QLocale::territoryToString(language.territory()) + u')';
    qsizetype named = -1;
    for (qsizetype index = 0; index < voiceNames.size(); ++index) {
        if (!voiceNames.at(index).contains(country))
            continue;
        if (!voiceNames.at(index).contains(u'+'))
            return index;
        if (named < 0)
            named = index;
    }
    return std::max<qsizetype>(named, 0);
}

void SpeechWorker::initialize(const QLocale &language)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    qCInfo(lcSpeech) << "engines:" << engines;
    if (engines.isEmpty()) {
        Q_EMIT initialized(noVoiceReason());
        return;
    }
    m_speech = engines.contains(preferredEngine) ? new QTextToSpeech(preferredEngine, this)
                                                 : new QTextToSpeech(this);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech) << "engine" << m_speech->engine()
                            << "failed:" << m_speech->errorString();
        Q_EMIT initialized(noVoiceReason());
        return;
    }
    m_language = speakableLanguage(language);
    const QString reason = chooseVoice(m_language);
    if (reason.isEmpty()) {
        m_usable = true;
        m_speech->setVolume(defaultVolume);
        connect(m_speech, &QTextToSpeech::stateChanged, this, &SpeechWorker::onStateChanged);
        QStringList names;
        for (const QVoice &voice : m_speech->availableVoices())
            names.append(voice.name());
        Q_EMIT voicesFound(names);
        applyVoiceName();
    }
    Q_EMIT initialized(reason);
}

QString SpeechWorker::chooseVoice(const QLocale &language)
{
    const QList<QLocale> locales = m_speech->availableLocales();
    const auto sameLanguage = [&language](const QLocale &candidate) {
        return candidate.language() == language.language();
    };
    // The person's own variant when there is one (en_GB over en_US), else any of the language.
    auto match = std::find_if(locales.cbegin(), locales.cend(), [&](const QLocale &candidate) {
        return sameLanguage(candidate) && candidate.territory() == language.territory();
    });
    if (match == locales.cend())
        match = std::find_if(locales.cbegin(), locales.cend(), sameLanguage);
    if (match == locales.cend()) {
        // An English voice reading German text is worse than no voice.
        return tr("No text-to-speech voice speaks %1, so cues are not spoken. "
                  "Install speech-dispatcher and espeak-ng for spoken cues.")
            .arg(language.nativeLanguageName());
    }
    if (m_speech->locale() != *match)
        m_speech->setLocale(*match);
    qCInfo(lcSpeech) << "engine" << m_speech->engine() << "locale" << m_speech->locale() << "voice"
                     << m_speech->voice().name();
    return {};
}

void SpeechWorker::speak(quint64 id, const QString &text)
{
    if (!m_usable)
        return;
    m_utteranceId = id;
    m_inUtterance = true;
    m_heardStart = false;
    m_speech->say(text);
}

void SpeechWorker::stop()
{
    m_inUtterance = false;
    if (!m_usable)
        return;
    m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
}

void SpeechWorker::setRate(double rate)
{
    if (m_usable)
        m_speech->setRate(std::clamp(rate, -1.0, 1.0));
}

void SpeechWorker::setVolume(double volume)
{
    if (m_usable)
        m_speech->setVolume(std::clamp(volume, 0.0, 1.0));
}

void SpeechWorker::setVoiceName(const QString &name)
{
    m_voiceName = name;
    applyVoiceName();
}

void SpeechWorker::applyVoiceName()
{
    if (!m_usable)
        return; // applied once the engine is up
    const QList<QVoice> voices = m_speech->availableVoices();
    if (voices.isEmpty())
        return;
    const auto chosen = std::find_if(voices.cbegin(), voices.cend(), [this](const QVoice &voice) {
        return voice.name() == m_voiceName;
    });
    // None chosen, or one that is no longer installed: the language's own.
    QStringList names;
    for (const QVoice &voice : voices)
        names.append(voice.name());
    const QVoice voice =
        chosen != voices.cend() ? *chosen : voices.at(automaticVoice(names, m_language));
    if (m_speech->voice() != voice)
        m_speech->setVoice(voice);
    qCInfo(lcSpeech) << "voice" << m_speech->voice().name();
}

void SpeechWorker::onStateChanged(QTextToSpeech::State state)
{
    qCDebug(lcSpeech) << "state" << state;
    switch (state) {
    case QTextToSpeech::Speaking:
        m_heardStart = true;
        break;
    case QTextToSpeech::Ready:
        if (m_inUtterance && m_heardStart)
            endUtterance();
        break;
    case QTextToSpeech::Error: {
        qCWarning(lcSpeech) << "engine" << m_speech->engine()
                            << "failed:" << m_speech->errorString();
        m_usable = false;
        m_inUtterance = false;
        const QString detail = m_speech->errorString();
        Q_EMIT failed(detail.isEmpty()
                          ? noVoiceReason()
                          : tr("The text-to-speech engine stopped working (%1), so cues are "
                               "not spoken. Install speech-dispatcher and espeak-ng for spoken "
                               "cues.")
                                .arg(detail));
        break;
    }
    case QTextToSpeech::Paused:
        break;
    }
}

void SpeechWorker::endUtterance()
{
    if (!m_inUtterance)
        return;
    m_inUtterance = false;
    Q_EMIT finished(m_utteranceId);
}

} // namespace limber
