#pragma once

#include "figures/Illustration.h"

#include <QWidget>

class QUndoStack;

namespace limber {

// Draws the figure of a stretch the way the built-in ones are drawn, and lets the user pose
// it: drag a joint, pick keyframes, the highlighted body parts and the movement's arrow.
// Every change goes through the undo stack.
class PoseEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PoseEditor(QWidget *parent = nullptr);

    // Starts editing this drawing; clears the undo history.
    void setIllustration(const Illustration &illustration);
    const Illustration &illustration() const { return m_illustration; }
    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    void illustrationChanged();

private:
    Illustration m_illustration;
    QUndoStack *m_undoStack;
};

} // namespace limber
