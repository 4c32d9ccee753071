#include "figures/OnScreenAnimation.h"

#include "figures/FrameClock.h"

#include <QEvent>
#include <QWidget>

namespace limber {

OnScreenAnimation::OnScreenAnimation(QWidget &widget, FrameClock &animation)
    : QObject(&widget)
    , m_widget(widget)
    , m_animation(animation)
{
    widget.installEventFilter(this);
}

void OnScreenAnimation::setWanted(bool wanted)
{
    m_wanted = wanted;
    apply();
}

bool OnScreenAnimation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_widget && event->type() == QEvent::Show) {
        watchWindow();
        apply();
    } else if (watched == &m_widget && event->type() == QEvent::Hide) {
        apply();
    } else if (watched == m_window && event->type() == QEvent::WindowStateChange) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void OnScreenAnimation::watchWindow()
{
    QWidget *window = m_widget.window();
    if (window == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window != &m_widget)
        window->installEventFilter(this);
}

void OnScreenAnimation::apply()
{
    const bool onScreen = m_widget.isVisible() && !m_widget.window()->isMinimized();
    const bool run = m_wanted && onScreen;
    if (run && m_animation.state() == FrameClock::State::Paused)
        m_animation.resume();
    else if (run && m_animation.state() == FrameClock::State::Stopped)
        m_animation.start();
    else if (!run && m_animation.state() == FrameClock::State::Running)
        m_animation.pause();
}

} // namespace limber
