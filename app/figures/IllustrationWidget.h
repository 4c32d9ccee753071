#pragma once

#include "figures/FrameClock.h"
#include "figures/Illustration.h"
#include "figures/PictureImage.h"
#include "figures/WorkerCanvas.h"
#include "model/Stretch.h"

#include <optional>
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
    QList<Frame> m_ahead;
};

} // namespace limber
