#pragma once

#include "figures/FrameClock.h"
#include "figures/WorkerCanvas.h"

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

    QSize sizeHint() const override { return {220, 64}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What a frame draws: the circle's size in whole pixels and the phase in words. Frames
    // that would draw the same are not painted at all.
    struct Drawn
    {
        int circlePx = -1;
        bool inhaling = true;
        bool operator==(const Drawn &) const = default;
    };

    void retranslateUi();
    void onTick();
    double fullness() const;
    double diameter() const;
    Drawn drawn() const;
    QRect circleRect() const;
    QRect textRect() const;

    bool m_running = false;
    // A slow swell over seconds needs few frames, and most of those change nothing.
    FrameClock m_cycle{10};
    Drawn m_drawn;
    WorkerCanvas m_canvas;
    OnScreenAnimation *m_onScreen;
};

} // namespace limber
