#include "cues/TextToSpeechSpeaker.h"

#include "cues/SpeechWorker.h"

#include <QLoggingCategory>
#include <QThread>

namespace limber {

namespace {
Q_LOGGING_CATEGORY(lcSpeaker, "limber.speech", QtWarningMsg)

// Starting speech-dispatcher took about 1.5 s here; ten times that means it is stuck.
constexpr int startupLimitMs = 15'000;
// Cues are short phrases; one still going after this has lost its end-of-speech report.
constexpr int utteranceBaseMs = 10'000;
constexpr int utterancePerCharacterMs = 150;
// One lost report can happen; two in a row means the engine no longer answers.
constexpr int overdueLimit = 2;
constexpr unsigned long exitWaitMs = 2'000;
} // namespace

TextToSpeechSpeaker::TextToSpeechSpeaker(const QLocale &language, QObject *parent)
    : Speaker(parent)
    , m_thread(new QThread)
    , m_worker(new SpeechWorker)
{
    m_thread->setObjectName(QStringLiteral("limber-speech"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::initialized, this, [this](const QString &reason) {
        m_startupTimer.stop();
        if (!reason.isEmpty())
            becomeUnavailable(reason);
    });
    connect(m_worker, &SpeechWorker::failed, this, &TextToSpeechSpeaker::becomeUnavailable);
    connect(m_worker, &SpeechWorker::finished, this, &TextToSpeechSpeaker::onWorkerFinished);
    connect(m_worker, &SpeechWorker::voicesFound, this, &Speaker::voicesChanged);

    m_startupTimer.setSingleShot(true);
    connect(&m_startupTimer, &QTimer::timeout, this, [this] {
        becomeUnavailable(tr("The text-to-speech service did not start, so cues are not "
                             "spoken. Install speech-dispatcher and espeak-ng for spoken cues."));
    });
    m_utteranceTimer.setSingleShot(true);
    connect(&m_utteranceTimer, &QTimer::timeout, this, &TextToSpeechSpeaker::onUtteranceOverdue);

    m_thread->start();
    m_startupTimer.start(startupLimitMs);
    // Queued, so it runs on the worker's thread; whatever is asked of it later waits behind it.
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, language] { worker->initialize(language); });
}

TextToSpeechSpeaker::~TextToSpeechSpeaker()
{
    // Silence a sentence in progress before the engine goes, so the speech-dispatcher daemon
    // does not talk on after the window has closed.
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop);
    m_thread->quit();
    if (m_thread->wait(exitWaitMs)) {
        delete m_thread;
        return;
    }
    // Stuck in a call to the speech service: destroying a running QThread aborts, so it is
    // left to end with the process.
    qCWarning(lcSpeaker) << "the speech engine did not stop; leaving it to the process exit";
}

void TextToSpeechSpeaker::speak(const QString &text)
{
    if (!m_unavailableReason.isEmpty())
        return;
    const quint64 id = ++m_utteranceId;
    m_utteranceTimer.start(utteranceBaseMs + utterancePerCharacterMs * int(text.size()));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, text] { worker->speak(id, text); });
}

void TextToSpeechSpeaker::stop()
{
    ++m_utteranceId; // whatever end the worker reports now belongs to the silenced utterance
    m_utteranceTimer.stop();
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop);
}

void TextToSpeechSpeaker::setRate(double rate)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, rate] { worker->setRate(rate); });
}

void TextToSpeechSpeaker::setVolume(double volume)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, volume] { worker->setVolume(volume); });
}

void TextToSpeechSpeaker::setVoiceName(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, name] { worker->setVoiceName(name); });
}

void TextToSpeechSpeaker::onWorkerFinished(quint64 id)
{
    if (id != m_utteranceId || !m_unavailableReason.isEmpty())
        return;
    m_utteranceTimer.stop();
    m_overdueInARow = 0;
    Q_EMIT finished();
}

void TextToSpeechSpeaker::onUtteranceOverdue()
{
    ++m_utteranceId; // a late report for it is ignored
    if (++m_overdueInARow >= overdueLimit) {
        becomeUnavailable(tr("The text-to-speech service stopped answering, so cues are not "
                             "spoken. Restart Limber to try again."));
        return;
    }
    qCWarning(lcSpeaker) << "no end of utterance reported; going on with the next cue";
    Q_EMIT finished();
}

void TextToSpeechSpeaker::becomeUnavailable(const QString &reason)
{
    if (!m_unavailableReason.isEmpty())
        return;
    m_unavailableReason = reason;
    m_startupTimer.stop();
    m_utteranceTimer.stop();
    Q_EMIT failed(reason);
}

} // namespace limber
