#include "player/BreathingPacer.h"

#include "figures/OnScreenAnimation.h"

#include <QEasingCurve>
#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace limber {

namespace {
const QEasingCurve breath(QEasingCurve::InOutSine);
constexpr int cycleMs = BreathingPacer::inhaleMs + BreathingPacer::exhaleMs;
} // namespace

BreathingPacer::BreathingPacer(QWidget *parent)
    : QWidget(parent)
    , m_onScreen(new OnScreenAnimation(*this, m_cycle))
{
    m_cycle.setDuration(cycleMs);
    m_cycle.setLooping(true);
    connect(&m_cycle, &FrameClock::ticked, this, &BreathingPacer::onTick);
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
    return m_cycle.state() == FrameClock::State::Running;
}

QString BreathingPacer::phaseText() const
{
    return m_cycle.currentTime() % cycleMs < inhaleMs ? tr("Breathe in") : tr("Breathe out");
}

void BreathingPacer::onTick()
{
    const Drawn now = drawn();
    if (now != m_drawn) {
        // Only the circle swells; the words change twice a breath.
        update(circleRect());
        if (now.inhaling != m_drawn.inhaling)
            update(textRect());
        m_drawn = now;
    }
    // Near the ends of a breath the circle barely moves: sleep until it changes by a pixel.
    const int time = m_cycle.currentTime();
    int ahead = 100;
    while (ahead < 1000 && drawnAt((time + ahead) % cycleMs) == now)
        ahead += 50;
    m_cycle.setNextTickIn(ahead);
}

BreathingPacer::Drawn BreathingPacer::drawnAt(int cycleTimeMs) const
{
    const double smallest = diameter() * 0.35;
    // In whole pixels of radius: the circle grows a pixel on every side at a time.
    const double size = smallest + (diameter() - smallest) * fullnessAt(cycleTimeMs);
    return {2 * int(std::lround(size / 2)), cycleTimeMs % cycleMs < inhaleMs};
}

double BreathingPacer::diameter() const
{
    return height() * 0.9;
}

// Both rectangles are laid out left to right and mirrored for right-to-left languages, where
// the circle leads on the right.
QRect BreathingPacer::circleRect() const
{
    // The outline's pen reaches a pixel beyond the circle; antialiasing one more.
    const QRect leftToRight = QRectF(4, (height() - diameter()) / 2, diameter(), diameter())
                                  .toAlignedRect()
                                  .adjusted(-2, -2, 2, 2);
    return QStyle::visualRect(layoutDirection(), rect(), leftToRight);
}

QRect BreathingPacer::textRect() const
{
    const int left = int(diameter()) + 16;
    return QStyle::visualRect(layoutDirection(), rect(), {left, 0, width() - left, height()});
}

double BreathingPacer::fullnessAt(int cycleTimeMs)
{
    const int time = cycleTimeMs % cycleMs;
    if (time < inhaleMs)
        return breath.valueForProgress(double(time) / inhaleMs);
    return 1.0 - breath.valueForProgress(double(time - inhaleMs) / exhaleMs);
}

const QImage &BreathingPacer::circleImage(int circlePx)
{
    auto found = m_circles.constFind(circlePx);
    if (found != m_circles.cend())
        return *found;
    const QRect area = circleRect();
    const qreal ratio = devicePixelRatioF();
    QImage image((QSizeF(area.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double diameter = this->diameter();
    const double smallest = diameter * 0.35;
    const double fullness = std::clamp((circlePx - smallest) / (diameter - smallest), 0.0, 1.0);
    const QPointF centre = QRectF(QPointF(0, 0), QSizeF(area.size())).center();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.25f + 0.35f * float(fullness));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(centre, circlePx / 2.0, circlePx / 2.0);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, diameter / 2, diameter / 2);
    painter.end();
    return *m_circles.insert(circlePx, image);
}

void BreathingPacer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_circles.clear();
}

void BreathingPacer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_circles.clear();
}

void BreathingPacer::retranslateUi()
{
    setAccessibleName(tr("Breathing guide"));
    update(); // the phase is painted in words
}

void BreathingPacer::paintEvent(QPaintEvent *)
{
    m_drawn = drawn();
    QPainter painter(this);
    painter.drawImage(circleRect().topLeft(), circleImage(m_drawn.circlePx));
    QFont font = this->font();
    font.setPixelSize(std::max(12, int(height() * 0.38)));
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(
        textRect(), QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignVCenter),
        phaseText());
}

} // namespace limber
