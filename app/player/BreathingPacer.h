#pragma once

#include "figures/FrameClock.h"

#include <QHash>
#include <QImage>
#include <QWidget>

namespace limber {

class OnScreenAnimation;

// A calm breathing guide for holds: a circle that swells while breathing in (4 s) and
// settles while breathing out (6 s). It animates only while running and visible.
class BreathingPacer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int inhaleMs = 4000;
    static constexpr int exhaleMs = 6000;

    explicit BreathingPacer(QWidget *parent = nullptr);

    // Starts a new breath cycle when running begins.
    void setRunning(bool running);
    bool isAnimating() const;
    QString phaseText() const;
    // The window repaints now anyway, and again each second (the countdown): a change of the
    // circle due within gridMs is shown now, in the same pass, and later changes wait for a
    // moment a multiple of gridMs after this one (plus FrameClock::joinLagMs), so that they
    // share passes with each other and with the countdown's. Each painted pass costs an X
    // round trip; a circle a quarter of a second early or late is not seen in a slow breath.
    void joinRepaint();
    static constexpr int gridMs = 250;
    // The circle's diameter as drawn, in pixels.
    int circlePx() const { return m_drawn.circlePx; }
    // Until the next look at the breath; -1 while not animating.
    int nextTickInMs() const { return m_cycle.remainingMs(); }

    QSize sizeHint() const override { return {220, 64}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What a frame draws: the circle's size in whole pixels of radius and the phase in words.
    // Frames that would draw the same are not painted at all.
    struct Drawn
    {
        int circlePx = -1;
        bool inhaling = true;
        bool operator==(const Drawn &) const = default;
    };

    void retranslateUi();
    static QString phaseText(bool inhaling);
    // From timeMs to the next moment on the grid of joined repaints.
    int msToGrid(int timeMs) const;
    // Shows the breath as it is leadMs from now.
    void showFrame(int leadMs);
    static double fullnessAt(int cycleTimeMs);
    double diameter() const;
    Drawn drawnAt(int cycleTimeMs) const;
    const QImage &circleImage(int circlePx);
    void drawCircles();
    QRect circleRect() const;
    QRect textRect() const;

    bool m_running = false;
    // A slow swell over seconds needs few frames, and most of those change nothing.
    FrameClock m_cycle{10};
    // The moment of the breath shown, which a joined repaint puts a little ahead of the clock.
    int m_shownMs = 0;
    // Where in the cycle the grid of joined repaints lies; -1 before any joined repaint.
    int m_gridPhaseMs = -1;
    Drawn m_drawn;
    // The circle at each size it takes, drawn all at once in one hand-off to a pool thread: a
    // frame is then a copy of a few thousand pixels. Drawn on the GUI thread, each new size
    // had Qt split its antialiased fills across four pool threads and wait for them.
    QHash<int, QImage> m_circles;
    OnScreenAnimation *m_onScreen;
};

} // namespace limber
