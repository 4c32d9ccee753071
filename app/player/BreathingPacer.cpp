#include "player/BreathingPacer.h"

#include "figures/OnScreenAnimation.h"
#include "figures/WorkerCanvas.h"

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
    connect(&m_cycle, &FrameClock::ticked, this, [this] { showFrame(0); });
    retranslateUi();
}

void BreathingPacer::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (running) {
        m_cycle.setCurrentTime(0);
        m_shownMs = 0;
    }
    m_onScreen->setWanted(running);
    update();
}

bool BreathingPacer::isAnimating() const
{
    return m_cycle.state() == FrameClock::State::Running;
}

QString BreathingPacer::phaseText() const
{
    return phaseText(m_cycle.currentTime() % cycleMs < inhaleMs);
}

QString BreathingPacer::phaseText(bool inhaling)
{
    return inhaling ? tr("Breathe in") : tr("Breathe out");
}

int BreathingPacer::msToGrid(int timeMs) const
{
    return ((m_gridPhaseMs - timeMs) % gridMs + gridMs) % gridMs;
}

void BreathingPacer::joinRepaint()
{
    if (!isAnimating())
        return;
    const int time = m_cycle.currentTime();
    m_gridPhaseMs = (time + FrameClock::joinLagMs) % gridMs;
    const int remaining = m_cycle.remainingMs();
    if (remaining <= gridMs) {
        showFrame(remaining);
        return;
    }
    // The change already scheduled moves onto the grid too.
    const int due = time + remaining;
    m_cycle.setNextTickIn(remaining + msToGrid(due));
}

void BreathingPacer::showFrame(int leadMs)
{
    const int time = (m_cycle.currentTime() + leadMs) % cycleMs;
    const Drawn now = drawnAt(time);
    m_shownMs = time;
    if (now != m_drawn) {
        // Only the circle swells; the words change twice a breath.
        update(circleRect());
        if (now.inhaling != m_drawn.inhaling)
            update(textRect());
        m_drawn = now;
    }
    // Near the ends of a breath the circle barely moves: sleep until it changes by a pixel.
    int ahead = 100;
    while (ahead < 1000 && drawnAt((time + ahead) % cycleMs) == now)
        ahead += 50;
    // Then on the grid of the joined repaints: a change due just before the next one waits
    // for it (a joined tick), and the others share a few passes a second.
    if (m_gridPhaseMs >= 0)
        ahead += msToGrid(time + ahead);
    m_cycle.setNextTickIn(leadMs + ahead);
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
    if (found == m_circles.cend()) {
        drawCircles();
        found = m_circles.constFind(circlePx);
        if (found == m_circles.cend()) // a size between the smallest and the largest
            found = m_circles.constFind(drawnAt(0).circlePx);
    }
    return *found;
}

void BreathingPacer::drawCircles()
{
    const QRect area = circleRect();
    const qreal ratio = devicePixelRatioF();
    const double diameter = this->diameter();
    const double smallest = diameter * 0.35;
    const QPointF centre = QRectF(QPointF(0, 0), QSizeF(area.size())).center();
    const QColor highlight = palette().color(QPalette::Highlight);
    // Every size drawnAt() can give, in steps of a pixel of radius.
    const int first = drawnAt(0).circlePx;
    const int last = drawnAt(inhaleMs).circlePx;
    QList<int> sizes;
    for (int px = first; px <= last; px += 2)
        sizes.append(px);
    QList<QImage> images;
    for (qsizetype index = 0; index < sizes.size(); ++index) {
        QImage image((QSizeF(area.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        images.append(image);
    }
    WorkerCanvas::runOnWorker([&] {
        for (qsizetype index = 0; index < sizes.size(); ++index) {
            const int px = sizes.at(index);
            QImage &image = images[index];
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            const double fullness = std::clamp((px - smallest) / (diameter - smallest), 0.0, 1.0);
            QColor fill = highlight;
            fill.setAlphaF(0.25f + 0.35f * float(fullness));
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawEllipse(centre, px / 2.0, px / 2.0);
            painter.setPen(QPen(highlight, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, diameter / 2, diameter / 2);
        }
    });
    for (qsizetype index = 0; index < sizes.size(); ++index)
        m_circles.insert(sizes.at(index), images.at(index));
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
    m_drawn = drawnAt(m_shownMs);
    QPainter painter(this);
    painter.drawImage(circleRect().topLeft(), circleImage(m_drawn.circlePx));
    QFont font = this->font();
    font.setPixelSize(std::max(12, int(height() * 0.38)));
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(
        textRect(), QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignVCenter),
        phaseText(m_drawn.inhaling));
}

} // namespace limber
