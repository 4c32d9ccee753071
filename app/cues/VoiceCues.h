#pragma once

#include <memory>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace limber {

class Clock;
class Speaker;
class SteadyClock;

// One queue for everything the voice says. Speech never cuts itself off: while an utterance
// is being spoken, new ones wait their turn. Each waits at most its own staleness; one that
// waited longer is dropped unspoken, since "Halfway" said ten seconds late only confuses.
class VoiceCues : public QObject
{
    Q_OBJECT

public:
    // Speaks through the system's text-to-speech, in the language the cue texts are in.
    explicit VoiceCues(QObject *parent = nullptr);
    // For tests: any speaker, and the clock staleness is measured on.
    VoiceCues(std::unique_ptr<Speaker> speaker, const Clock &clock, QObject *parent = nullptr);
    ~VoiceCues() override;

    // Speaks text now if the voice is quiet; otherwise queues it, to be dropped when it has
    // waited more than maxWaitMs by the time its turn comes.
    void say(const QString &text, qint64 maxWaitMs);
    // Drops the queue and silences the current utterance (the routine was stopped).
    void clear();
    // Drops the queue but lets the current utterance finish (the routine was paused).
    void dropPending();

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // -1 (slowest) to 1 (fastest), 0 being the voice's normal pace.
    void setRate(double rate);
    // 0 (silent) to 1 (loudest).
    void setVolume(double volume);
    void setVoiceName(const QString &name);
    // The voices for the cues' language; empty until the engine has started.
    QStringList availableVoices() const { return m_voices; }

    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }
    bool isSpeaking() const { return m_speaking; }
    qsizetype pendingCount() const { return m_queue.size(); }

Q_SIGNALS:
    // Emitted when the voice stops working while in use, with the reason.
    void becameUnavailable(const QString &reason);
    void voicesChanged(const QStringList &names);

private:
    struct Item
    {
        QString text;
        qint64 queuedAtMs = 0;
        qint64 maxWaitMs = 0;
    };

    void attach(std::unique_ptr<Speaker> speaker);
    void speakNext();
    void onFinished();
    void onFailed(const QString &reason);

    std::unique_ptr<SteadyClock> m_ownClock;
    const Clock *m_clock = nullptr;
    Speaker *m_speaker = nullptr; // a child of this object
    QList<Item> m_queue;
    QStringList m_voices;
    QString m_unavailableReason;
    bool m_speaking = false;
    bool m_enabled = true;
};

} // namespace limber
