#pragma once

#include "figures/Illustration.h"
#include "figures/PoseDragging.h"

#include <optional>
#include <QRectF>
#include <QWidget>

namespace limber {

// The figure of one keyframe, drawn as the library draws it, with a dot on every joint that
// can be dragged. The figure follows the pointer while a joint is dragged; the finished drag
// is reported once, on release. Keyboard: Tab moves between the joints, the arrow keys move
// the chosen one.
class PoseCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PoseCanvas(QWidget *parent = nullptr);

    void setIllustration(const Illustration &illustration, int keyframe);
    void setMirrored(bool mirrored);
    bool isMirrored() const { return m_mirrored; }

    // The pose on screen: the keyframe, or the pose being dragged.
    const Pose &shownPose() const;
    bool isDragging() const { return m_drag.has_value(); }
    // Where a handle's dot is drawn, in widget pixels.
    QPointF handleCentre(PoseHandle handle) const;
    std::optional<PoseHandle> focusedHandle() const { return m_focused; }

    QSize sizeHint() const override { return {560, 460}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

Q_SIGNALS:
    // A drag or a nudge ended with the keyframe in this pose; nudge says it came from the
    // keyboard (successive nudges of one joint may be merged into one undo step).
    void posed(int keyframe, const Pose &pose, PoseHandle handle, bool nudge);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Drag
    {
        PoseHandle handle;
        Pose pose;
        // Where the pointer took hold, relative to the joint's centre, so the joint does not
        // jump to the pointer.
        QPointF grip;
    };

    const Pose &keyframePose() const;
    QRectF frame() const;
    QTransform toPixels() const;
    std::optional<PoseHandle> handleAt(const QPointF &pixel) const;
    QPointF toBody(const QPointF &pixel) const;
    void paintHandles(QPainter &painter) const;
    void updateAccessibleDescription();

    Illustration m_illustration;
    int m_keyframe = 0;
    bool m_mirrored = false;
    std::optional<Drag> m_drag;
    // The frame the figure is drawn in, kept still for the length of a drag.
    std::optional<QRectF> m_frozenFrame;
    std::optional<PoseHandle> m_hovered;
    std::optional<PoseHandle> m_focused;
};

// A handle's name as the user reads it ("Near knee").
QString handleName(PoseHandle handle);

} // namespace limber
