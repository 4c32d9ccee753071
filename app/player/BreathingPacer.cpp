#include "player/BreathingPacer.h"

#include "figures/OnScreenAnimation.h"

#include <QEasingCurve>
#include <QEvent>
#include <QPainter>

namespace limber {

namespace {
const QEasingCurve breath(QEasingCurve::InOutSine);
constexpr int cycleMs = BreathingPacer::inhaleMs + BreathingPacer::exhaleMs;
} // namespace

BreathingPacer::BreathingPacer(QWidget *parent)
    : QWidget(parent)
    , m_onScreen(new OnScreenAnimation(*this, m_cycle))
{
    m_cycle.setStartValue(0);
    m_cycle.setEndValue(cycleMs);
    m_cycle.setDuration(cycleMs);
    m_cycle.setLoopCount(-1);
    connect(&m_cycle, &QVariantAnimation::valueChanged, this, [this] {
        if (m_frames.frameDue())
            update();
    });
    retranslateUi();
}

void BreathingPacer::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (running)
        m_cycle.setCurrentTime(0);
    m_onScreen->setWanted(running);
    update();
}

bool BreathingPacer::isAnimating() const
{
    return m_cycle.state() == QAbstractAnimation::Running;
}

QString BreathingPacer::phaseText() const
{
    return m_cycle.currentTime() % cycleMs < inhaleMs ? tr("Breathe in") : tr("Breathe out");
}

double BreathingPacer::fullness() const
{
    const int time = m_cycle.currentTime() % cycleMs;
    if (time < inhaleMs)
        return breath.valueForProgress(double(time) / inhaleMs);
    return 1.0 - breath.valueForProgress(double(time - inhaleMs) / exhaleMs);
}

void BreathingPacer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void BreathingPacer::retranslateUi()
{
    setAccessibleName(tr("Breathing guide"));
    update(); // the phase is painted in words
}

void BreathingPacer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double diameter = height() * 0.9;
    const double smallest = diameter * 0.35;
    const double size = smallest + (diameter - smallest) * fullness();
    const QPointF centre(diameter / 2 + 4, height() / 2.0);

    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.25f + 0.35f * float(fullness()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(centre, size / 2, size / 2);
    QColor outline = palette().color(QPalette::Highlight);
    painter.setPen(QPen(outline, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, diameter / 2, diameter / 2);

    QFont font = this->font();
    font.setPixelSize(std::max(12, int(height() * 0.38)));
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(diameter + 16, 0, width() - diameter - 16, height()),
                     Qt::AlignLeft | Qt::AlignVCenter, phaseText());
}

} // namespace limber
