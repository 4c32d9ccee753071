#pragma once

#include "cues/Speaker.h"

#include <QLocale>
#include <QTimer>

class QThread;

namespace limber {

class SpeechWorker;

// Speaks through Qt TextToSpeech (speech-dispatcher preferred), with the engine on a thread of
// its own: starting it takes over a second, and a speech-dispatcher that cannot reach a sound
// server blocks in its calls, so on the window's thread either would freeze the routine.
// Until the engine is set up the voice counts as available; should it have no voice for the
// language, or stop answering, failed() says why.
class TextToSpeechSpeaker final : public Speaker
{
    Q_OBJECT

public:
    explicit TextToSpeechSpeaker(const QLocale &language = QLocale(), QObject *parent = nullptr);
    ~TextToSpeechSpeaker() override;

    QString unavailableReason() const override { return m_unavailableReason; }
    void speak(const QString &text) override;
    void stop() override;
    void setRate(double rate) override;
    void setVolume(double volume) override;
    void setVoiceName(const QString &name) override;

private:
    void onWorkerFinished(quint64 id);
    void onUtteranceOverdue();
    void becomeUnavailable(const QString &reason);

    QThread *m_thread = nullptr;      // left running on purpose if the engine hangs at exit
    SpeechWorker *m_worker = nullptr; // lives on m_thread
    QString m_unavailableReason;
    quint64 m_utteranceId = 0;
    int m_overdueInARow = 0;
    QTimer m_startupTimer;
    QTimer m_utteranceTimer;
};

} // namespace limber
