#pragma once

#include "figures/FrameClock.h"
#include "figures/Illustration.h"
#include "figures/WorkerCanvas.h"

#include <QImage>
#include <QList>
#include <QWidget>

namespace limber {

class OnScreenAnimation;

// Shows a stretch's figure and animates it: eases from the starting position into the held
// pose, or loops a flow at its calm tempo. No timer runs while the widget is hidden or its
// window is minimized.
class IllustrationWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IllustrationWidget(QWidget *parent = nullptr);

    // An unknown id shows nothing. mirrored shows the other side of a sided stretch.
    void setStretch(const QString &stretchId, bool mirrored = false);
    QString stretchId() const { return m_stretchId; }
    bool isMirrored() const { return m_mirrored; }
    // Replays the ease into the held pose (for a new hold of the same stretch).
    void restart();

    bool isAnimating() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // A flow's strokes take seconds each: 10 frames a second reads as calm movement, and each
    // frame costs wake-ups (the tick, the X server's reply to the paint).
    static constexpr int framesPerSecond = 10;
    static constexpr int frameMs = 1000 / framesPerSecond;
    // A looping flow is drawn this many frames at a time, in one hand-off to a pool thread
    // rather than one a frame: half a second of frames, about 6 MB at full-screen size.
    static constexpr int framesAhead = 5;

    struct Frame
    {
        int timeMs;
        QImage image;
    };

    Pose poseAt(double progress) const;
    Pose currentPose() const { return poseAt(m_animation.progress()); }
    // The drawn frame of the flow for the animation's time, drawing the next ones if needed.
    const QImage &flowFrame();
    void updateAccessibleDescription();

    QString m_stretchId;
    const Illustration *m_illustration = nullptr;
    bool m_mirrored = false;
    FrameClock m_animation{framesPerSecond};
    OnScreenAnimation *m_onScreen;
    WorkerCanvas m_canvas;
    QList<Frame> m_ahead;
};

} // namespace limber
