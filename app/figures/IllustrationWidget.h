#pragma once

#include "figures/FlowSteps.h"
#include "figures/FrameClock.h"
#include "figures/Illustration.h"
#include "figures/PictureImage.h"
#include "figures/WorkerCanvas.h"
#include "model/Stretch.h"

#include <optional>
#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

namespace limber {

class OnScreenAnimation;

// Shows a stretch's picture. A drawn figure (built in or the user's own) is animated: it eases
// from the starting position into the held pose, or loops a flow at its calm tempo, and is
// mirrored for the other side. The user's image is scaled to fit and never mirrored; a
// deleted stretch shows "Missing stretch". No timer runs while the widget is hidden or its
// window is minimized.
class IllustrationWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IllustrationWidget(QWidget *parent = nullptr);

    // mirrored shows the other side of a sided stretch (a drawn one: an image stays as it is).
    // The picture is kept, so the stretch may change in the catalog afterwards.
    void setStretch(const Stretch &stretch, bool mirrored = false);
    // Shows nothing.
    void clear();
    // Whether this stretch, as it is now, is already shown on that side.
    bool isShowing(const Stretch &stretch, bool mirrored) const;
    QString stretchId() const { return m_stretchId; }
    bool isMirrored() const { return m_mirrored; }
    bool showsImage() const { return m_image.has_value(); }
    bool showsMissing() const { return m_missing; }
    // Replays the ease into the held pose (for a new hold of the same stretch).
    void restart();

    bool isAnimating() const;
    // The window repaints now anyway (say, the countdown): a running animation draws its next
    // frame a little early, in the same pass, instead of in a pass of its own.
    void joinRepaint();
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
    // frame costs wake-ups (the tick, the X server's reply to the paint). It is the top rate:
    // a flow's frames come where it moves (FlowSteps), an ease's every tick.
    static constexpr int framesPerSecond = 10;
    static constexpr int frameMs = 1000 / framesPerSecond;
    // A looping flow's poses are drawn up to this many at a time, in one hand-off to a pool
    // thread rather than one a frame.
    static constexpr int framesAhead = 5;
    // And this many drawn poses are kept (at full-screen size over a megabyte each): all of
    // the warm-up march's six, so that it draws nothing once it has looped.
    static constexpr int framesKept = 6;

    Pose poseAt(double progress) const;
    Pose currentPose() const { return poseAt(m_animation.progress()); }
    Pose flowStepPose(const FlowSteps::Step &step) const;
    // The drawn pose of the flow's shown step, drawing the next ones too if needed.
    const QImage &flowFrame();
    // Shows the animation as it is leadMs from now.
    void showFrame(int leadMs);
    void clearFrames();
    void updateAccessibleDescription();

    QString m_stretchId;
    // What the picture shows, in words, for its text alternative (kept to follow the language).
    std::optional<Stretch> m_described;
    StretchOrigin m_origin = StretchOrigin::BuiltIn;
    // Keeps the drawing alive while it is shown, even after the catalog replaced it.
    StretchPicture m_picture;
    const Illustration *m_illustration = nullptr;
    std::optional<PictureImage> m_image;
    bool m_missing = false;
    bool m_mirrored = false;
    FrameClock m_animation{framesPerSecond};
    OnScreenAnimation *m_onScreen;
    WorkerCanvas m_canvas;
    // A flow's steps, the one shown and when in the cycle it was due.
    std::optional<FlowSteps> m_steps;
    FlowSteps::Step m_shownStep;
    int m_shownMs = 0;
    // Drawn steps by FlowSteps::Step::key(), the most recently shown last in m_recent.
    QHash<int, QImage> m_frames;
    QList<int> m_recent;
};

} // namespace limber
