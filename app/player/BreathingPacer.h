#pragma once

#include "figures/FrameThrottle.h"

#include <QVariantAnimation>
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
    void retranslateUi();
    double fullness() const;

    bool m_running = false;
    QVariantAnimation m_cycle;
    // A slow swell over seconds needs few frames.
    FrameThrottle m_frames{10};
    OnScreenAnimation *m_onScreen;
};

} // namespace limber
