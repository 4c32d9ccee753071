#include "player/CountdownRing.h"

#include <QEvent>
#include <QPainter>

namespace limber {

CountdownRing::CountdownRing(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    retranslateUi();
}

void CountdownRing::setCountdown(const QString &text, double progress)
{
    progress = std::clamp(progress, 0.0, 1.0);
    if (text == m_text && qFuzzyCompare(1.0 + progress, 1.0 + m_progress))
        return;
    m_text = text;
    m_progress = progress;
    setAccessibleDescription(text);
    update();
}

void CountdownRing::setAccent(const QColor &accent)
{
    m_accent = accent;
    update();
}

void CountdownRing::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CountdownRing::retranslateUi()
{
    setAccessibleName(tr("Time left in this step"));
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    m_canvas.paint(*this, [this](QPainter &painter) {
        painter.setRenderHint(QPainter::Antialiasing);
        const double side = std::min(width(), height());
        const double thickness = std::max(6.0, side * 0.06);
        const QRectF ring(
            QPointF((width() - side) / 2 + thickness / 2, (height() - side) / 2 + thickness / 2),
            QSizeF(side - thickness, side - thickness));

        const QColor ink = palette().color(QPalette::WindowText);
        QColor track = ink;
        track.setAlphaF(0.12f);
        painter.setPen(QPen(track, thickness, Qt::SolidLine, Qt::FlatCap));
        painter.drawEllipse(ring);

        // Remaining time drains clockwise from the top, like a clock hand sweeping it away;
        // mirrored with the layout in right-to-left languages, as progress runs that way there.
        const QColor accent = m_accent.isValid() ? m_accent : palette().color(QPalette::Highlight);
        painter.setPen(QPen(accent, thickness, Qt::SolidLine, Qt::RoundCap));
        const int span = int(std::round((1.0 - m_progress) * 360 * 16));
        const int direction = layoutDirection() == Qt::RightToLeft ? -1 : 1;
        if (span > 0)
            painter.drawArc(ring, 90 * 16, direction * span);

        QFont font = this->font();
        // Two digits fill the ring, so the seconds read from across the room; "1:52" must fit.
        const double share = m_text.size() <= 2 ? 0.6 : m_text.size() == 3 ? 0.42 : 0.32;
        font.setPixelSize(std::max(12, int(side * share)));
        font.setBold(true);
        font.setStyleHint(QFont::SansSerif);
        painter.setFont(font);
        painter.setPen(ink);
        painter.drawText(rect(), Qt::AlignCenter, m_text);
    });
}

} // namespace limber
