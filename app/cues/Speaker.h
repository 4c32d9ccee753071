#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace limber {

// The one thing VoiceCues needs from a speech engine: speak one utterance at a time and say
// when it is done. The seam lets the queue be tested with a fake, without audio or waiting.
class Speaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Empty when the speaker can talk; otherwise why not, in words for the user.
    virtual QString unavailableReason() const = 0;
    // Starts speaking; finished() follows once the utterance has been spoken (or given up).
    virtual void speak(const QString &text) = 0;
    // Silences the current utterance at once; finished() is not emitted for it.
    virtual void stop() = 0;
    virtual void setRate(double rate) = 0;
    // 0 (silent) to 1 (loudest).
    virtual void setVolume(double volume) = 0;
    // One of the names voicesChanged() offered; empty picks the language's default voice.
    virtual void setVoiceName(const QString &name) = 0;

Q_SIGNALS:
    void finished();
    // The engine broke while in use; the speaker will not talk again.
    void failed(const QString &reason);
    // The voices that speak the cues' language, once the engine has said which it has.
    void voicesChanged(const QStringList &names);
};

} // namespace limber
