#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTextToSpeech>

namespace limber {

// Owns the QTextToSpeech engine on a thread of its own: creating the speech-dispatcher engine
// takes over a second here (it lists some 300 voices), which would freeze the window. Every
// slot runs on that thread; results come back through the signals.
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    static QString noVoiceReason();
    // The voice to speak language with when none was chosen: speech-dispatcher lists every
    // voice of a language under each of its countries ("Portuguese (Portugal)" first for
    // pt_BR), so the one named after the country wins, its plain variant before "+Adam" ones.
    // 0 when no name tells the country.
    static qsizetype automaticVoice(const QStringList &voiceNames, const QLocale &language);

public Q_SLOTS:
    // Picks the engine (speech-dispatcher when there is one) and a voice for language.
    void initialize(const QLocale &language);
    // id comes back with finished(), so the end of a silenced utterance is not mistaken for
    // the end of the one that followed it.
    void speak(quint64 id, const QString &text);
    void stop();
    void setRate(double rate);
    void setVolume(double volume);
    void setVoiceName(const QString &name);

Q_SIGNALS:
    // unavailableReason is empty when the voice can talk.
    void initialized(const QString &unavailableReason);
    void finished(quint64 id);
    void failed(const QString &reason);
    void voicesFound(const QStringList &names);

private:
    QString chooseVoice(const QLocale &language);
    void applyVoiceName();
    void onStateChanged(QTextToSpeech::State state);
    void endUtterance();

    QTextToSpeech *m_speech = nullptr;
    QString m_voiceName;
    QLocale m_language;
    bool m_usable = false;
    bool m_inUtterance = false;
    quint64 m_utteranceId = 0;
    // Set once the engine reports Speaking for the current utterance, so a late Ready left
    // over from a stopped utterance is not taken as the end of the new one.
    bool m_heardStart = false;
};

} // namespace limber
