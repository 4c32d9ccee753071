#pragma once

#include <QAudioSink>
#include <QByteArray>
#include <QObject>
#include <QTimer>

class QAudioDevice;

namespace limber {

struct WavSound;

// One play of one sound on its own audio sink. The sink's buffer is sized to hold the whole
// sound, so it is written at once and the stream cannot starve halfway.
class SoundPlayback : public QObject
{
    Q_OBJECT

public:
    SoundPlayback(const WavSound &sound, const QAudioDevice &device, qreal volume,
                  QObject *parent = nullptr);
    ~SoundPlayback() override;

    // False when the output could not be opened.
    bool start();
    void stop();

Q_SIGNALS:
    // Played to the end, or stopped, or failed; the object may be deleted then.
    void done();

private:
    void feed();
    void onStateChanged(QAudio::State state);

    QAudioSink m_sink;
    QByteArray m_pcm;
    qsizetype m_written = 0;
    QIODevice *m_output = nullptr;
    // Retries a partial write; should the sink never report the end, ends the play anyway.
    QTimer m_feedTimer;
    QTimer m_giveUpTimer;
    bool m_done = false;
};

} // namespace limber
