#pragma once

#include "figures/FrameClock.h"
#include "figures/Illustration.h"
#include "figures/WorkerCanvas.h"

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

private:
    // A flow's strokes take seconds each: 10 frames a second reads as calm movement, and each
    // frame costs about five wake-ups (the tick, the paint's hand-off, the X server's reply).
    static constexpr int framesPerSecond = 10;

    Pose currentPose() const;
    void updateAccessibleDescription();

    QString m_stretchId;
    const Illustration *m_illustration = nullptr;
    bool m_mirrored = false;
    FrameClock m_animation{framesPerSecond};
    OnScreenAnimation *m_onScreen;
    WorkerCanvas m_canvas;
};

} // namespace limber
