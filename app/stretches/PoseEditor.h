#pragma once

#include "figures/Illustration.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QUndoStack;

namespace limber {

class ArrowPicker;
class HighlightPicker;
class KeyframeStrip;
class PoseCanvas;
class StartPoseChooser;

// Draws the figure of a stretch the way the built-in ones are drawn, and lets the user pose
// it: drag a joint, pick keyframes, the highlighted body parts and the movement's arrow.
// Every change goes through the undo stack.
class PoseEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PoseEditor(QWidget *parent = nullptr);

    // Starts editing this drawing; clears the undo history. An empty drawing starts as a
    // standing figure (a starting position and a held pose).
    void setIllustration(const Illustration &illustration);
    const Illustration &illustration() const { return m_illustration; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // A held stretch has two keyframes, a flow two or three: turning a flow into a hold drops
    // its third. Undoable.
    void setFlow(bool flow);
    // The keyframe shown for posing.
    int currentKeyframe() const { return m_keyframe; }
    void setCurrentKeyframe(int index);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    PoseCanvas *canvas() const { return m_canvas; }
    KeyframeStrip *keyframeStrip() const { return m_strip; }
    StartPoseChooser *startChooser() const { return m_start; }
    HighlightPicker *highlightPicker() const { return m_highlight; }
    ArrowPicker *arrowPicker() const { return m_arrow; }

Q_SIGNALS:
    void illustrationChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Applies a state from the undo stack (or a fresh drawing) and updates every view.
    void showState(const Illustration &illustration, int keyframe);
    void edit(const Illustration &after, int keyframeAfter, const QString &text, int mergeKey = -1);
    void startFrom(const Pose &pose, const QString &name);
    void addKeyframe();
    void removeKeyframe();
    void retranslate();

    Illustration m_illustration;
    int m_keyframe = 1;
    QUndoStack *m_undoStack;
    QAction *m_undo;
    QAction *m_redo;
    PoseCanvas *m_canvas;
    KeyframeStrip *m_strip;
    StartPoseChooser *m_start;
    HighlightPicker *m_highlight;
    ArrowPicker *m_arrow;
    QCheckBox *m_mirror;
};

} // namespace limber
