#pragma once

#include "cues/Speaker.h"

#include <QStringList>

namespace limber::test {

// A speaker that talks only when the test says it has finished, so tests decide exactly how
// long each utterance takes.
class FakeSpeaker final : public Speaker
{
public:
    explicit FakeSpeaker(QString unavailableReason = {})
        : m_reason(std::move(unavailableReason))
    {
    }

    QString unavailableReason() const override { return m_reason; }
    void speak(const QString &text) override
    {
        spoken.append(text);
        speaking = true;
    }
    void stop() override
    {
        ++stops;
        speaking = false;
    }
    void setRate(double value) override { rate = value; }
    void setVolume(double value) override { volume = value; }
    void setVoiceName(const QString &name) override { voiceName = name; }
    void offerVoices(const QStringList &names) { Q_EMIT voicesChanged(names); }

    // The current utterance has been spoken to its end.
    void finish()
    {
        speaking = false;
        Q_EMIT finished();
    }
    void breakDown(const QString &reason)
    {
        m_reason = reason;
        speaking = false;
        Q_EMIT failed(reason);
    }

    QStringList spoken; // every utterance started, in order
    bool speaking = false;
    int stops = 0;
    double rate = 0;
    double volume = 1;
    QString voiceName;

private:
    QString m_reason;
};

} // namespace limber::test
