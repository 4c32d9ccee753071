#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace limber {

class FrameClock;

// Runs an animation only while its widget can be seen: shown, and its window not minimized.
// Laptops run on batteries, so nothing animates where nobody can see it.
class OnScreenAnimation : public QObject
{
    Q_OBJECT

public:
    OnScreenAnimation(QWidget &widget, FrameClock &animation);

    // Whether the owner wants the animation to play at all (a finished ease does not).
    // Re-evaluates at once: a stopped animation that is wanted and on screen starts.
    void setWanted(bool wanted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchWindow();
    void apply();

    QWidget &m_widget;
    FrameClock &m_animation;
    QPointer<QWidget> m_window;
    bool m_wanted = false;
};

} // namespace limber
